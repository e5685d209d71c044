#!/usr/bin/env node
/**
 * The command line: the same engine as the action, printing to the terminal.
 *
 *   MASTODON_ACCESS_TOKEN=… mastodon-token-health --instance mastodon.social --required-scopes "write:statuses"
 *
 * The token is read from an environment variable or standard input, never from the arguments (they show in `ps`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startCheck } from './check.ts';
import { checkWithCode } from './scan/in-check.ts';
import { inputErrorReport, instanceIfValid } from './evaluate/special-reports.ts';
import { Defaults, Inputs } from './inputs/names.ts';
import { InputError, InputErrors } from './inputs/errors.ts';
import { messageOf } from './util/errors.ts';
import { safeLog } from './util/log.ts';
import { createRedactor, secretForms } from './util/redact.ts';
import { oneLine, printableLine } from './util/text.ts';
import { reportJson } from './report/json.ts';
import { renderMarkdown } from './report/markdown.ts';
import { paintText, renderText } from './report/text.ts';
import type { Report } from './report/model.ts';
import { parseSettings, type RawInputs } from './inputs/settings.ts';

import packageJson from '../package.json' with { type: 'json' };

/** The variables the token is read from, in order: the name Mastodon's own guides use first. */
const TOKEN_VARIABLES = ['MASTODON_ACCESS_TOKEN', 'MASTODON_TOKEN'] as const;

const USAGE = `Usage: mastodon-token-health --instance HOST [options]

Checks a Mastodon access token: does it work, whose is it, which exact scopes does it hold, and what to fix.
The token is read from $MASTODON_ACCESS_TOKEN or $MASTODON_TOKEN (or --token-env NAME, or --token-stdin),
never from the arguments.

Examples:
  export MASTODON_ACCESS_TOKEN=…
  mastodon-token-health --instance mastodon.social --required-scopes "write:statuses write:media"
  mastodon-token-health --instance fosstodon.org --token-env BOT_TOKEN --on-excess fail
  pass show mastodon/bot | mastodon-token-health --instance mastodon.social --token-stdin
  mastodon-token-health --instance mastodon.social --format json | jq -r .status

Options:
  --instance HOST                the Mastodon server, e.g. mastodon.social (required)
  --required-scopes SCOPES       the scopes the bot needs, e.g. "write:statuses write:media"
  --on-excess fail|warn|ignore   what granted-but-unneeded scopes do (default ${Defaults[Inputs.OnExcess]})
  --on-missing fail|warn         what required-but-missing scopes do (default ${Defaults[Inputs.OnMissing]})
  --on-unreachable fail|warn     what an instance that cannot be asked does (default ${Defaults[Inputs.OnUnreachable]})
  --max-token-age-days N         warn when the token is older than N days
  --timeout-seconds N            bound on the whole check (default ${Defaults[Inputs.TimeoutSeconds]})
  --probe auto|always|never      probe scopes with harmless requests (default ${Defaults[Inputs.Probe]})
  --source-paths PATHS           also read this code for Mastodon API use: its needs are checked against the
                                 declaration (or stand as it), as the action's \`source-paths\`
  --token-env NAME               read the token from this environment variable
  --token-stdin                  read the token from standard input
  --config FILE                  check several bots listed in a YAML file (as the action's \`config\`); each
                                 bot's token comes from the variable its token-env names
  --format text|markdown|json    text (default); the job summary's Markdown; the action's \`report\` JSON
  -h, --help                     this help
  --version                      the version

The report goes to standard output; errors and warnings about the command itself to standard error.
Colour only on a terminal, and never when NO_COLOR is set.
Exit status: 0 healthy or warnings only, 1 the check failed, 2 bad input.

The scopes the bot's code needs (reads files as text, runs nothing; scopes --help):
  scopes [PATH...]                    each needed scope with the calls that need it (file:line)

Commands that make, replace and revoke tokens (each has --help):
  mint --instance HOST --scopes "..." (--github-secret NAME | --output FILE | --print)
  rotate --instance HOST ...          a new token stored and checked, then the old one revoked
  revoke --instance HOST ...          revoke a token and confirm it is dead
`;

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TOKEN_SOURCES =
  'The token is never taken as an argument (it would show in `ps` and in the shell history): set MASTODON_ACCESS_TOKEN, or use --token-env NAME or --token-stdin.';

/**
 * What was wrong with the arguments, in words that never repeat an argument's value: a value where none belongs is
 * most often the token, pasted by mistake (and shown by `ps` and the shell's history: rotate it).
 */
function argumentError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `Unexpected argument (not shown, in case it is the token): this command takes options only. ${TOKEN_SOURCES} If it was the token, rotate it: arguments are visible to other processes and kept in the shell's history.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '(--?[A-Za-z][A-Za-z0-9-]*)/.exec(messageOf(error))?.[1];
    return `Unknown option${option ? ` '${option}'` : ''}.${option === '--token' ? ` ${TOKEN_SOURCES}` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /Option '(--?[A-Za-z][A-Za-z0-9-]*)/.exec(messageOf(error))?.[1];
    return `Option${option ? ` '${option}'` : ''} needs a value.`;
  }
  return 'The arguments could not be read.';
}

