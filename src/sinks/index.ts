/**
 * Everything that writes to the runner and to GitHub, behind one dynamic import. main.ts starts loading it while the
 * first wave of requests is in flight: @actions/core loads its OIDC client, and with it undici, at import time (most
 * of a megabyte), which would otherwise stand before the first request (npm run bench).
 */
import type { RunContext } from '../inputs/run-context.ts';
import type { PublishSettings } from '../inputs/settings.ts';
import type { Report } from '../report/model.ts';
import type { Log } from '../util/log.ts';
import type { Redactor } from '../util/redact.ts';
import { publishToActions } from './actions.ts';
import { publishToGitHubIfNeeded } from './github.ts';

export { publishToActions };

/**
 * The report to the runner (outputs, summary, annotations, the step's outcome), then to GitHub when it is kept.
 * `deadline`: epoch milliseconds, the end of the run's `timeout-seconds`; GitHub gets a few seconds more at most.
 */
export async function publish(
  report: Report,
  settings: PublishSettings,
  context: RunContext,
  log: Log,
  redact: Redactor,
  deadline?: number,
): Promise<void> {
  await publishToActions(report, redact);
  await publishToGitHubIfNeeded(report, settings, context, log, redact, deadline);
}
