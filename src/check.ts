/** The engine shared by the action and the CLI: settings in, report out. */
import { evaluate } from './evaluate/evaluate.ts';
import { skippedReport } from './evaluate/special-reports.ts';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './mastodon/http.ts';
import { inspectToken } from './mastodon/inspect.ts';
import type { Report } from './report/model.ts';
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
