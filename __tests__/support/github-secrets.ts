/**
 * GitHub's repository-secret endpoints for the loopback GitHub API (github-server.ts): GET
 * /repos/{owner}/{repo}/actions/secrets/public-key and PUT /repos/{owner}/{repo}/actions/secrets/{name}. The
 * repository's key pair is made here, so a test can open what was stored with the private key it never handed out:
 * proof that the value was sealed to the public key, and of what it was.
 *
 * GitHub's answers (docs.github.com/rest/actions/secrets): the public key is `{key_id, key}` with the key in Base64;
 * PUT answers 201 when the secret is created and 204 when it is updated; names are case-insensitive (GitHub shows
 * them upper-cased).
 */
import sodium from 'libsodium-wrappers';

export interface StoredSecret {
  readonly name: string;
  readonly encryptedValue: string;
  readonly keyId: string;
  /** What the sealed box holds, opened with the private key; undefined when it does not open. */
  readonly value: string | undefined;
  readonly updatedAt: string;
}

export interface SecretsVault {
  readonly keyId: string;
  readonly publicKey: string;
  readonly secrets: Map<string, StoredSecret>;
  /** The value of a secret as GitHub would hand it to a workflow. */
  value(name: string): string | undefined;
  /** Answers the two routes; undefined for any other. `route` is the path under /repos/{owner}/{repo}. */
  answer(method: string, route: string, body: Record<string, unknown>): { status: number; json?: unknown } | undefined;
}

export async function createSecretsVault(): Promise<SecretsVault> {
  await sodium.ready;
  const pair = sodium.crypto_box_keypair();
  const publicKey = sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL);
  const keyId = '3380204578043523366';
  const secrets = new Map<string, StoredSecret>();

  const open = (encrypted: string): string | undefined => {
    try {
      const sealed = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL);
      return sodium.to_string(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey));
    } catch {
      return undefined;
    }
  };

  return {
    keyId,
    publicKey,
    secrets,
    value: (name) => secrets.get(name.toUpperCase())?.value,
    answer(method, route, body) {
      if (route === '/actions/secrets/public-key') {
        return method === 'GET' ? { status: 200, json: { key_id: keyId, key: publicKey } } : undefined;
      }
      const match = /^\/actions\/secrets\/([^/]+)$/.exec(route);
      if (!match || method !== 'PUT') return undefined;
      const name = decodeURIComponent(match[1] ?? '').toUpperCase();
      if (!/^[A-Z_][A-Z0-9_]*$/.test(name) || name.startsWith('GITHUB_')) {
        return {
          status: 422,
          json: { message: 'Secret names can only contain alphanumeric characters or underscores' },
        };
      }
      const encrypted = body['encrypted_value'];
      const givenKeyId = body['key_id'];
      if (typeof encrypted !== 'string' || typeof givenKeyId !== 'string' || givenKeyId !== keyId) {
        return { status: 422, json: { message: 'Invalid request.' } };
      }
      const existed = secrets.has(name);
      secrets.set(name, {
        name,
        encryptedValue: encrypted,
        keyId: givenKeyId,
        value: open(encrypted),
        updatedAt: new Date().toISOString(),
      });
      return existed ? { status: 204 } : { status: 201, json: {} };
    },
  };
}
