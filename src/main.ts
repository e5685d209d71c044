/**
 * The action: inputs → settings → check → report (outputs and summary, then the PR comment or tracking issue).
 * Nothing runs at import time; index.ts calls run().
 *
 * Before the first request only inputs/runner.ts speaks to the runner (inputs, masks, debug lines); the sinks and
 * @actions/core load in parallel with the network (sinks/index.ts says why).
 */
import { checkToken } from './check.ts';
import { inputErrorReport, instanceIfValid } from './evaluate/special-reports.ts';
import { Inputs } from './inputs/names.ts';
import { InputErrors } from './inputs/errors.ts';
import { createRedactor, secretForms, type Redactor } from './util/redact.ts';
import { oneLine } from './util/text.ts';
import type { Report } from './report/model.ts';
import * as runner from './inputs/runner.ts';
import { parseSettings, type RawInputs, type Settings } from './inputs/settings.ts';
import { readRunEvent } from './sinks/github/event.ts';

const loadSinks = () => import('./sinks/index.ts');
const noop = () => {};

export async function run(): Promise<void> {
  // timeout-seconds bounds the whole run, GitHub's part included (sinks/github/publish.ts), counted from here.
  const startedAt = Date.now();
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
      const event = readRunEvent();
      settings = parseSettings(readInputs(rawToken), {
        eventName: event.eventName,
        actor: process.env['GITHUB_ACTOR'] ?? '',
        pullRequestFromFork: event.pullRequest?.fromFork,
        payloadProblem: event.payloadProblem,
      });
      // Load the sinks once every request of the first wave is written, while the instance answers: loading them
      // sooner would hold a handshake or a request back (over TLS, handshakes finish one after another).
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
      report = inputErrorReport(error, new Date(), { instance: instanceIfValid(runner.getInput(Inputs.Instance)) });
    }
    await (await sinks).publish(report, settings, redact, startedAt + (settings?.timeoutSeconds ?? 30) * 1000);
  } catch (error) {
    await failUnexpected(error, redact);
  }
}

function readInputs(rawToken: string): RawInputs {
  const inputs: Partial<Record<(typeof Inputs)[keyof typeof Inputs], string>> = {};
  for (const name of Object.values(Inputs)) inputs[name] = name === Inputs.Token ? rawToken : runner.getInput(name);
  return inputs;
}

async function failUnexpected(error: unknown, redact: Redactor): Promise<void> {
  (await loadSinks()).failUnexpected(error, redact);
}
