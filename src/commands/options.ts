/** The token commands' flags, read once into plain values and checked before anything touches a server. */
import { basename } from 'node:path';
import { InputError } from '../inputs/errors.ts';
import { parseInstance, type Instance } from '../inputs/instance.ts';
import { parseScopeList } from '../mastodon/scopes.ts';
import { oneLine } from '../util/text.ts';
import type { Console } from './console.ts';
import { readCredentialsFile, type StoredCredentials } from './credentials-file.ts';
import { UsageError } from './errors.ts';
import {
  checkSecretName,
  githubApiUrl,
  githubToken,
  originRepository,
  parseRepository,
  repositoryName,
  type Repository,
} from './github-secrets.ts';
import { APP_NAME_LIMIT } from './oauth.ts';
import type { NewTokenPlan } from './flow.ts';
import type { LineReader } from './prompt.ts';
import { fileStore, githubSecretStore, printStore, type TokenStore } from './stores.ts';

export type Flags = Readonly<Record<string, string | boolean | undefined>>;

const str = (flags: Flags, name: string): string | undefined => {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
};

export function instanceOf(flags: Flags, file: Partial<StoredCredentials> | undefined): Instance {
  const given = str(flags, 'instance');
  const fromFile = file?.instance;
  const raw = given ?? fromFile;
  if (!raw) throw new UsageError('--instance HOST is required (e.g. --instance mastodon.social).');
  let instance: Instance;
  try {
    instance = parseInstance(raw);
  } catch (error) {
    throw new UsageError(
      error instanceof InputError ? error.message.replace(/^Input 'instance'/, '--instance') : String(error),
    );
  }
  if (given && fromFile && parseInstance(fromFile).origin !== instance.origin) {
    throw new UsageError(
      `--instance ${given} differs from the instance in --from (${fromFile}): a token is only ever sent to the server that made it.`,
    );
  }
  return instance;
}

/**
 * `--scopes`, checked against Mastodon's scope names, and/or `--scopes-from PATH`, the needs the scanner finds in the
 * code there (merged). A call whose endpoint cannot be told stops the command unless `--scopes` is given too.
 */
export async function requestedScopes(
  flags: Flags,
  con: Console,
  fallback?: readonly string[],
): Promise<string[] | undefined> {
  const text = str(flags, 'scopes');
  let given: string[] | undefined;
  if (text !== undefined) {
    const parsed = parseScopeList(text);
    const problems = parsed.unknown.map(
      (u) => `'${u.name}' is not a Mastodon scope${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`,
    );
    if (problems.length) throw new UsageError(`--scopes: ${problems.join('; ')}.`);
    if (parsed.scopes.length === 0) throw new UsageError('--scopes is empty: name the scopes the bot needs.');
    given = parsed.scopes;
  }
  const path = str(flags, 'scopes-from');
  if (path === undefined) return given ?? (fallback ? [...fallback] : undefined);

  // The scanner loads only for --scopes-from.
  const { scopesFromCode } = await import('./scopes-from.ts');
  const found = await scopesFromCode(path, con.io.cwd);
  if (found.unresolved.length > 0 && !given) {
    const listed = found.unresolved
      .slice(0, 5)
      .map((u) => `  ${oneLine(u.file)}:${u.line} ${oneLine(u.what)}: ${oneLine(u.reason)}`);
    const more = found.unresolved.length > 5 ? [`  … and ${found.unresolved.length - 5} more`] : [];
    throw new UsageError(
      [
        `--scopes-from ${path}: ${found.unresolved.length} call${found.unresolved.length > 1 ? 's' : ''} whose endpoint cannot be told (their scopes are unknown):`,
        ...listed,
        ...more,
        `Add what they need with --scopes "..." (merged with the ${found.needed.length} scope${found.needed.length === 1 ? '' : 's'} found: ${found.needed.join(' ') || 'none'}), or see them all with: mastodon-token-health scopes ${path}`,
      ].join('\n'),
    );
  }
  if (found.needed.length === 0 && !given) {
    throw new UsageError(
      `--scopes-from ${path}: no Mastodon API use found there (${found.calls} calls). Check the path, or give --scopes "...".`,
    );
  }
  const merged = [...new Set([...found.needed, ...(given ?? [])])];
  con.line(
    `Scopes from the code under ${path}: ${found.needed.join(' ') || 'none'} (${found.calls} call${found.calls === 1 ? '' : 's'})${given ? `, with --scopes: ${merged.join(' ')}` : ''}.`,
  );
  return merged;
}

