/**
 * The action: inputs → settings → check → report (outputs and summary, then the PR comment or tracking issue).
 * Nothing runs at import time; index.ts calls run().
 *
 * Before the first request only inputs/runner.ts speaks to the runner (inputs, masks, the log); the sinks and
 * @actions/core load in parallel with the network (sinks/index.ts says why). The failure funnel needs no chunk.
 */
import { startCheck } from './check.ts';
import { inputErrorReport, instanceIfValid } from './evaluate/special-reports.ts';
import { InputErrors } from './inputs/errors.ts';
import { Inputs } from './inputs/names.ts';
import { readRunContext } from './inputs/run-context.ts';
import * as runner from './inputs/runner.ts';
import { parseSettings, type RawInputs, type Settings } from './inputs/settings.ts';
import type { Report } from './report/model.ts';
import { messageOf } from './util/errors.ts';
import { safeLog } from './util/log.ts';
import { createRedactor, secretForms, type Redactor } from './util/redact.ts';

const loadSinks = () => import('./sinks/index.ts');

export async function run(): Promise<void> {
  // timeout-seconds bounds the whole run, GitHub's part included (sinks/github/publish.ts), counted from here.
  const startedAt = Date.now();
  // Mask before anything else can print.
  const rawToken = runner.getInput(Inputs.Token, { trimWhitespace: false });
  const secrets = secretForms(rawToken, runner.getInput(Inputs.GithubToken));
  for (const secret of secrets) runner.setSecret(secret);
  const redact = createRedactor(secrets);
  const log = safeLog(runner.runnerLog, redact);
  // A promise nobody awaited must still fail the step, with the token kept out of the message.
  process.on('unhandledRejection', (reason) => failUnexpected(reason, redact));

  try {
    const context = readRunContext(process.env);
    let settings: Settings;
    try {
      settings = parseSettings(readInputs(rawToken), {
        ...context,
        pullRequestFromFork: context.pullRequest?.fromFork,
      });
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      // Bad inputs: the report goes to the runner only; no comment or issue is kept for them.
      await (
        await loadSinks()
      ).publishToActions(
        inputErrorReport(error, new Date(), { instance: instanceIfValid(runner.getInput(Inputs.Instance)) }),
        redact,
      );
      return;
    }
    // With `required-scopes` empty the code is read first: its needs are the declaration the token is checked
    // against. With a declaration, the code is read once the first requests are written, while the instance answers.
    const scanFirst = settings.sourcePaths.length > 0 && !settings.scopesDeclared;
    const early = scanFirst ? await scanTheCode(settings) : undefined;
    const checked =
      early && early.needed.length ? { ...settings, requiredScopes: early.needed, scopesDeclared: true } : settings;
    const check = startCheck(checked, { log });
    // The sinks load once every request of the first wave is written, while the instance answers: sooner would hold
    // a handshake or a request back (over TLS, handshakes finish one after another).
    const sinks = check.firstWaveWritten.then(loadSinks);
    // Awaited below; a chunk that fails to load is reported there, once, not also as an unhandled rejection.
    sinks.catch(() => {});
    const code =
      early ??
      (settings.sourcePaths.length ? await check.firstWaveWritten.then(() => scanTheCode(settings)) : undefined);
    const report = code ? code.addFindings(await check.report) : await check.report;
    await (await sinks).publish(report, settings, context, log, redact, startedAt + settings.timeoutSeconds * 1000);
  } catch (error) {
    failUnexpected(error, redact);
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

/**
 * The failure funnel: anything unexpected fails the step with one redacted line. It speaks the runner's protocol
 * itself (inputs/runner.ts), so it works when the sinks chunk is what failed to load.
 */
export function failUnexpected(error: unknown, redact: Redactor): void {
  runner.setFailed(
    redact(
      `mastodon-token-health failed unexpectedly: ${messageOf(error)}. Please report this at the action's repository.`,
    ),
  );
}
