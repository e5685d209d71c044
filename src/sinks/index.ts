/**
 * Everything that writes to the runner and to GitHub, behind one dynamic import. main.ts starts loading it while the
 * first wave of requests is in flight: @actions/core loads its OIDC client, and with it undici, at import time (most
 * of a megabyte), which would otherwise stand before the first request (npm run bench).
 */
import * as core from '@actions/core';
import { publishToActions } from './actions.ts';
import { messageOf } from '../util/errors.ts';
import { publishToGitHubIfNeeded } from './github.ts';
import type { Redactor } from '../util/redact.ts';
import type { Report } from '../report/model.ts';
import type { Settings } from '../inputs/settings.ts';

export async function publish(report: Report, settings: Settings | undefined, redact: Redactor): Promise<void> {
  await publishToActions(report, redact);
  await publishToGitHubIfNeeded(report, settings, redact);
}

export function failUnexpected(error: unknown, redact: Redactor): void {
  core.setFailed(
    redact(
      `mastodon-token-health failed unexpectedly: ${messageOf(error)}. Please report this at the action's repository.`,
    ),
  );
}
