/**
 * The action: inputs → settings → check → report (outputs and summary, then the PR comment or tracking issue).
 * Nothing runs at import time; index.ts calls run().
 */
import { publishToActions } from './action.ts';
import { checkToken, inputErrorReport } from './check.ts';
import { Inputs } from './constants.ts';
import { InputErrors, messageOf } from './errors.ts';
import { publishToGitHubIfNeeded } from './github-sink.ts';
import { createRedactor, type Redactor } from './redact.ts';
import type { Report } from './report-model.ts';
import * as core from './runner.ts';
import { parseSettings, type RawInputs, type Settings } from './settings.ts';

export async function run(): Promise<void> {
  // Mask before anything else can print.
  const rawToken = core.getInput(Inputs.Token, { trimWhitespace: false });
  const secrets = secretForms(rawToken, core.getInput(Inputs.GithubToken));
  for (const secret of secrets) core.setSecret(secret);
  const redact = createRedactor(secrets);
  // A promise nobody awaited must still fail the step, with the token kept out of the message.
  process.on('unhandledRejection', (reason) => failUnexpected(reason, redact));

  try {
    let settings: Settings | undefined;
    let report: Report;
    try {
      settings = parseSettings(readInputs(rawToken), {
        eventName: process.env['GITHUB_EVENT_NAME'] ?? '',
        actor: process.env['GITHUB_ACTOR'] ?? '',
      });
      report = await checkToken(settings, { debug: (line) => core.debug(redact(line)) });
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      report = inputErrorReport(error, new Date());
    }
    await publishToActions(report, redact);
    await publishToGitHubIfNeeded(report, settings, redact);
  } catch (error) {
    failUnexpected(error, redact);
  }
}

/** The token as pasted, trimmed, without a `Bearer ` prefix, and line by line (the runner masks lines one by one). */
export function secretForms(rawToken: string, githubToken: string): string[] {
  const trimmed = rawToken.trim();
  const forms = [rawToken, trimmed, trimmed.replace(/^bearer\s+/i, ''), ...trimmed.split(/[\r\n]+/), githubToken];
  return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= 8))];
}

function readInputs(rawToken: string): RawInputs {
  const inputs: Partial<Record<(typeof Inputs)[keyof typeof Inputs], string>> = {};
  for (const name of Object.values(Inputs)) inputs[name] = name === Inputs.Token ? rawToken : core.getInput(name);
  return inputs;
}

function failUnexpected(error: unknown, redact: Redactor): void {
  core.setFailed(
    redact(
      `mastodon-token-health failed unexpectedly: ${messageOf(error)}. Please report this at the action's repository.`,
    ),
  );
}
