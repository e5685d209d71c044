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
      // Load the sinks once every request of the first wave is written, while the instance answers: loading them
      // sooner would hold a handshake or a request back (over TLS, handshakes finish one after another).
      // The code is read first: with `required-scopes` empty, its needs are the declaration the token is checked
      // against. A typical bot's repository takes milliseconds (npm run bench).
      const code = settings.sourcePaths.length ? await scanTheCode(settings) : undefined;
      const checked =
        code && !settings.scopesDeclared && code.needed.length
          ? { ...settings, requiredScopes: code.needed, scopesDeclared: true }
          : settings;
      let firstSent = () => {};
      const sent = new Promise<void>((resolve) => (firstSent = resolve));
      const checking = checkToken(checked, {
        debug: (line) => runner.debug(oneLine(redact(line), 2000)),
        onRequestSent: () => firstSent(),
      }).then((report) => (code ? code.addFindings(report) : report));
      sinks = Promise.race([sent, checking.then(noop, noop)]).then(loadSinks);
      report = await checking;
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      sinks = loadSinks();
      report = inputErrorReport(error, new Date(), { instance: instanceIfValid(runner.getInput(Inputs.Instance)) });
    }
    await (await sinks).publish(report, settings, redact);
  } catch (error) {
    await failUnexpected(error, redact);
  }
}

/** Scans `source-paths` in the workspace; the scanner is loaded only for runs that ask for it. */
async function scanTheCode(settings: Settings) {
  const scanner = await import('./scan/action.ts');
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const workflowRef = process.env['GITHUB_WORKFLOW_REF'];
  try {
    const scan = await scanner.scanCode(settings, workspace);
    return {
      needed: scanner.neededScopes(scan),
      addFindings: (report: Report) =>
        scanner.withCodeFindings(report, scan, settings, { workspace, ...(workflowRef ? { workflowRef } : {}) }),
    };
  } catch (error) {
    return { needed: [], addFindings: (report: Report) => scanner.withScanFailure(report, error) };
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
