/**
 * Several bots in one run: each bot's settings from the file, its token from the environment variable it names; the
 * checks run concurrently, bounded overall and per instance, within one time budget for the whole run. A bot whose
 * entry or variable is wrong is an input error on its own; the others are still checked.
 */
import { startCheck } from '../check.ts';
import { checkWithCode } from '../scan/in-check.ts';
import { inputErrorReport, instanceIfValid } from '../evaluate/special-reports.ts';
import { InputError, InputErrors } from '../inputs/errors.ts';
import { Inputs, type InputName } from '../inputs/names.ts';
import { parseSettings, type RawInputs, type SettingsContext } from '../inputs/settings.ts';
import type { BotReport, Report } from '../report/model.ts';
import type { Log } from '../util/log.ts';
import type { Redactor } from '../util/redact.ts';
import type { BotEntry, BotsFile } from './bots-file.ts';
import { mapBounded, type Bounds } from './bounded.ts';
import { combineBotReports } from './combine.ts';

/**
 * Checks at once, in all and on one instance. A check is four requests at most at a time (one wave), so four bots on
 * one instance are sixteen requests in flight: what one browser tab of Mastodon's web app sends, and far below its
 * rate limits (per token, 300 per 5 minutes). More bots on one instance wait their turn.
 */
export const DEFAULT_BOUNDS: Bounds = { overall: 32, perKey: 4 };

export interface RunBotsOptions {
  readonly file: BotsFile;
  /** The step's inputs, which every bot takes unless its entry or the file's defaults say otherwise. */
  readonly stepInputs: RawInputs;
  /** One budget for the whole run, every bot's check within it (the step's `timeout-seconds`, parseBotsRunSettings). */
  readonly timeoutSeconds: number;
  readonly env: NodeJS.ProcessEnv;
  readonly context: SettingsContext;
  readonly log?: Pick<Log, 'debug'>;
  /**
   * The run's redactor, which finds every bot's token: each check cleans its answers with it. One pattern for the
   * run is compiled once (about 30 ms for twenty tokens), where a pattern per bot would be compiled twenty times.
   */
  readonly redact?: Redactor;
  readonly now?: () => Date;
  readonly bounds?: Bounds;
  /** The checked-out repository, for each bot's `source-paths`. */
  readonly workspace: string;
}

export interface BotsCheck {
  readonly report: Promise<Report>;
  /** Settled once every bot of the first wave of checks has written its first requests. */
  readonly firstWaveWritten: Promise<void>;
}

/** The tokens the file's bots name, as the environment holds them: to mask before anything is printed. */
export function botTokens(file: BotsFile, env: NodeJS.ProcessEnv): string[] {
  return file.bots.flatMap((bot) => (bot.tokenEnv && env[bot.tokenEnv] ? [env[bot.tokenEnv] as string] : []));
}

export function startBotsCheck(options: RunBotsOptions): BotsCheck {
  const now = options.now ?? (() => new Date());
  const started = now().getTime();
  const budget = options.timeoutSeconds;
  const bounds = options.bounds ?? DEFAULT_BOUNDS;
  const firstWrites: Promise<void>[] = [];
  let firstWaveDone = () => {};
  const firstWaveWritten = new Promise<void>((resolve) => (firstWaveDone = resolve));
  const firstWaveSize = Math.min(options.file.bots.length, bounds.overall);

  const checkOne = async (bot: BotEntry): Promise<Report> => {
    const prepared = prepareBot(bot, options);
    if ('report' in prepared) return prepared.report;
    // One budget for the whole run: a bot that waited for its turn gets what is left of it.
    const left = Math.max(1, budget - (now().getTime() - started) / 1000);
    const { check, report } = await checkWithCode(
      { ...prepared.settings, timeoutSeconds: left },
      (settings) =>
        startCheck(settings, {
          ...(options.log ? { log: options.log } : {}),
          ...(options.redact ? { redact: options.redact } : {}),
        }),
      { workspace: options.workspace },
    );
    if (firstWrites.length < firstWaveSize) {
      firstWrites.push(check.firstWaveWritten.catch(() => {}));
      if (firstWrites.length === firstWaveSize) void Promise.all(firstWrites).then(() => firstWaveDone());
    }
    return report;
  };

  const report = (async () => {
    const results = await mapBounded(options.file.bots, instanceKey, bounds, checkOne);
    firstWaveDone();
    const bots: BotReport[] = options.file.bots.map((bot, index) => {
      const result = results[index];
      if (result?.status === 'fulfilled') return { name: bot.name, line: bot.line, report: result.value };
      throw result?.reason ?? new Error(`bot '${bot.name}' has no result`);
    });
    return combineBotReports(options.file.file, bots, now());
  })();
  return { report, firstWaveWritten };
}

const instanceKey = (bot: BotEntry): string =>
  instanceIfValid(bot.inputs.instance ?? '')?.origin ?? bot.inputs.instance ?? '';

type Prepared = { settings: ReturnType<typeof parseSettings> } | { report: Report };

/** The bot's settings, or its input-error report: every message names the file, the line and the key. */
function prepareBot(bot: BotEntry, options: RunBotsOptions): Prepared {
  const { file, env, stepInputs, context } = options;
  const at = (line: number | undefined) => `${file.file}${line ? `:${line}` : ''}`;
  const errors: InputError[] = bot.problems.map((p) => new InputError(p.key, `${at(p.line)}: ${p.key}: ${p.message}`));
  if (errors.length === 0) {
    const raw: Partial<Record<InputName, string>> = {
      ...stepInputs,
      ...bot.inputs,
      [Inputs.Token]: env[bot.tokenEnv] ?? '',
    };
    try {
      const settings = parseSettings(raw, context);
      return { settings };
    } catch (error) {
      if (!(error instanceof InputErrors)) throw error;
      for (const e of error.errors) {
        if (e.input === Inputs.Token) {
          errors.push(
            new InputError(`${bot.name}.token-env`, tokenMessage(bot, env, at(bot.lines['token-env']), e.message)),
          );
        } else {
          const line = bot.lines[e.input as keyof BotEntry['lines']];
          errors.push(
            new InputError(`${bot.name}.${e.input}`, `${at(line ?? bot.line)}: bot '${bot.name}': ${e.message}`),
          );
        }
      }
    }
  }
  const instance = instanceIfValid(bot.inputs.instance ?? '');
  return { report: inputErrorReport(new InputErrors(errors), new Date(), { instance }) };
}

/** The token's problem in the file's words: the variable, never its value. */
function tokenMessage(bot: BotEntry, env: NodeJS.ProcessEnv, where: string, inputMessage: string): string {
  const value = env[bot.tokenEnv];
  if (value === undefined || value.trim() === '') {
    return `${where}: bot '${bot.name}': the environment variable ${bot.tokenEnv} is ${value === undefined ? 'not set' : 'empty'}. Set it from a secret in the step's \`env:\` (\`${bot.tokenEnv}: \${{ secrets.${bot.tokenEnv} }}\`), and check that the secret exists.`;
  }
  // The token's own message never shows its value; it speaks of the input, so say which variable holds it.
  return `${where}: bot '${bot.name}', variable ${bot.tokenEnv}: ${inputMessage.replace(/^Input 'token'/, 'the token')}`;
}
