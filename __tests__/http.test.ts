/**
 * The HTTP client at its boundary, against loopback servers: what a failed connection is called, and that nothing
 * the server sends back still holds the token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../src/mastodon/errors.ts';
import { createCommandHttp } from '../src/commands/http.ts';
import { createHttpClient, type HttpClient } from '../src/mastodon/http.ts';
import { startMastodonServer, TOKEN_HEALTHY, type MastodonServerOptions } from './support/mastodon-server.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function clientFor(origin: string, token = TOKEN_HEALTHY): Promise<HttpClient> {
  const client = createHttpClient({
    origin,
    token,
    deadline: Date.now() + 5_000,
    isLoopback: true,
    sleep: async () => undefined,
  });
  cleanups.push(() => client.close());
  return client;
}

async function serverWith(options: MastodonServerOptions): Promise<string> {
  const server = await startMastodonServer(options);
  cleanups.push(() => server.close());
  return server.url;
}

async function failure(client: HttpClient, path = '/api/v2/instance'): Promise<RequestError> {
  const error: unknown = await client.request(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestError);
  return error as RequestError;
}

describe('a failed connection says what happened', () => {
  it('refused: nothing listens', async () => {
    const closed = await startMastodonServer();
    await closed.close();
    const error = await failure(await clientFor(closed.url));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/connection failed \(ECONNREFUSED\): the host refused it/);
  });

  it('closed mid-answer', async () => {
    const error = await failure(
      await clientFor(await serverWith({ intercept: () => ({ reset: true, afterBytes: 5 }) })),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/closed the connection before it answered in full/);
  });

  it('https to a port that speaks http is not called a certificate problem', async () => {
    const url = await serverWith({});
    const error = await failure(await clientFor(url.replace('http:', 'https:')));
    expect(error.kind).toBe('tls');
    expect(error.message).toMatch(/does not speak https on this port/);
    expect(error.message).not.toMatch(/certificate/);
  });
});

describe('what the server sends back never holds the token', () => {
  it('is cleaned from the body, the parsed JSON and the headers, in any case and encoding', async () => {
    const echo = [TOKEN_HEALTHY, TOKEN_HEALTHY.toLowerCase(), encodeURIComponent(TOKEN_HEALTHY)].join(' | ');
    const url = await serverWith({
      intercept: () => ({
        status: 403,
        headers: { 'content-type': 'application/json', 'x-debug': `Bearer ${TOKEN_HEALTHY}`, location: echo },
        body: JSON.stringify({ error: `${'x'.repeat(150)} ${echo}` }),
      }),
    });
    const response = await (await clientFor(url)).request('/api/v1/accounts/verify_credentials');
    const everything = JSON.stringify(response).toLowerCase();
    expect(everything).not.toContain(TOKEN_HEALTHY.toLowerCase());
    expect(everything).not.toContain(TOKEN_HEALTHY.slice(0, 10).toLowerCase());
    expect(response.headers['x-debug']).toBe('Bearer ***');
    expect((response.json as { error: string }).error).toMatch(/^x{150} \*\*\* \| \*\*\* \| \*\*\*$/);
  });
});

describe('how the program names itself to the server', () => {
  it('the check and the token commands send the same user agent', async () => {
    const server = await startMastodonServer();
    cleanups.push(() => server.close());
    await (await clientFor(server.url)).request('/api/v2/instance');
    const commands = createCommandHttp({ origin: server.url, isLoopback: true, timeoutMs: 5_000 });
    cleanups.push(async () => commands.close());
    await commands.request('/api/v2/instance');
    expect(server.requests.map((r) => r.headers['user-agent'])).toEqual([
      'mastodon-token-health (+https://github.com/marketplace/actions/mastodon-token-health)',
      'mastodon-token-health (+https://github.com/marketplace/actions/mastodon-token-health)',
    ]);
  });
});
