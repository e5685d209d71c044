/** The engine shared by the action and the CLI: settings in, report out. */
import { evaluate, linksFor } from './evaluate/evaluate.ts';
import { InputErrors } from './inputs/errors.ts';
import { messageOf } from './util/errors.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './mastodon/http.ts';
import type { Instance } from './inputs/instance.ts';
import { inspectToken } from './mastodon/inspect.ts';
import type { Finding, Report } from './report/model.ts';
import type { Settings } from './inputs/settings.ts';

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

export function inputErrorReport(error: unknown, now: Date): Report {
  const errors = error instanceof InputErrors ? error.errors : [];
  const findings: Finding[] = (
    errors.length
      ? errors.map((e) => ({ input: e.input, message: e.message }))
      : [{ input: 'inputs', message: messageOf(error) }]
  ).map(({ input, message }) => ({
    id: `input-error:${input}`,
    severity: 'failure',
    status: 'input-error',
    title: `Input '${input}'`,
    message,
    fix: [],
  }));
  return { ...emptyReport(undefined, now), status: 'input-error', failed: true, findings };
}
