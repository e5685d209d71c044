/** The engine shared by the action and the CLI: settings in, report out. */
import { evaluate } from './evaluate/evaluate.ts';
import { skippedReport } from './evaluate/special-reports.ts';
import type { CheckSettings } from './inputs/settings.ts';
import { createHttpClient } from './mastodon/http.ts';
import { inspectToken } from './inspect/inspect.ts';
import type { Report } from './report/model.ts';
import type { Log } from './util/log.ts';
import type { Redactor } from './util/redact.ts';

export interface CheckDependencies {
  readonly now?: () => Date;
  /** Told of every request once it has an answer, at debug level. Never given the token. */
  readonly log?: Pick<Log, 'debug'>;
  /** The run's redactor, to clean the answers with (mastodon/http.ts); by default one for the token alone. */
  readonly redact?: Redactor;
}

export interface Check {
  readonly report: Promise<Report>;
  /** The HTTP client's own promise (mastodon/http.ts); settled at once when the run makes no request (skipped). */
  readonly firstWaveWritten: Promise<void>;
}

export function startCheck(settings: CheckSettings, deps: CheckDependencies = {}): Check {
  const now = deps.now ?? (() => new Date());
  if (settings.skipReason !== undefined) {
    return {
      report: Promise.resolve(skippedReport(settings.instance, settings.skipReason, now(), settings.inputWarnings)),
      firstWaveWritten: Promise.resolve(),
    };
  }
  const started = now();
  const log = deps.log;
  const client = createHttpClient({
    origin: settings.instance.origin,
    token: settings.token,
    deadline: started.getTime() + settings.timeoutSeconds * 1000,
    isLoopback: settings.instance.isLoopback,
    ...(log ? { debug: (line: string) => log.debug(line) } : {}),
    ...(deps.redact ? { redact: deps.redact } : {}),
  });
  const report = (async () => {
    try {
      const inspection = await inspectToken(client, { requiredScopes: settings.requiredScopes, probe: settings.probe });
      return evaluate(settings, inspection, now());
    } finally {
      await client.close();
    }
  })();
  return { report, firstWaveWritten: client.firstWaveWritten };
}

export async function checkToken(settings: CheckSettings, deps: CheckDependencies = {}): Promise<Report> {
  return startCheck(settings, deps).report;
}
