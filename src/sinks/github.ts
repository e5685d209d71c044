/**
 * The pull request comment and the tracking issue, as one more sink after the Actions one. The decision is pure and
 * cheap (github/plan.ts); the GitHub client is loaded only when a comment or issue is kept, by a dynamic import that
 * ncc splits into a chunk of its own, so a plain run starts without it.
 */
import { messageOf } from '../util/errors.ts';
import { readRunEvent } from './github/event.ts';
import { planGitHubSinks } from './github/plan.ts';
import type { Redactor } from '../util/redact.ts';
import type { Report } from '../report/model.ts';
import * as core from '@actions/core';
import type { Settings } from '../inputs/settings.ts';

export async function publishToGitHubIfNeeded(
  report: Report,
  settings: Settings | undefined,
  redact: Redactor,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  try {
    const event = readRunEvent(env);
    const plan = planGitHubSinks(report, settings, event);
    if (plan.sink === 'none') {
      core.debug(`No pull request comment or tracking issue: ${plan.reason}.`);
      if (plan.warning) core.warning(redact(plan.warning), { title: 'Comment or issue not written' });
      return;
    }
    const { publishToGitHub } = await import('./github/publish.ts');
    await publishToGitHub(plan, report, { token: settings?.githubToken ?? '', event, redact });
  } catch (error) {
    // GitHub's trouble never decides the run: only the token does.
    core.warning(
      redact(
        `The pull request comment or tracking issue was not written: ${messageOf(error)}. The token check's outcome does not depend on this.`,
      ),
      { title: 'Comment or issue not written' },
    );
  }
}
