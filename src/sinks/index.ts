/**
 * Everything that renders the report and writes it to the runner and to GitHub, behind one dynamic import. main.ts
 * loads it once every request of the first wave is written, while the instance answers: the renderers are not needed
 * before the answers, so they stay out of the start-up before the first request (npm run bench).
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
  publishToActions(report, redact);
  await publishToGitHubIfNeeded(report, settings, context, log, redact, deadline);
}
