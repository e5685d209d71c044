/**
 * A few Mastodon answers, enough for the GitHub sink tests to get each status: a stand-in until the full
 * Mastodon-compatible server (mastodon-server.ts) is on main. Answers as Mastodon 4.5 does (reference §2, §3).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const HEALTHY_TOKEN = 'mastodon-healthy-canary-5b8d1f0e9a7c4d2b';
/** Another healthy token of the same account: the dead one rotated. */
export const ROTATED_TOKEN = 'mastodon-rotated-canary-2c4e6a8b0d1f3e5a';
export const REVOKED_TOKEN = 'mastodon-revoked-canary-7e9f1a3b5c7d9e1f';
export const SUSPENDED_TOKEN = 'mastodon-suspended-canary-4a6c8e0f2b4d6f8a';
/** Holds `read write`: excess where `read:accounts write:statuses` is required. */
export const BROAD_TOKEN = 'mastodon-broad-canary-9d1b3f5a7c9e1b3d';
export const REQUIRED_SCOPES = 'read:accounts write:statuses';

const SCOPES: Readonly<Record<string, string[]>> = {
  [HEALTHY_TOKEN]: ['read:accounts', 'write:statuses'],
  [ROTATED_TOKEN]: ['read:accounts', 'write:statuses'],
  [SUSPENDED_TOKEN]: ['read:accounts', 'write:statuses'],
  [BROAD_TOKEN]: ['read', 'write'],
};

export interface MastodonStub {
  readonly url: string;
  close(): Promise<void>;
}

export async function startMastodonStub(): Promise<MastodonStub> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(json));
    };
    if (path === '/api/v2/instance') {
      return send(200, {
        domain: 'social.example',
        version: '4.5.2',
        source_url: 'https://github.com/mastodon/mastodon',
      });
    }
    const scopes = SCOPES[token];
    if (!scopes)
      return rejected(res, token === REVOKED_TOKEN ? 'The access token was revoked' : 'The access token is invalid');
    switch (path) {
      case '/api/v1/accounts/verify_credentials':
        if (token === SUSPENDED_TOKEN) return send(403, { error: 'Your login is currently disabled' });
        return send(200, { id: '109', username: 'bot', acct: 'bot', url: 'https://social.example/@bot' });
      case '/oauth/token/info':
        return send(200, {
          resource_owner_id: 7,
          scope: scopes,
          expires_in: null,
          application: { uid: 'app-uid' },
          created_at: Math.floor(Date.now() / 1000) - 86_400 * 30,
        });
      case '/api/v1/apps/verify_credentials':
        return send(200, { name: 'bot app', website: null, scopes });
      default:
        return send(404, { error: 'Record not found' });
    }
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function rejected(res: ServerResponse, description: string): void {
  res.writeHead(401, {
    'content-type': 'application/json; charset=utf-8',
    'www-authenticate': `Bearer realm="Doorkeeper", error="invalid_token", error_description="${description}"`,
  });
  res.end(JSON.stringify({ error: description }));
}
