/**
 * The action: inputs → settings → check → report (outputs and summary, then the PR comment or tracking issue).
 * Nothing runs at import time; index.ts calls run().
 *
 * Before the first request only inputs/runner.ts speaks to the runner (inputs, masks, debug lines); the sinks and
 * @actions/core load in parallel with the network (sinks/index.ts says why).
 */
import { checkToken, inputErrorReport } from './check.ts';
import { Inputs } from './inputs/names.ts';
import { InputErrors } from './inputs/errors.ts';
import { createRedactor, type Redactor } from './util/redact.ts';
import { oneLine } from './util/text.ts';
import type { Report } from './report/model.ts';
import * as runner from './inputs/runner.ts';
import { parseSettings, type RawInputs, type Settings } from './inputs/settings.ts';

const loadSinks = () => import('./sinks/index.ts');
const noop = () => {};

export async function run(): Promise<void> {
  // Mask before anything else can print.
  const rawToken = runner.getInput(Inputs.Token, { trimWhitespace: false });
  const secrets = secretForms(rawToken, runner.getInput(Inputs.GithubToken));
  for (const secret of secrets) runner.setSecret(secret);
  const redact = createRedactor(secrets);
  // A promise nobody awaited must still fail the step, with the token kept out of the message.
  process.on('unhandledRejection', (reason) => void failUnexpected(reason, redact));

  try {
    let settings: Settings | undefined;
    let report: Report;
    let sinks: ReturnType<typeof loadSinks>;
    try {
      settings = parseSettings(readInputs(rawToken), {
        eventName: process.env['GITHUB_EVENT_NAME'] ?? '',
        actor: process.env['GITHUB_ACTOR'] ?? '',
      });
      // Load the sinks once the first request is on its way, while the instance answers: loading them sooner would
      // hold the event loop before the requests are written.
      let firstSent = () => {};
      const sent = new Promise<void>((resolve) => (firstSent = resolve));
      const checking = checkToken(settings, {
        debug: (line) => runner.debug(oneLine(redact(line), 2000)),
        onRequestSent: () => firstSent(),
      });
      sinks = Promise.race([sent, checking.then(noop, noop)]).then(loadSinks);
      report = await checking;
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      sinks = loadSinks();
      report = inputErrorReport(error, new Date());
    }
    await (await sinks).publish(report, settings, redact);
  } catch (error) {
    await failUnexpected(error, redact);
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
  for (const name of Object.values(Inputs)) inputs[name] = name === Inputs.Token ? rawToken : runner.getInput(name);
  return inputs;
}

async function failUnexpected(error: unknown, redact: Redactor): Promise<void> {
  (await loadSinks()).failUnexpected(error, redact);
}
