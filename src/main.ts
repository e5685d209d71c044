/**
 * The action: inputs → settings → check → report (outputs and summary, then the PR comment or tracking issue).
 * Nothing runs at import time; index.ts calls run().
 *
 * inputs/runner.ts is the one implementation of the runner's protocol; the renderers and the sinks load in parallel
 * with the network (sinks/index.ts says why). The failure funnel needs no chunk. index.ts may have opened the
 * connection to the instance already; the check takes it.
 */
import { startCheck } from './check.ts';
import { checkWithCode } from './scan/in-check.ts';
import { inputErrorReport, instanceIfValid } from './evaluate/special-reports.ts';
import { InputErrors } from './inputs/errors.ts';
import { Inputs } from './inputs/names.ts';
import { readRunContext, type RunContext } from './inputs/run-context.ts';
import * as runner from './inputs/runner.ts';
import {
  parseBotsRunSettings,
  parseSettings,
  type BotsRunSettings,
  type RawInputs,
  type Settings,
} from './inputs/settings.ts';
import { discardPreconnection } from './mastodon/transport.ts';
import { safeLog, type Log } from './util/log.ts';
import { createRedactor, secretForms, type Redactor } from './util/redact.ts';

const loadSinks = () => import('./sinks/index.ts');

export async function run(): Promise<void> {
  // timeout-seconds bounds the whole run, GitHub's part included (sinks/github/publish.ts), counted from here.
  const startedAt = Date.now();
  // Mask before anything else can print: the several-bots file is read first, for the tokens its bots name.
  const rawToken = runner.getInput(Inputs.Token, { trimWhitespace: false });
  const configPath = runner.getInput(Inputs.Config);
  const bots = configPath ? await loadBots(configPath) : undefined;
  const secrets = [
    ...secretForms(rawToken, runner.getInput(Inputs.GithubToken)),
    ...(bots?.tokens.flatMap((token) => secretForms(token)) ?? []),
  ];
  for (const secret of secrets) runner.setSecret(secret);
  const redact = createRedactor(secrets);
  const log = safeLog(runner.runnerLog, redact);
  // A promise nobody awaited must still fail the step, with the token kept out of the message.
  process.on('unhandledRejection', (reason) => runner.failUnexpected(reason, redact));

  try {
    const context = readRunContext(process.env);
    if (bots) {
      await runBots(bots, rawToken, context, log, redact, startedAt);
      return;
    }
    let settings: Settings;
    try {
      settings = parseSettings(readInputs(rawToken), {
        ...context,
        pullRequestFromFork: context.pullRequest?.fromFork,
      });
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      // Bad inputs: the report goes to the runner only; no comment or issue is kept for them.
      (await loadSinks()).publishToActions(
        inputErrorReport(error, new Date(), { instance: instanceIfValid(runner.getInput(Inputs.Instance)) }),
        redact,
      );
      return;
    }
    // With `source-paths`, the code is read beside the check (scan/in-check.ts says when).
    const { check, report: reporting } = await checkWithCode(settings, (s) => startCheck(s, { log, redact }), {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      workflowRef: process.env['GITHUB_WORKFLOW_REF'],
    });
    // The sinks load once every request of the first wave is written, while the instance answers: sooner would hold
    // a handshake or a request back (over TLS, handshakes finish one after another).
    const sinks = check.firstWaveWritten.then(loadSinks);
    // Awaited below; a chunk that fails to load is reported there, once, not also as an unhandled rejection.
    sinks.catch(() => {});
    const report = await reporting;
    await (await sinks).publish(report, settings, context, log, redact, startedAt + settings.timeoutSeconds * 1000);
  } catch (error) {
    runner.failUnexpected(error, redact);
  } finally {
    // The connection index.ts opened, when no request took it (bad inputs, a skipped check, several bots).
    discardPreconnection();
  }
}

const loadConfig = () => import('./config/index.ts');

async function loadBots(path: string) {
  const config = await loadConfig();
  const file = config.readBotsFile(path, process.env['GITHUB_WORKSPACE'] || process.cwd());
  return { config, file, tokens: config.botTokens(file, process.env) };
}

/** Several bots (`config`): each checked as one, concurrently; one report, summary, comment and issue for them all. */
async function runBots(
  { config, file }: Awaited<ReturnType<typeof loadBots>>,
  rawToken: string,
  context: RunContext,
  log: Log,
  redact: Redactor,
  startedAt: number,
): Promise<void> {
  const raw = readInputs(rawToken);
  // The file's problems and the step's, all at once: each says what to change.
  const problems = [...(config.fileProblemsAsInputErrors(file)?.errors ?? [])];
  let step: BotsRunSettings | undefined;
  try {
    step = parseBotsRunSettings(raw);
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error;
    problems.push(...error.errors);
  }
  if (problems.length > 0 || !step) {
    (await loadSinks()).publishToActions(inputErrorReport(new InputErrors(problems), new Date()), redact);
    return;
  }
  const check = config.startBotsCheck({
    file,
    stepInputs: raw,
    timeoutSeconds: step.timeoutSeconds,
    env: process.env,
    context: { ...context, pullRequestFromFork: context.pullRequest?.fromFork },
    log,
    redact,
    workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
  });
  const sinks = check.firstWaveWritten.then(loadSinks);
  sinks.catch(() => {});
  const report = await check.report;
  await (await sinks).publish(report, step, context, log, redact, startedAt + step.timeoutSeconds * 1000);
}

function readInputs(rawToken: string): RawInputs {
  const inputs: Partial<Record<(typeof Inputs)[keyof typeof Inputs], string>> = {};
  for (const name of Object.values(Inputs)) inputs[name] = name === Inputs.Token ? rawToken : runner.getInput(name);
  return inputs;
}