/** Where the CLI writes, and what it knows about the terminal. */
export interface Terminal {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Columns of the terminal, when standard output is one. */
  readonly columns: number | undefined;
  readonly readStdin: () => string;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, terminal: Terminal): Promise<number> {
  const { stdout, stderr } = terminal;
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        instance: { type: 'string' },
        'required-scopes': { type: 'string' },
        'on-excess': { type: 'string' },
        'on-missing': { type: 'string' },
        'on-unreachable': { type: 'string' },
        'max-token-age-days': { type: 'string' },
        'timeout-seconds': { type: 'string' },
        probe: { type: 'string' },
        'source-paths': { type: 'string' },
        'token-env': { type: 'string' },
        'token-stdin': { type: 'boolean' },
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    }));
  } catch (error) {
    stderr(
      `mastodon-token-health: ${argumentError(error)}\nRun mastodon-token-health --help for the options and examples.\n`,
    );
    return 2;
  }
  if (values.help) {
    stdout(USAGE);
    return 0;
  }
  if (values.version) {
    stdout(`${packageJson.version}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    stderr(`mastodon-token-health: --format is '${oneLine(format, 40)}'; expected text, markdown or json.\n`);
    return 2;
  }
  if (values['token-env'] !== undefined && !VARIABLE_NAME.test(values['token-env'])) {
    // Most likely the token itself, given where its variable's name belongs: never printed back.
    stderr(
      `mastodon-token-health: --token-env takes the name of an environment variable (letters, digits and '_', e.g. BOT_TOKEN); what was given is not one, and is not shown here in case it is the token itself. ${TOKEN_SOURCES}\n`,
    );
    return 2;
  }

  if (values.config !== undefined) {
    const others = (['instance', 'token-env', 'token-stdin'] as const).filter((name) => values[name] !== undefined);
    if (others.length > 0) {
      stderr(
        `mastodon-token-health: --config names each bot's instance and token variable; leave out ${others.map((o) => `--${o}`).join(', ')}.\n`,
      );
      return 2;
    }
    const { report, redact } = await checkConfig(values.config, values, env);
    return printReport(report, format, env, terminal, redact);
  }

  const source = tokenSource(values['token-env'], values['token-stdin'] === true, env);
  const rawToken = source.kind === 'stdin' ? terminal.readStdin() : source.value;
  // The same forms of the token as the action redacts (util/redact.ts).
  const redact = createRedactor(secretForms(rawToken));
  // The one logging interface, to standard error; debug lines only when asked for.
  const debugging = Boolean(env['MASTODON_TOKEN_HEALTH_DEBUG']);
  const log = safeLog(
    {
      debug: (line) => (debugging ? stderr(`${line}\n`) : undefined),
      info: (line) => stderr(`${line}\n`),
      warning: (line, title) => stderr(`${title ? `${title}: ` : ''}${line}\n`),
    },
    redact,
  );
  const raw: RawInputs = {
    [Inputs.Instance]: values.instance ?? '',
    [Inputs.Token]: rawToken,
    [Inputs.RequiredScopes]: values['required-scopes'] ?? '',
    [Inputs.OnExcess]: values['on-excess'] ?? '',
    [Inputs.OnMissing]: values['on-missing'] ?? '',
    [Inputs.OnUnreachable]: values['on-unreachable'] ?? '',
    [Inputs.MaxTokenAgeDays]: values['max-token-age-days'] ?? '',
    [Inputs.TimeoutSeconds]: values['timeout-seconds'] ?? '',
    [Inputs.Probe]: values.probe ?? '',
    [Inputs.SourcePaths]: values['source-paths'] ?? '',
  };
  const context = { eventName: 'cli', actor: '', surface: 'cli' as const };

  let report: Report;
  try {
    if (!rawToken.trim()) {
      // Say what is missing, and every other bad flag with it: one run to fix them all.
      const others = inputErrorsOf(() => parseSettings({ ...raw, [Inputs.Token]: 'x'.repeat(43) }, context));
      throw new InputErrors([new InputError(Inputs.Token, noTokenMessage(source)), ...others]);
    }
    const settings = parseSettings(raw, context);
    report = await (await checkWithCode(settings, (s) => startCheck(s, { log }), { workspace: process.cwd() })).report;
  } catch (error) {
    if (!(error instanceof InputErrors)) {
      stderr(`${oneLine(redact(`mastodon-token-health failed unexpectedly: ${messageOf(error)}`), 2000)}\n`);
      return 1;
    }
    report = inputErrorReport(error, new Date(), {
      surface: 'cli',
      instance: instanceIfValid(raw[Inputs.Instance] ?? ''),
    });
  }

  return printReport(report, format, env, terminal, redact);
}

