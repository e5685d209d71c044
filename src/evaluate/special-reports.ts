/**
 * The reports of a run that never inspected the token: skipped (secrets withheld) and input errors. Pure, like the
 * rest of evaluate.
 */
import { InputErrors } from '../inputs/errors.ts';
import { parseInstance, type Instance } from '../inputs/instance.ts';
import type { Surface } from '../inputs/settings.ts';
import { speakInputs, voiceFor } from './findings/voice.ts';
import { notInspected, type Finding, type Report } from '../report/model.ts';
import { messageOf } from '../util/errors.ts';
import { inputWarningFindings } from './findings/inputs.ts';
import { linksFor } from './links.ts';
import { commentVerdict, issueVerdict } from './verdict.ts';

/** The policies do not bear on a run that checked nothing; the defaults stand in. */
const NO_POLICY = { onExcess: 'warn', onUnreachable: 'fail' } as const;

const emptyReport = (instance: Pick<Instance, 'origin' | 'host'> | undefined, now: Date) => ({
  ...notInspected(instance),
  links: linksFor(instance?.origin),
  checkedAt: now.toISOString(),
});

export function skippedReport(
  instance: Instance,
  reason: string,
  now: Date,
  inputWarnings: readonly string[] = [],
): Report {
  const finding: Finding = {
    id: 'skipped',
    severity: 'notice',
    status: 'skipped',
    title: 'Check skipped',
    message: `${reason} The token was not checked on this run: that is expected, not a failure.`,
    fix: [
      'The token is checked on runs that receive secrets: a scheduled run (`on: schedule`) or `workflow_dispatch` keeps watch, and pull requests from this repository’s own branches are checked as usual.',
      'To check fork pull requests, use `pull_request_target` only with a job that does not check out or run the pull request’s code: this action needs no checkout.',
    ],
  };
  const findings = [finding, ...inputWarningFindings(inputWarnings)];
  return {
    ...emptyReport(instance, now),
    status: 'skipped',
    failed: false,
    findings,
    // Nothing was checked: a comment or an issue has nothing to say.
    sticky: { comment: commentVerdict(findings), issue: issueVerdict('skipped', NO_POLICY) },
  };
}

/**
 * Every bad input at once, each named the reader's way (`on-excess` in a workflow, `--on-excess` in a terminal) and
 * once. The instance, when it alone is fine, still gives the report its host and absolute links.
 */
export function inputErrorReport(
  error: unknown,
  now: Date,
  options: { readonly surface?: Surface; readonly instance?: Instance | undefined } = {},
): Report {
  const voice = voiceFor(options.surface);
  const errors = error instanceof InputErrors ? error.errors : [];
  const findings: Finding[] = (
    errors.length
      ? errors.map((e) => ({ input: e.input, message: e.message }))
      : [{ input: 'inputs', message: messageOf(error) }]
  ).map(({ input, message }) => ({
    id: `input-error:${input}`,
    severity: 'failure',
    status: 'input-error',
    title: voice.surface === 'cli' ? `--${input}` : `Input ${input}`,
    message: speakInputs(message, voice),
    // The whole message is the fix (what was wrong, what is expected): the annotation keeps all of it.
    short: speakInputs(message, voice),
    fix: [],
  }));
  return {
    ...emptyReport(options.instance, now),
    status: 'input-error',
    failed: true,
    findings,
    sticky: { comment: commentVerdict(findings), issue: issueVerdict('input-error', NO_POLICY) },
  };
}

/** The instance when its input alone is valid, for an input-error report's host and links. */
export function instanceIfValid(text: string): Instance | undefined {
  try {
    return parseInstance(text);
  } catch {
    return undefined;
  }
}
