/**
 * `mastodon-token-health [check]`: arguments → token → settings → check → report printed → exit status. The same
 * engine as the action (check.ts), with the terminal as its sink.
 */
import { startCheck } from '../check.ts';
import { inputErrorReport, instanceIfValid } from '../evaluate/special-reports.ts';
import { InputError, InputErrors } from '../inputs/errors.ts';
import { Inputs } from '../inputs/names.ts';
import { parseBotsRunSettings, parseSettings, type RawInputs } from '../inputs/settings.ts';
import type { Report } from '../report/model.ts';
import { checkWithCode } from '../scan/in-check.ts';
import { messageOf } from '../util/errors.ts';
import { createRedactor, secretForms, type Redactor } from '../util/redact.ts';
import { oneLine } from '../util/text.ts';
import { readArguments } from './args.ts';
import { printReport, terminalLog, type Terminal } from './terminal.ts';
import { noTokenMessage, readToken, tokenSource } from './token.ts';

const CONTEXT = { eventName: 'cli', actor: '', surface: 'cli' } as const;

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, terminal: Terminal): Promise<number> {
  const args = readArguments(argv);
  if (args.kind === 'answer') {
    terminal.stdout(args.text);
    return 0;
  }
  if (args.kind === 'refused') {
    terminal.stderr(args.text);
    return 2;
  }
  if (args.kind === 'bots') {
    const { report, redact } = await checkBots(args.file, args.stepInputs, env);
    return printReport(report, args.format, env, terminal, redact);
  }

  const source = tokenSource(args.tokenEnv, args.tokenStdin, env);
  const rawToken = readToken(source, terminal.readStdin);
  // The same forms of the token as the action redacts (util/redact.ts).
  const redact = createRedactor(secretForms(rawToken));
  const log = terminalLog(terminal, env, redact);
  const raw: RawInputs = { ...args.inputs, [Inputs.Token]: rawToken };

  let report: Report;
  try {
    if (!rawToken.trim()) {
      // Say what is missing, and every other bad flag with it: one run to fix them all.
      const others = inputErrorsOf(() => parseSettings({ ...raw, [Inputs.Token]: 'x'.repeat(43) }, CONTEXT));
      throw new InputErrors([new InputError(Inputs.Token, noTokenMessage(source)), ...others]);
    }
    const settings = parseSettings(raw, CONTEXT);
    report = await (await checkWithCode(settings, (s) => startCheck(s, { log }), { workspace: process.cwd() })).report;
  } catch (error) {
    if (!(error instanceof InputErrors)) {
      terminal.stderr(`${oneLine(redact(`mastodon-token-health failed unexpectedly: ${messageOf(error)}`), 2000)}\n`);
      return 1;
    }
    report = inputErrorReport(error, new Date(), {
      surface: 'cli',
      instance: instanceIfValid(raw[Inputs.Instance] ?? ''),
    });
  }
  return printReport(report, args.format, env, terminal, redact);
}

/**
 * Several bots from a file (`--config`), as the action's `config`: the file is read from the current folder, each
 * bot's token from the variable it names; every token is redacted from what is printed. Loaded only when asked for.
 */
async function checkBots(
  path: string,
  stepInputs: RawInputs,
  env: NodeJS.ProcessEnv,
): Promise<{ report: Report; redact: Redactor }> {
  const config = await import('../config/index.ts');
  const file = config.readBotsFile(path, process.cwd());
  const redact = createRedactor(config.botTokens(file, env).flatMap((token) => secretForms(token)));
  // The file's problems and the flags', all at once, as the action says them.
  const problems = [...(config.fileProblemsAsInputErrors(file)?.errors ?? [])];
  let timeoutSeconds: number | undefined;
  try {
    timeoutSeconds = parseBotsRunSettings(stepInputs).timeoutSeconds;
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error;
    problems.push(...error.errors);
  }
  if (problems.length > 0 || timeoutSeconds === undefined) {
    return { report: inputErrorReport(new InputErrors(problems), new Date(), { surface: 'cli' }), redact };
  }
  const check = config.startBotsCheck({
    file,
    stepInputs,
    timeoutSeconds,
    env,
    context: CONTEXT,
    workspace: process.cwd(),
    redact,
  });
  return { report: await check.report, redact };
}

function inputErrorsOf(parse: () => unknown): InputError[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (error instanceof InputErrors) return [...error.errors];
    throw error;
  }
}
