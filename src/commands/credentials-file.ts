/**
 * The file `mint --output FILE` writes and `revoke`/`rotate --from FILE` read back: `.env` style, one `NAME=value`
 * per line, `#` comments. Every value is a URL, a credential or a comma-separated scope list, with no spaces or
 * quotes, so the same file works with `set -a; . FILE`, `docker --env-file` and dotenv libraries alike.
 *
 *   MASTODON_INSTANCE=https://mastodon.social
 *   MASTODON_ACCESS_TOKEN=…       (the name Mastodon's guides and `check` use)
 *   MASTODON_CLIENT_ID=…
 *   MASTODON_CLIENT_SECRET=…
 *   MASTODON_SCOPES=write:statuses,write:media
 *
 * Written with mode 0600, atomically (a temporary file in the same folder, then a link or a rename), and never over
 * an existing file unless asked.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { StepError, UsageError } from './errors.ts';

export const FileKeys = {
  Instance: 'MASTODON_INSTANCE',
  Token: 'MASTODON_ACCESS_TOKEN',
  ClientId: 'MASTODON_CLIENT_ID',
  ClientSecret: 'MASTODON_CLIENT_SECRET',
  Scopes: 'MASTODON_SCOPES',
} as const;

export interface StoredCredentials {
  readonly instance: string;
  readonly token: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
}

const SAFE_VALUE = /^[A-Za-z0-9._~+/=:,@%-]*$/;

export function formatCredentials(c: StoredCredentials, now: Date): string {
  const values: [string, string][] = [
    [FileKeys.Instance, c.instance],
    [FileKeys.Token, c.token],
    [FileKeys.ClientId, c.clientId],
    [FileKeys.ClientSecret, c.clientSecret],
    [FileKeys.Scopes, c.scopes.join(',')],
  ];
  for (const [name, value] of values) {
    // Values come from the server: one with a line break or a quote would write a second variable.
    if (!SAFE_VALUE.test(value)) throw new StepError(`${name} has characters that cannot be stored safely.`);
  }
  return [
    `# Mastodon access token, made by mastodon-token-health mint on ${now.toISOString()}.`,
    '# Secret: keep this file mode 0600 and out of version control.',
    '# Revoke:  mastodon-token-health revoke --from THIS_FILE',
    '# Rotate:  mastodon-token-health rotate --from THIS_FILE --output THIS_FILE',
    ...values.map(([name, value]) => `${name}=${value}`),
    '',
  ].join('\n');
}

/** Reads what formatCredentials wrote; tolerates `export `, quotes and other variables. */
export function parseCredentials(text: string): Partial<StoredCredentials> {
  const vars = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = (match[2] ?? '').trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0])
      value = value.slice(1, -1);
    vars.set(match[1] ?? '', value);
  }
  const out: { -readonly [K in keyof StoredCredentials]?: StoredCredentials[K] } = {};
  const instance = vars.get(FileKeys.Instance);
  const token = vars.get(FileKeys.Token) ?? vars.get('MASTODON_TOKEN');
  const clientId = vars.get(FileKeys.ClientId);
  const clientSecret = vars.get(FileKeys.ClientSecret);
  const scopes = vars.get(FileKeys.Scopes);
  if (instance) out.instance = instance;
  if (token) out.token = token;
  if (clientId) out.clientId = clientId;
  if (clientSecret) out.clientSecret = clientSecret;
  if (scopes) out.scopes = scopes.split(/[\s,]+/).filter(Boolean);
  return out;
}

export async function readCredentialsFile(path: string): Promise<Partial<StoredCredentials>> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`--from ${path}: the file cannot be read (${code ?? 'error'}).`);
  }
  return parseCredentials(text);
}

/**
 * Fails early, before any token exists, when the file could not be written later: it exists (without --force), or
 * its folder is missing or not writable.
 */
export async function checkWritable(path: string, force: boolean): Promise<void> {
  const target = resolve(path);
  const exists = await fs.lstat(target).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    throw new UsageError(`--output ${path}: the file exists; it is not overwritten unless --force is given.`);
  }
  try {
    await fs.access(dirname(target), constants.W_OK);
  } catch {
    throw new UsageError(`--output ${path}: the folder ${dirname(target)} does not exist or is not writable.`);
  }
}

/** Mode 0600 from the first byte; then a hard link (fails if the name exists) or, with force, a rename. */
export async function writeSecretFile(path: string, content: string, force: boolean): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx', 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (force) {
      await fs.rename(temporary, target);
    } else {
      await fs.link(temporary, target);
      await fs.unlink(temporary);
    }
  } catch (error) {
    await fs.unlink(temporary).catch(() => {});
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST')
      throw new StepError(`${path} was created by something else meanwhile; it was not overwritten.`);
    throw new StepError(`${path} could not be written (${code ?? 'error'}).`);
  }
}