export async function fileOf(flags: Flags): Promise<Partial<StoredCredentials> | undefined> {
  const path = str(flags, 'from');
  return path === undefined ? undefined : readCredentialsFile(path);
}

export interface StoreChoice {
  readonly stores: TokenStore[];
  readonly repository: Repository | undefined;
  readonly secretName: string | undefined;
}

/** The places the new token goes; at least one, or the command stops before it makes anything. */
export async function storesOf(flags: Flags, con: Console, now: () => Date): Promise<StoreChoice> {
  const stores: TokenStore[] = [];
  const { env, cwd } = con.io;
  const secretName = str(flags, 'github-secret');
  let repository: Repository | undefined;
  const repoFlag = str(flags, 'repo');
  if (repoFlag !== undefined) repository = parseRepository(repoFlag);
  if (secretName !== undefined) {
    checkSecretName(secretName);
    const token = githubToken(env);
    con.secret(token);
    if (!repository) {
      repository = await originRepository(cwd);
      if (!repository)
        throw new UsageError(
          '--github-secret: no --repo OWNER/REPO was given, and this folder is not a checkout with an origin remote to take it from.',
        );
      con.line(`Repository ${repositoryName(repository)} (from the origin remote of this checkout).`);
    }
    stores.push(githubSecretStore({ apiUrl: githubApiUrl(env), token, repository }, secretName, con));
  }
  const output = str(flags, 'output');
  if (output !== undefined) {
    if (!output.trim()) throw new UsageError('--output is empty: give a file name.');
    stores.push(fileStore(output, flags['force'] === true, now));
  }
  if (flags['print'] === true) stores.push(printStore(con, now));
  if (stores.length === 0) {
    throw new UsageError(
      'Say where the new token goes: --github-secret NAME [--repo OWNER/REPO], --output FILE, or --print (standard output). It is never stored anywhere else.',
    );
  }
  if (!repository && repoFlag === undefined) repository = await originRepository(cwd);
  return { stores, repository, secretName };
}

/** What `mint` and `rotate` ask the instance for: the app's name and website from the flags, else the repository. */
export function newTokenPlanOf(
  flags: Flags,
  cwd: string,
  made: Pick<NewTokenPlan, 'instance' | 'scopes' | 'timeoutSeconds'> & { readonly repository: Repository | undefined },
): NewTokenPlan {
  return {
    instance: made.instance,
    scopes: made.scopes,
    appName: appNameOf(flags, made.repository, cwd),
    website: websiteOf(flags, made.repository),
    browser: flags['no-browser'] !== true,
    timeoutSeconds: made.timeoutSeconds,
  };
}

/** `--app-name`, else something the user recognises under Authorized apps. */
export function appNameOf(flags: Flags, repository: Repository | undefined, cwd: string): string {
  const given = str(flags, 'app-name');
  if (given !== undefined) {
    const name = given.trim();
    if (!name) throw new UsageError('--app-name is empty.');
    if (name.length > APP_NAME_LIMIT)
      throw new UsageError(`--app-name is ${name.length} characters; Mastodon allows at most ${APP_NAME_LIMIT}.`);
    if (/[\u0000-\u001f\u007f]/.test(name)) throw new UsageError('--app-name has control characters.');
    return name;
  }
  const suffix = ' bot (mastodon-token-health)';
  const candidates = [
    repository ? repositoryName(repository) : undefined,
    repository?.repo,
    basename(cwd) || undefined,
  ].filter((c): c is string => Boolean(c));
  for (const c of candidates) if (c.length + suffix.length <= APP_NAME_LIMIT) return `${c}${suffix}`;
  return `Mastodon${suffix}`;
}

export function websiteOf(flags: Flags, repository: Repository | undefined): string | undefined {
  const given = str(flags, 'website');
  if (given === undefined) return repository ? `https://github.com/${repositoryName(repository)}` : undefined;
  if (given === '') return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(`--website '${given}' is not a URL (Mastodon wants an http:// or https:// address).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--website '${given}' is not an http:// or https:// address.`);
  return given;
}

