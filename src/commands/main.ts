/**
 * `mastodon-token-health mint | rotate | revoke`: the entry the CLI loads (lazily, in a chunk of its own) when one of
 * these commands is asked for. Exit status: 0 done, 1 a step failed, 2 bad command line (nothing was done).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Console, type CommandIO } from './console.ts';
import { UsageError } from './errors.ts';
import { mint } from './mint.ts';
import { createLineReader, type LineReader } from './prompt.ts';
import { revoke } from './revoke.ts';
import { rotate } from './rotate.ts';

export const TOKEN_COMMANDS = ['mint', 'rotate', 'revoke'] as const;
export type TokenCommand = (typeof TOKEN_COMMANDS)[number];

const STORE_HELP = `Where the new token goes (at least one; never anywhere else):
  --github-secret NAME        a repository secret, through GitHub's API (token in GH_TOKEN or GITHUB_TOKEN);
                              the app's client id and secret go beside it as NAME_CLIENT_ID, NAME_CLIENT_SECRET
  --repo OWNER/REPO           the repository (default: this checkout's origin remote)
  --output FILE               a file, mode 0600, .env style (MASTODON_ACCESS_TOKEN=...); --force to replace one
  --print                     standard output, in the same .env form`;

const NEW_TOKEN_HELP = `  --app-name NAME             the app's name under Authorized apps (default: "<repo> bot (mastodon-token-health)")
  --website URL               the app's website (default: the GitHub repository, when known)
  --no-browser                only print the authorize address; do not open a browser
  --timeout-seconds N         bound on each request (default 30)`;

const OLD_TOKEN_HELP = `The old token, as for check: $MASTODON_ACCESS_TOKEN or $MASTODON_TOKEN, --token-env NAME, --token-stdin,
or --from FILE (a file mint wrote). Its app's client id and secret: --client-id-env NAME --client-secret-env NAME,
the --from file, NAME_CLIENT_ID/NAME_CLIENT_SECRET beside --github-secret NAME, or $MASTODON_CLIENT_ID/$MASTODON_CLIENT_SECRET.`;

export const USAGE: Record<TokenCommand, string> = {
  mint: `Usage: mastodon-token-health mint --instance HOST --scopes "SCOPES" (--github-secret NAME | --output FILE | --print)

Makes a token with exactly these scopes by Mastodon's out-of-band OAuth flow: registers an app, shows the address
where you approve it (logged in as the bot's account), reads the code it shows without echoing it (or one line of
standard input when that is not a terminal), exchanges it, checks the new token, and stores it.

  --instance HOST             the Mastodon server, e.g. mastodon.social
  --scopes SCOPES             e.g. "write:statuses write:media"
  --scopes-from PATH          the scopes the code under PATH needs (as the scopes command finds them); merged with --scopes
${NEW_TOKEN_HELP}

${STORE_HELP}
`,
  rotate: `Usage: mastodon-token-health rotate --instance HOST (--github-secret NAME | --output FILE | --print) [options]

Mints a new token (with --scopes, else the old token's exact scopes), checks it, stores it, and only then revokes
the old token and confirms it is dead. Every failure says which token is live.

  --instance HOST             the Mastodon server (or MASTODON_INSTANCE in the --from file)
  --scopes SCOPES             the new token's scopes (default: the old token's)
  --scopes-from PATH          the scopes the code under PATH needs; merged with --scopes
  --from FILE                 the file mint wrote; with --output FILE naming the same file, it is replaced in place
${NEW_TOKEN_HELP}

${OLD_TOKEN_HELP}

${STORE_HELP}
`,
  revoke: `Usage: mastodon-token-health revoke --instance HOST [options]

Revokes a token with its app's client id and secret (POST /oauth/revoke), then confirms that the instance answers
401 for it.

  --instance HOST             the Mastodon server (or MASTODON_INSTANCE in the --from file)
  --from FILE                 the file mint wrote (token, client id and secret)
  --timeout-seconds N         bound on each request (default 30)

${OLD_TOKEN_HELP}
`,
};

const OPTIONS = {
  instance: { type: 'string' },
  scopes: { type: 'string' },
  'scopes-from': { type: 'string' },
  'app-name': { type: 'string' },
  website: { type: 'string' },
  'github-secret': { type: 'string' },
  repo: { type: 'string' },
  output: { type: 'string' },
  force: { type: 'boolean' },
  print: { type: 'boolean' },
  'no-browser': { type: 'boolean' },
  'timeout-seconds': { type: 'string' },
  from: { type: 'string' },
  'token-env': { type: 'string' },
  'token-stdin': { type: 'boolean' },
  'client-id-env': { type: 'string' },
  'client-secret-env': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which flags each command takes: one flag meant for another command is an error, not silently ignored. */
const ALLOWED: Record<TokenCommand, readonly (keyof typeof OPTIONS)[]> = {
  mint: [
    'instance',
    'scopes',
    'scopes-from',
    'app-name',
    'website',
    'github-secret',
    'repo',
    'output',
    'force',
    'print',
    'no-browser',
    'timeout-seconds',
    'help',
  ],
  rotate: Object.keys(OPTIONS) as (keyof typeof OPTIONS)[],
  revoke: [
    'instance',
    'from',
    'token-env',
    'token-stdin',
    'client-id-env',
    'client-secret-env',
    'timeout-seconds',
    'help',
  ],
};

export async function runTokenCommand(command: TokenCommand, argv: readonly string[], io: CommandIO): Promise<number> {
  const con = new Console(io);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
    const wrong = Object.keys(values).filter((k) => !(ALLOWED[command] as readonly string[]).includes(k));
    if (wrong.length) throw new UsageError(`${wrong.map((w) => `--${w}`).join(', ')}: not an option of ${command}.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /'--token'|'--client-secret'|'--code'/.test(message)
      ? ' Secrets are never taken as arguments (they show in ps and in shell history): see below.'
      : '';
    io.stderr(`${con.redact(message.replace(/\.$/, ''))}.${hint}\n\n${USAGE[command]}`);
    return 2;
  }
  if (values['help']) {
    io.stdout(USAGE[command]);
    return 0;
  }

  let reader: LineReader | undefined;
  const lines = () => (reader ??= createLineReader(io.stdin, io.promptOutput));
  const now = () => new Date();
  try {
    switch (command) {
      case 'mint':
        return await mint(values, con, lines, now);
      case 'rotate':
        return await rotate(values, con, lines, now);
      case 'revoke':
        return await revoke(values, con, lines);
      default:
        throw new UsageError(`unknown command ${String(command)}`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    con.line(`${command} failed: ${message}`);
    con.line('Nothing was changed on any server.');
    return error instanceof UsageError ? 2 : 1;
  } finally {
    reader?.close();
  }
}

/** The browser, when one is at hand: a desktop session on Linux, always on macOS and Windows. Never required. */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env): void {
  const command =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['rundll32', 'url.dll,FileProtocolHandler', url]
        : env['DISPLAY'] || env['WAYLAND_DISPLAY']
          ? ['xdg-open', url]
          : undefined;
  if (!command) return;
  try {
    const child = spawn(command[0] as string, command.slice(1), { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser: the address is printed anyway.
  }
}

/** Runs a command with the process's own streams. */
export function runWithProcess(command: TokenCommand, argv: readonly string[]): Promise<number> {
  return runTokenCommand(command, argv, {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stdin: process.stdin,
    promptOutput: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    openBrowser: (url) => openBrowser(url),
  });
}
