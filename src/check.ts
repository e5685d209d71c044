/** The engine shared by the action and the CLI: settings in, report out. */
import { evaluate, linksFor } from './evaluate/evaluate.ts';
import { InputErrors } from './inputs/errors.ts';
import { messageOf } from './util/errors.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './mastodon/http.ts';
import { parseInstance, type Instance } from './inputs/instance.ts';
import { inspectToken } from './mastodon/inspect.ts';
import type { Finding, Report } from './report/model.ts';
import type { Settings, Surface } from './inputs/settings.ts';
import { speakInputs, voiceFor } from './evaluate/findings/voice.ts';

export interface CheckDependencies {
  readonly now?: () => Date;
  readonly createClient?: (options: HttpClientOptions) => HttpClient;
  /** Told of every request once it has an answer: for debug logs. Never given the token. */
  readonly debug?: (line: string) => void;
  /** Told each time a request has been handed to the network. */
  readonly onRequestSent?: () => void;
}

export async function checkToken(settings: Settings, deps: CheckDependencies = {}): Promise<Report> {
  const now = deps.now ?? (() => new Date());
  if (settings.skipReason !== undefined) return skippedReport(settings.instance, settings.skipReason, now());
  const started = now();
  const client = (deps.createClient ?? createHttpClient)({
    origin: settings.instance.origin,
    token: settings.token,
    deadline: started.getTime() + settings.timeoutSeconds * 1000,
    isLoopback: settings.instance.isLoopback,
    ...(deps.debug ? { debug: deps.debug } : {}),
    ...(deps.onRequestSent ? { onSent: deps.onRequestSent } : {}),
  });
  try {
    const inspection = await inspectToken(client, { requiredScopes: settings.requiredScopes, probe: settings.probe });
    return evaluate(settings, inspection, now());
  } finally {
    await client.close();
  }
}

const emptyReport = (instance: Pick<Instance, 'origin' | 'host'> | undefined, now: Date) => ({
  tokenState: 'unknown' as const,
  instance: { origin: instance?.origin ?? '', host: instance?.host ?? '', software: '', version: '' },
  account: undefined,
  accountNote: '',
  app: undefined,
  scopes: {
    granted: [],
    required: [],
    excess: [],
    missing: [],
    source: '' as const,
    undetermined: [],
    declared: false,
  },
  token: { createdAt: '', ageDays: undefined },
  links: linksFor(instance?.origin ?? ''),
  checkedAt: now.toISOString(),
});

export function skippedReport(instance: Instance, reason: string, now: Date): Report {
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
  return { ...emptyReport(instance, now), status: 'skipped', failed: false, findings: [finding] };
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
  return { ...emptyReport(options.instance, now), status: 'input-error', failed: true, findings };
}

/** The instance when its input alone is valid, for an input-error report's host and links. */
export function instanceIfValid(text: string): Instance | undefined {
  try {
    return parseInstance(text);
  } catch {
    return undefined;
  }
}
