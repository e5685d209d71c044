/**
 * The check's command line: the usage, the flags, and what they ask for, mapped to the action's raw inputs so that
 * the same settings parser judges both. Pure: nothing is read or printed here.
 */
import { parseArgs } from 'node:util';
import { Defaults, Inputs } from '../inputs/names.ts';
import type { RawInputs } from '../inputs/settings.ts';
import { messageOf } from '../util/errors.ts';
import { oneLine } from '../util/text.ts';
import { TOKEN_SOURCES } from './token.ts';

import packageJson from '../../package.json' with { type: 'json' };

export const USAGE = `Usage: mastodon-token-health --instance HOST [options]

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

export type Format = 'text' | 'markdown' | 'json';

/** What the command line asks for. */
export type Arguments =
  /** `--help` or `--version`: the text for standard output; exit 0. */
  | { readonly kind: 'answer'; readonly text: string }
  /** Arguments that cannot be run: the text for standard error; exit 2. Never repeats a value that may be the token. */
  | { readonly kind: 'refused'; readonly text: string }
  /** One token: the raw inputs but the token, and where the token comes from. */
  | {
      readonly kind: 'check';
      readonly format: Format;
      readonly inputs: RawInputs;
      readonly tokenEnv: string | undefined;
      readonly tokenStdin: boolean;
    }
  /** Several bots (`--config FILE`): the flags that stand for the step's inputs, under every bot's own. */
  | { readonly kind: 'bots'; readonly format: Format; readonly file: string; readonly stepInputs: RawInputs };

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readArguments(argv: readonly string[]): Arguments {
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
    return refused(`${argumentError(error)}\nRun mastodon-token-health --help for the options and examples.`);
  }
  if (values.help) return { kind: 'answer', text: USAGE };
  if (values.version) return { kind: 'answer', text: `${packageJson.version}\n` };
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    return refused(`--format is '${oneLine(format, 40)}'; expected text, markdown or json.`);
  }
  if (values['token-env'] !== undefined && !VARIABLE_NAME.test(values['token-env'])) {
    // Most likely the token itself, given where its variable's name belongs: never printed back.
    return refused(
      `--token-env takes the name of an environment variable (letters, digits and '_', e.g. BOT_TOKEN); what was given is not one, and is not shown here in case it is the token itself. ${TOKEN_SOURCES}`,
    );
  }
  const policies: RawInputs = {
    [Inputs.OnExcess]: values['on-excess'] ?? '',
    [Inputs.OnMissing]: values['on-missing'] ?? '',
    [Inputs.OnUnreachable]: values['on-unreachable'] ?? '',
    [Inputs.MaxTokenAgeDays]: values['max-token-age-days'] ?? '',
    [Inputs.TimeoutSeconds]: values['timeout-seconds'] ?? '',
    [Inputs.Probe]: values.probe ?? '',
  };

  if (values.config !== undefined) {
    const others = (['instance', 'token-env', 'token-stdin'] as const).filter((name) => values[name] !== undefined);
    if (others.length > 0) {
      return refused(
        `--config names each bot's instance and token variable; leave out ${others.map((o) => `--${o}`).join(', ')}.`,
      );
    }
    return {
      kind: 'bots',
      format,
      file: values.config,
      stepInputs: { ...policies, [Inputs.RequiredScopes]: values['required-scopes'] ?? '' },
    };
  }
  return {
    kind: 'check',
    format,
    inputs: {
      [Inputs.Instance]: values.instance ?? '',
      [Inputs.RequiredScopes]: values['required-scopes'] ?? '',
      ...policies,
      [Inputs.SourcePaths]: values['source-paths'] ?? '',
    },
    tokenEnv: values['token-env'],
    tokenStdin: values['token-stdin'] === true,
  };
}

function refused(message: string): Arguments {
  return { kind: 'refused', text: `mastodon-token-health: ${message}\n` };
}

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
