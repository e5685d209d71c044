/**
 * The cases whose round trips (sequential waves of requests) and request counts are guarded: by a test
 * (__tests__/round-trips.test.ts) and by the benchmark (scripts/bench.ts), both counting at the fake server.
 *
 * Runs under vitest and directly under Node 24 (type stripping): erasable syntax only, `.ts` imports.
 */
import {
  BOT_ACCOUNT_ID,
  DEMO_CREATED_AT,
  demoWorld,
  TOKEN_HEALTHY,
  TOKEN_NARROW,
  TOKEN_READ,
  TOKEN_REVOKED,
  type FakeApp,
  type FakeToken,
  type MastodonServerOptions,
} from './mastodon-server.ts';

/**
 * A posting bot whose app was registered with exactly the scopes it needs. Doorkeeper only grants a token scopes its
 * app registered (reference §1.1, §2.3), so when token info is blocked this is the usual probing case (the demo
 * world's healthy token holds `write:statuses` from an app registered with `write`, which Doorkeeper would refuse).
 */
export const POSTING_APP: FakeApp = {
  id: '563421',
  name: 'Posting Bot',
  website: null,
  scopes: ['profile', 'write:statuses', 'write:media'],
  redirectUris: ['urn:ietf:wg:oauth:2.0:oob'],
};
export const TOKEN_POSTING = 'posting-Vq4Lx8Wm2Rc6Yk1Tb9Nd3Ps7Hf5Gz0Je';
const POSTING_TOKEN: FakeToken = {
  token: TOKEN_POSTING,
  scopes: ['profile', 'write:statuses', 'write:media'],
  app: POSTING_APP.id,
  account: BOT_ACCOUNT_ID,
  state: 'active',
  createdAt: DEMO_CREATED_AT,
};

export interface RoundTripCase {
  readonly name: string;
  /** What the case is, for the benchmark's table. */
  readonly label: string;
  /** The fake server (no delay: the caller sets one so that waves can be told apart). */
  readonly server: () => MastodonServerOptions;
  readonly token: string;
  readonly requiredScopes: string;
  readonly expected: {
    readonly status: string;
    /** Sequential waves of requests, as the server counts them. */
    readonly waves: number;
    /** Requests in all. */
    readonly requests: number;
  };
}

const world = () => {
  const w = demoWorld();
  return { accounts: w.accounts, apps: [...w.apps, POSTING_APP], tokens: [...w.tokens, POSTING_TOKEN] };
};

export const ROUND_TRIP_CASES: readonly RoundTripCase[] = [
  {
    name: 'healthy',
    label: 'healthy, token info readable',
    server: world,
    token: TOKEN_HEALTHY,
    requiredScopes: 'profile write:statuses',
    expected: { status: 'healthy', waves: 1, requests: 4 },
  },
  {
    name: 'narrow',
    label: 'narrow token (verify_credentials 403)',
    server: world,
    token: TOKEN_NARROW,
    requiredScopes: 'write:statuses',
    expected: { status: 'healthy', waves: 1, requests: 4 },
  },
  {
    name: 'probing',
    label: 'token info blocked: probing',
    server: () => ({ ...world(), tokenInfo: false }),
    token: TOKEN_POSTING,
    requiredScopes: 'profile write:statuses write:media',
    expected: { status: 'healthy', waves: 2, requests: 8 },
  },
  {
    name: 'probing-guess',
    label: 'token info blocked, app scopes unknown (4.2): probing',
    server: () => ({ ...world(), tokenInfo: false, version: '4.2.10' }),
    token: TOKEN_NARROW,
    requiredScopes: 'write:statuses',
    expected: { status: 'healthy', waves: 2, requests: 10 },
  },
  // Other servers (docs/servers/): their rules, at their cost.
  {
    name: 'gotosocial',
    label: 'GoToSocial: probes and the token list in one wave',
    server: () => ({ ...world(), software: 'gotosocial' }),
    token: TOKEN_POSTING,
    requiredScopes: 'profile write:statuses write:media',
    expected: { status: 'healthy', waves: 2, requests: 9 },
  },
  {
    name: 'akkoma',
    label: 'Akkoma: v1 instance and NodeInfo, then probes',
    server: () => ({ ...world(), software: 'akkoma' }),
    token: TOKEN_READ,
    requiredScopes: 'read:statuses',
    expected: { status: 'over-scoped', waves: 3, requests: 11 },
  },
  {
    name: 'misskey',
    label: 'Misskey: told not supported after NodeInfo',
    server: () => ({ ...world(), software: 'misskey' }),
    token: TOKEN_HEALTHY,
    requiredScopes: 'write:statuses',
    expected: { status: 'unreachable', waves: 2, requests: 6 },
  },
  {
    name: 'revoked',
    label: 'revoked',
    server: world,
    token: TOKEN_REVOKED,
    requiredScopes: 'write:statuses',
    expected: { status: 'revoked', waves: 1, requests: 4 },
  },
];
