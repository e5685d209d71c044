/**
 * The pull request comment and the tracking issue, as one more sink after the Actions one. The decision is pure and
 * cheap (github/plan.ts); the GitHub client is loaded only when a comment or issue is kept, by a dynamic import that
 * ncc splits into a chunk of its own, so a plain run starts without it.
 */
import type { RunContext } from '../inputs/run-context.ts';
import type { PublishSettings } from '../inputs/settings.ts';
import type { Report } from '../report/model.ts';
import { messageOf } from '../util/errors.ts';
import type { Log } from '../util/log.ts';
import type { Redactor } from '../util/redact.ts';
import { planGitHubSinks } from './github/plan.ts';

export async function publishToGitHubIfNeeded(
  report: Report,
  settings: PublishSettings,
  context: RunContext,
  log: Log,
  redact: Redactor,
  deadline?: number,
): Promise<void> {
  try {
    const plan = planGitHubSinks(report, settings, context);
    if (plan.sink === 'none') {
      log.debug(`No pull request comment or tracking issue: ${plan.reason}.`);
      if (plan.warning) log.warning(plan.warning, 'Comment or issue not written');
      return;
    }
    const { publishToGitHub } = await import('./github/publish.ts');
    await publishToGitHub(plan, report, {
      token: settings.githubToken,
      event: context,
      redact,
      log,
      ...(deadline !== undefined ? { deadline } : {}),
    });
  } catch (error) {
    // GitHub's trouble never decides the run: only the token does.
    log.warning(
      `The pull request comment or tracking issue was not written: ${messageOf(error)}. The token check's outcome does not depend on this.`,
      'Comment or issue not written',
    );
  }
}
