/**
 * The test Mastodon's authorization-code flow answers as Doorkeeper 5.9 and Mastodon do (support/mastodon/authorize.ts):
 * the tests of mint and rotate are only as good as these answers.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approveInBrowser, SESSION_HEADER } from './support/mastodon/authorize.ts';
import * as world from './support/mastodon-server.ts';

let server: world.MastodonServer;
beforeEach(async () => {
  server = await world.startMastodonServer(world.demoWorld());
});
afterEach(() => server.close());

const OOB = 'urn:ietf:wg:oauth:2.0:oob';

async function register(fields: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(`${server.url}/api/v1/apps`, { method: 'POST', body: new URLSearchParams(fields) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

async function token(form: Record<string, string>, client?: { id: string; secret: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (client) headers['authorization'] = `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`;
  const r = await fetch(`${server.url}/oauth/token`, { method: 'POST', headers, body: new URLSearchParams(form) });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

function authorizeUrl(clientId: string, scope: string, challenge?: string): string {
  const q = new URLSearchParams({ client_id: clientId, redirect_uri: OOB, response_type: 'code', scope });
  if (challenge) {
    q.set('code_challenge', challenge);
    q.set('code_challenge_method', 'S256');
  }
  return `${server.url}/oauth/authorize?${q.toString()}`;
}

async function newApp(scopes: string) {
  const { body } = await register({ client_name: 'Flow test', redirect_uris: OOB, scopes });
  return { id: String(body['client_id']), secret: String(body['client_secret']) };
}

describe('app registration (POST /api/v1/apps)', () => {
  it('answers the credential application with the registered scopes', async () => {
    const r = await register({ client_name: 'Bot', redirect_uris: OOB, scopes: 'write:statuses profile' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: 'Bot', scopes: ['write:statuses', 'profile'], client_secret_expires_at: 0 });
    expect(r.body['client_id']).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('joins every validation error, in Rails’ order, as RecordInvalid does', async () => {
    const r = await register({ client_name: '', scopes: 'write:status', website: 'not a url' });
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      error:
        "Validation failed: Application name can't be blank, Redirect URI can't be blank, Scopes doesn't match those configured on the server., Application website is not a valid URL",
    });
    expect((await register({ client_name: 'x'.repeat(61), redirect_uris: OOB })).body['error']).toBe(
      'Validation failed: Application name is too long (maximum is 60 characters)',
    );
    expect((await register({ client_name: 'x', redirect_uris: 'https://example.org/cb#frag' })).body['error']).toBe(
      'Validation failed: Redirect URI cannot contain a fragment.',
    );
  });

  it('limits registrations to 5 per 10 minutes per address (429, X-RateLimit-Reset, no Retry-After)', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await fetch(`${server.url}/api/v1/apps`, {
        method: 'POST',
        body: new URLSearchParams({ client_name: `n${i}`, redirect_uris: OOB }),
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(last?.headers.get('x-ratelimit-limit')).toBe('5');
    expect(Date.parse(last?.headers.get('x-ratelimit-reset') ?? '')).toBeGreaterThan(Date.now());
    expect(last?.headers.get('retry-after')).toBeNull();
  });
});

describe('authorize and the code exchange', () => {
  it('sends a browser without a session to sign in, and refuses scopes the app does not have', async () => {
    const app = await newApp('write:statuses');
    const anonymous = await fetch(authorizeUrl(app.id, 'write:statuses'), { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe(`${server.url}/auth/sign_in`);
    // Doorkeeper: a token's scopes are a subset of its app's; `write` is not `write:statuses`.
    const wider = await fetch(authorizeUrl(app.id, 'write'), { headers: { [SESSION_HEADER]: world.BOT_ACCOUNT_ID } });
    expect(wider.status).toBe(400);
    expect(await wider.text()).toContain('The requested scope is invalid, unknown, or malformed.');
  });

  it('PKCE S256: the verifier must hash to the challenge, must be sent, and a code works once', async () => {
    const app = await newApp('write:statuses');
    const verifier = 'v'.repeat(43);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const base = { grant_type: 'authorization_code', redirect_uri: OOB };
    const client = { id: app.id, secret: app.secret };

    const first = await approveInBrowser(authorizeUrl(app.id, 'write:statuses', challenge), world.BOT_ACCOUNT_ID);
    const missing = await token({ ...base, code: first.code }, client);
    expect(missing).toEqual({
      status: 400,
      body: { error: 'invalid_request', error_description: 'Missing required parameter: code_verifier.' },
    });
    const wrong = await token({ ...base, code: first.code, code_verifier: 'w'.repeat(43) }, client);
    expect(wrong.status).toBe(400);
    expect(wrong.body['error']).toBe('invalid_grant');
    const good = await token({ ...base, code: first.code, code_verifier: verifier }, client);
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ token_type: 'Bearer', scope: 'write:statuses' });
    const again = await token({ ...base, code: first.code, code_verifier: verifier }, client);
    expect(again.body['error']).toBe('invalid_grant');
    expect(server.getToken(String(good.body['access_token']))).toMatchObject({
      scopes: ['write:statuses'],
      account: world.BOT_ACCOUNT_ID,
    });
  });

  it('refuses a code without client authentication, or from another app', async () => {
    const app = await newApp('read');
    const other = await newApp('read');
    const { code } = await approveInBrowser(authorizeUrl(app.id, 'read'), world.BOT_ACCOUNT_ID);
    const base = { grant_type: 'authorization_code', redirect_uri: OOB, code };
    expect((await token(base)).status).toBe(401);
    expect((await token(base, { id: app.id, secret: 'wrong' })).body['error']).toBe('invalid_client');
    expect((await token(base, { id: other.id, secret: other.secret })).body['error']).toBe('invalid_grant');
    expect((await token(base, { id: app.id, secret: app.secret })).status).toBe(200);
  });
});
