#!/usr/bin/env node
/**
 * The command line: the same engine as the action, printing to the terminal.
 *
 *   MASTODON_TOKEN=… mastodon-token-health --instance mastodon.social --required-scopes "write:statuses"
 *
 * The token is read from an environment variable or standard input, never from the arguments (they show in `ps`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkToken, inputErrorReport } from './check.ts';
import { Defaults, Inputs } from './inputs/names.ts';
import { InputError, InputErrors } from './inputs/errors.ts';
import { messageOf } from './util/errors.ts';
import { createRedactor } from './util/redact.ts';
import { renderMarkdown } from './report/markdown.ts';
import { renderText } from './report/text.ts';
import type { Report } from './report/model.ts';
import { parseSettings, type RawInputs } from './inputs/settings.ts';
import { oneLine, printableLine } from './util/text.ts';

const USAGE = `Usage: mastodon-token-health --instance HOST [options]

Checks a Mastodon access token: alive, whose, exact scopes, and what to fix.
The token is read from $MASTODON_TOKEN (or --token-env NAME, or --token-stdin).

Options:
  --instance HOST             the Mastodon server, e.g. mastodon.social (required)
  --required-scopes SCOPES    the scopes the bot needs, e.g. "write:statuses write:media"
  --on-excess fail|warn|ignore    (default ${Defaults[Inputs.OnExcess]})
  --on-missing fail|warn          (default ${Defaults[Inputs.OnMissing]})
  --on-unreachable fail|warn      (default ${Defaults[Inputs.OnUnreachable]})
  --max-token-age-days N      warn when the token is older than N days
  --timeout-seconds N         bound on the whole check (default ${Defaults[Inputs.TimeoutSeconds]})
  --probe auto|always|never   probe scopes with harmless requests (default ${Defaults[Inputs.Probe]})
  --token-env NAME            read the token from this environment variable
  --token-stdin               read the token from standard input
  --format text|markdown|json output format (default text)
  -h, --help                  this help

Exit status: 0 healthy or warnings only, 1 the check failed, 2 bad input.
`;

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  stdout: (s: string) => void,
  stderr: (s: string) => void,
): Promise<number> {
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
        'token-env': { type: 'string' },
        'token-stdin': { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const hint = /'--token'/.test(messageOf(error))
      ? ' The token is never taken as an argument: set MASTODON_TOKEN or use --token-stdin.'
      : '';
    stderr(`${messageOf(error)}.${hint}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    stdout(USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    stderr(`--format is '${format}'; expected text, markdown or json.\n`);
    return 2;
  }
  const tokenVariable = values['token-env'] ?? 'MASTODON_TOKEN';
  const rawToken = values['token-stdin'] ? readFileSync(0, 'utf8') : (env[tokenVariable] ?? '');
  const redact = createRedactor([rawToken, rawToken.trim()]);
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
  };

  let report: Report;
  try {
    if (!rawToken.trim()) {
      throw new InputErrors([
        new InputError(Inputs.Token, `No token: set ${tokenVariable} (or pass --token-env NAME, or --token-stdin).`),
      ]);
    }
    const settings = parseSettings(raw, { eventName: 'cli', actor: '' });
    report = await checkToken(
      settings,
      env['MASTODON_TOKEN_HEALTH_DEBUG'] ? { debug: (line) => stderr(`${oneLine(redact(line), 2000)}\n`) } : {},
    );
  } catch (error) {
    if (!(error instanceof InputErrors)) {
      stderr(`${oneLine(redact(`mastodon-token-health failed unexpectedly: ${messageOf(error)}`), 2000)}\n`);
      return 1;
    }
    report = inputErrorReport(error, new Date());
  }

  const rendered =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'markdown'
        ? renderMarkdown(report)
        : renderText(report);
  // Redacted, then each line made safe for a terminal: no escape sequence from a server string reaches it.
  stdout(redact(rendered).split('\n').map(printableLine).join('\n'));
  return report.status === 'input-error' ? 2 : report.failed ? 1 : 0;
}

process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