export function timeoutOf(flags: Flags): number {
  const raw = str(flags, 'timeout-seconds');
  if (raw === undefined) return 30;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 600)
    throw new UsageError(`--timeout-seconds '${raw}': a whole number from 1 to 600.`);
  return n;
}

export interface OldCredentials {
  readonly token: string;
  /** Where the token came from, for messages. */
  readonly tokenSource: string;
  readonly client: { clientId: string; clientSecret: string } | undefined;
  readonly clientSource: string | undefined;
}

/**
 * The token to revoke (or rotate away from), as `check` reads it: --token-stdin, --token-env NAME, the --from file,
 * MASTODON_ACCESS_TOKEN, MASTODON_TOKEN. Its app's client id and secret: --client-id-env/--client-secret-env, the
 * --from file, NAME_CLIENT_ID/NAME_CLIENT_SECRET beside --github-secret NAME, MASTODON_CLIENT_ID/MASTODON_CLIENT_SECRET.
 */
export async function oldCredentialsOf(
  flags: Flags,
  con: Console,
  file: Partial<StoredCredentials> | undefined,
  reader: () => LineReader,
): Promise<OldCredentials> {
  const { env } = con.io;
  let token: string | undefined;
  let tokenSource = '';
  const tokenEnv = str(flags, 'token-env');
  if (flags['token-stdin'] === true) {
    const lines = reader();
    token = await lines.readSecret(lines.interactive ? 'Paste the old token (it is not echoed): ' : '');
    tokenSource = 'standard input';
  } else if (tokenEnv !== undefined) {
    token = env[tokenEnv];
    tokenSource = tokenEnv;
    if (!token?.trim()) throw new UsageError(`--token-env ${tokenEnv}: the variable is not set or empty.`);
  } else if (file?.token) {
    token = file.token;
    tokenSource = str(flags, 'from') ?? 'the file';
  } else {
    for (const name of ['MASTODON_ACCESS_TOKEN', 'MASTODON_TOKEN']) {
      if (env[name]?.trim()) {
        token = env[name];
        tokenSource = name;
        break;
      }
    }
  }
  token = token?.trim().replace(/^bearer\s+/i, '');
  con.secret(token);
  if (!token) {
    throw new UsageError(
      'No token: set MASTODON_ACCESS_TOKEN (or MASTODON_TOKEN), or pass --token-env NAME, --token-stdin, or --from FILE. It is never taken from the arguments.',
    );
  }

  const idEnv = str(flags, 'client-id-env');
  const secretEnv = str(flags, 'client-secret-env');
  let client: OldCredentials['client'];
  let clientSource: string | undefined;
  if ((idEnv === undefined) !== (secretEnv === undefined)) {
    throw new UsageError('--client-id-env and --client-secret-env go together: name both variables.');
  }
  if (idEnv !== undefined && secretEnv !== undefined) {
    const clientId = env[idEnv]?.trim();
    const clientSecret = env[secretEnv]?.trim();
    if (!clientId) throw new UsageError(`--client-id-env ${idEnv}: the variable is not set or empty.`);
    if (!clientSecret) throw new UsageError(`--client-secret-env ${secretEnv}: the variable is not set or empty.`);
    client = { clientId, clientSecret };
    clientSource = `${idEnv} and ${secretEnv}`;
  } else if (file?.clientId && file.clientSecret) {
    client = { clientId: file.clientId, clientSecret: file.clientSecret };
    clientSource = str(flags, 'from');
  } else {
    const secretName = str(flags, 'github-secret');
    for (const prefix of [secretName, 'MASTODON'].filter((p): p is string => Boolean(p))) {
      const clientId = env[`${prefix}_CLIENT_ID`]?.trim();
      const clientSecret = env[`${prefix}_CLIENT_SECRET`]?.trim();
      if (clientId && clientSecret) {
        client = { clientId, clientSecret };
        clientSource = `${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET`;
        break;
      }
    }
  }
  con.secret(client?.clientSecret);
  return { token, tokenSource, client, clientSource };
}
