/**
 * Repository secrets through GitHub's REST API: GET the repository's public key, seal each value to it with
 * libsodium's sealed box (crypto_box_seal, what GitHub documents), PUT it. libsodium is loaded only when a secret is
 * written, so nothing else pays for it.
 */
import { execFile } from 'node:child_process';
import { isLoopbackHost } from '../inputs/instance.ts';
import { StepError, UsageError, serverText } from './errors.ts';

const API_VERSION = '2022-11-28';
const USER_AGENT = 'mastodon-token-health';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export const repositoryName = (r: Repository) => `${r.owner}/${r.repo}`;

/** GitHub's rule for secret names: letters, digits and underscores, not starting with a digit or GITHUB_. */
export function checkSecretName(name: string, flag = '--github-secret'): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new UsageError(
      `${flag} '${name}' is not a valid secret name: use letters, digits and underscores, not starting with a digit (e.g. MASTODON_TOKEN).`,
    );
  }
  if (/^GITHUB_/i.test(name)) throw new UsageError(`${flag} '${name}': secret names may not start with GITHUB_.`);
}

export function parseRepository(text: string, flag = '--repo'): Repository {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim());
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new UsageError(`${flag} '${text}' is not a repository: expected OWNER/REPO, e.g. octo-org/release-bot.`);
  }
  return { owner: match[1] ?? '', repo: match[2] ?? '' };
}

/** OWNER/REPO of a remote URL: https://host/OWNER/REPO(.git), git@host:OWNER/REPO.git, ssh://git@host/OWNER/REPO. */
export function repositoryOfRemote(url: string): Repository | undefined {
  const match = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(
    url.trim(),
  );
  if (!match) return undefined;
  try {
    return parseRepository(`${match[1]}/${match[2]}`);
  } catch {
    return undefined;
  }
}

/** The repository of the checkout in `cwd`, from its `origin` remote. */
export function originRepository(cwd: string): Promise<Repository | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', 'remote.origin.url'], { cwd, timeout: 5000 }, (error, stdout) => {
      resolve(error ? undefined : repositoryOfRemote(String(stdout)));
    });
  });
}

export interface GitHubTarget {
  readonly apiUrl: string;
  readonly token: string;
  readonly repository: Repository;
}

/** GITHUB_API_URL (GitHub Enterprise Server) or github.com's; plain http only for a loopback host. */
export function githubApiUrl(env: NodeJS.ProcessEnv): string {
  const raw = env['GITHUB_API_URL'] || 'https://api.github.com';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`GITHUB_API_URL '${raw}' is not a URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new UsageError(`GITHUB_API_URL '${raw}' is not https://: the GitHub token would cross the network in clear.`);
  }
  return raw.replace(/\/+$/, '');
}

export function githubToken(env: NodeJS.ProcessEnv): string {
  const token = (env['GH_TOKEN'] || env['GITHUB_TOKEN'] || '').trim();
  if (!token) {
    throw new UsageError(
      '--github-secret needs a GitHub token in GH_TOKEN or GITHUB_TOKEN that may write the repository\'s secrets (fine-grained: "Secrets" read and write; classic: the repo scope). With the GitHub CLI: GH_TOKEN=$(gh auth token).',
    );
  }
  return token;
}

interface PublicKey {
  readonly keyId: string;
  readonly key: string;
}

export interface SecretWriter {
  /** Reads the repository's public key: proves, before any token is made, that the secrets can be written. */
  prepare(): Promise<void>;
  /** Writes the secrets in the order given; on a failure, says which were written. */
  write(secrets: readonly { name: string; value: string }[]): Promise<void>;
}

export function createSecretWriter(target: GitHubTarget, redact: (s: string) => string): SecretWriter {
  const repo = repositoryName(target.repository);
  const base = `${target.apiUrl}/repos/${encodeURIComponent(target.repository.owner)}/${encodeURIComponent(target.repository.repo)}/actions/secrets`;
  let publicKey: PublicKey | undefined;

  async function call(method: string, url: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        redirect: 'error',
        signal: AbortSignal.timeout(30_000),
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${target.token}`,
          'x-github-api-version': API_VERSION,
          'user-agent': USER_AGENT,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new StepError(
        `${method} ${new URL(url).pathname}: GitHub's API did not answer (${cause ?? (error as Error).name}).`,
      );
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }

  function refusal(what: string, status: number, json: unknown): StepError {
    const message = (json as { message?: unknown } | undefined)?.message;
    const says = typeof message === 'string' ? ` ${serverText(message, redact)}` : '';
    const advice =
      status === 401
        ? 'the GitHub token in GH_TOKEN/GITHUB_TOKEN is not valid'
        : status === 403 || status === 404
          ? `the GitHub token may not write the secrets of ${repo}, or cannot see it (fine-grained token: "Secrets" read and write on this repository; classic token: the repo scope; check --repo)`
          : 'GitHub failed';
    return new StepError(`${what}: GitHub answered ${status}${says}: ${advice}.`);
  }

  return {
    async prepare() {
      const r = await call('GET', `${base}/public-key`);
      const body = r.json as { key_id?: unknown; key?: unknown } | undefined;
      if (r.status !== 200 || typeof body?.key_id !== 'string' || typeof body.key !== 'string') {
        throw refusal(`Reading the public key of ${repo}`, r.status, r.json);
      }
      publicKey = { keyId: body.key_id, key: body.key };
    },
    async write(secrets) {
      if (!publicKey) await this.prepare();
      const key = publicKey as PublicKey;
      const { default: sodium } = await import('libsodium-wrappers');
      await sodium.ready;
      let recipient: Uint8Array;
      try {
        recipient = sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL);
      } catch {
        throw new StepError(`The public key GitHub sent for ${repo} is not Base64.`);
      }
      if (recipient.length !== sodium.crypto_box_PUBLICKEYBYTES) {
        throw new StepError(`The public key GitHub sent for ${repo} is not a Curve25519 key.`);
      }
      const written: string[] = [];
      for (const { name, value } of secrets) {
        const sealed = sodium.crypto_box_seal(sodium.from_string(value), recipient);
        const encrypted = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
        const r = await call('PUT', `${base}/${encodeURIComponent(name)}`, {
          encrypted_value: encrypted,
          key_id: key.keyId,
        });
        if (r.status !== 201 && r.status !== 204) {
          const error = refusal(`Writing the secret ${name} of ${repo}`, r.status, r.json);
          error.message += written.length ? ` Written before it: ${written.join(', ')}.` : ' No secret was written.';
          throw error;
        }
        written.push(name);
      }
    },
  };
}