/** Prints the report in the asked format; the exit status: 0 fine or warnings, 1 the check failed, 2 bad input. */
function printReport(
  report: Report,
  format: 'text' | 'markdown' | 'json',
  env: NodeJS.ProcessEnv,
  terminal: Terminal,
  redact: (text: string) => string,
): number {
  const { stdout, stderr } = terminal;
  const code = report.status === 'input-error' ? 2 : report.failed ? 1 : 0;
  // Redacted, then each line made safe for a terminal (no escape sequence from a server string reaches it); colour,
  // when wanted, is added after that, to the verdict and the marks only.
  const safe = (text: string) => redact(text).split('\n').map(printableLine).join('\n');
  if (format === 'json') {
    // Exactly the action's `report` output: one line, one shape (report/json.ts).
    stdout(safe(`${JSON.stringify(reportJson(report))}\n`));
  } else if (format === 'markdown') {
    stdout(safe(renderMarkdown(report)));
  } else {
    // Bad input is an error about the command, not a report: standard error.
    const toStderr = report.status === 'input-error';
    const options = textOptions(env, toStderr ? terminal.stderrIsTTY : terminal.stdoutIsTTY, terminal.columns);
    const text = safe(renderText(report, { width: options.width }));
    (toStderr ? stderr : stdout)(options.color ? paintText(text, report) : text);
  }
  return code;
}

/**
 * Several bots from a file (`--config`), as the action's `config`: the file is read from the current folder, each
 * bot's token from the variable it names; every token is redacted from what is printed.
 */
async function checkConfig(
  path: string,
  values: Readonly<Record<string, string | boolean | undefined>>,
  env: NodeJS.ProcessEnv,
): Promise<{ report: Report; redact: (text: string) => string }> {
  const config = await import('./config/index.ts');
  const file = config.readBotsFile(path, process.cwd());
  const redact = createRedactor(config.botTokens(file, env).flatMap((token) => secretForms(token)));
  const problems = config.fileProblemsAsInputErrors(file);
  if (problems) return { report: inputErrorReport(problems, new Date(), { surface: 'cli' }), redact };
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const stepInputs: RawInputs = {
    [Inputs.OnExcess]: text('on-excess'),
    [Inputs.OnMissing]: text('on-missing'),
    [Inputs.OnUnreachable]: text('on-unreachable'),
    [Inputs.MaxTokenAgeDays]: text('max-token-age-days'),
    [Inputs.TimeoutSeconds]: text('timeout-seconds'),
    [Inputs.Probe]: text('probe'),
    [Inputs.RequiredScopes]: text('required-scopes'),
  };
  const check = config.startBotsCheck({
    file,
    stepInputs,
    env,
    context: { eventName: 'cli', actor: '', surface: 'cli' },
    workspace: process.cwd(),
  });
  return { report: await check.report, redact };
}

type TokenSource =
  | { readonly kind: 'stdin' }
  | { readonly kind: 'env'; readonly names: readonly string[]; readonly value: string; readonly set: boolean };

function tokenSource(tokenEnv: string | undefined, stdin: boolean, env: NodeJS.ProcessEnv): TokenSource {
  if (stdin) return { kind: 'stdin' };
  const names = tokenEnv !== undefined ? [tokenEnv] : [...TOKEN_VARIABLES];
  const found = names.find((name) => (env[name] ?? '').trim() !== '');
  return {
    kind: 'env',
    names,
    value: found ? (env[found] ?? '') : '',
    set: names.some((name) => env[name] !== undefined),
  };
}

function noTokenMessage(source: TokenSource): string {
  if (source.kind === 'stdin')
    return 'No token: standard input was empty. Pipe the token in, e.g. `pass show mastodon/bot | mastodon-token-health … --token-stdin`.';
  const names = source.names.join(' and ');
  const state = source.set
    ? source.names.length > 1
      ? 'are empty'
      : 'is empty'
    : source.names.length > 1
      ? 'are not set'
      : 'is not set';
  return `No token: ${names} ${state}. Set ${source.names[0]} to the access token (export ${source.names[0]}=…), or pass --token-env NAME or --token-stdin.`;
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

/** Colour only on a terminal, and never with NO_COLOR set to anything (no-color.org); wrapped to its width. */
function textOptions(env: NodeJS.ProcessEnv, isTTY: boolean, columns: number | undefined) {
  const color = isTTY && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
  return { color, width: isTTY && columns ? columns : 80 };
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'scopes') {
  // The scanner loads only when asked for, like the token commands.
  const { scopesCommand } = await import('./scan/command.ts');
  process.exitCode = await scopesCommand(
    rest,
    process.cwd(),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
} else if (command === 'mint' || command === 'rotate' || command === 'revoke') {
  // The token commands (and libsodium, for GitHub secrets) load only when asked for: a check never pays for them.
  const { runWithProcess } = await import('./commands/main.ts');
  process.exitCode = await runWithProcess(command, rest);
} else {
  process.exitCode = await main(process.argv.slice(2), process.env, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    readStdin: () => readFileSync(0, 'utf8'),
  });
}
