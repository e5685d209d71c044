/** Public shapes of the fake Mastodon server (see ../mastodon-server.ts). */

export type AccountState =
  | 'ok'
  | 'suspended'
  | 'deletion-requested'
  | 'disabled'
  | 'unconfirmed'
  | 'pending'
  | 'moved'
  | 'memorial'
  | 'missing-2fa';

export interface FakeAccount {
  id: string;
  username: string;
  /** users.id: what token info reports as `resource_owner_id`. */
  userId: number;
  state?: AccountState;
  /** The user's interface language, e.g. 'de': localises Doorkeeper's error texts unless `?lang=` is given. */
  locale?: string;
  displayName?: string;
  /** Staff role; admin endpoints answer 403 "This action is not allowed" past their lookups without one. */
  role?: 'user' | 'moderator' | 'admin' | 'owner';
}

export interface FakeApp {
  id: string;
  name: string;
  website?: string | null;
  /** The app's registered scopes (an upper bound on its tokens' scopes). */
  scopes: string[];
  /** Doorkeeper uid; defaults to `client-<id>`. */
  clientId?: string;
  /** Defaults to `secret-<id>`. */
  clientSecret?: string;
  redirectUris?: string[];
}

/** `vacuumed`: revoked, then deleted by the daily vacuum, so the server no longer knows it. */
export type TokenState = 'active' | 'revoked' | 'expired' | 'vacuumed';

export interface FakeToken {
  token: string;
  scopes: string[];
  /** FakeApp.id */
  app: string;
  /** FakeAccount.id; absent for a client_credentials (app-only) token. */
  account?: string;
  state?: TokenState;
  /** Unix seconds. */
  createdAt?: number;
  /** Pleroma and Akkoma: `valid_until`, Unix seconds (docs/servers/akkoma.md §3); past it, the token is unknown. */
  validUntil?: number;
  /** A Web Push subscription exists for this token (GET /api/v1/push/subscription answers 200, not 404). */
  pushSubscription?: boolean;
}

/** Each answers as docs/servers/<software>.md says (Mastodon: reference/mastodon-server-behaviour.md). */
export type Software = 'mastodon' | 'gotosocial' | 'pleroma' | 'akkoma' | 'misskey';

export interface MastodonServerOptions {
  /** Port on 127.0.0.1; default 0, any free port. */
  port?: number;
  /**
   * Server version; default '4.6.5' (GoToSocial '0.20.3', Pleroma '2.7.0', Akkoma '3.16.0', Misskey '2025.4.1').
   * Gates routes and response shapes.
   */
  version?: string;
  software?: Software;
  /** GoToSocial's `instance-inject-mastodon-version`: the instance `version` reads `3.5.3+<version>`. */
  injectMastodonVersion?: boolean;
  /** LOCAL_DOMAIN, as /api/v2/instance `domain` shows it; default 'social.example'. */
  domain?: string;
  /** false: a reverse proxy blocks /oauth/token/info (404 HTML page). Default true. */
  tokenInfo?: boolean;
  /** DISALLOW_UNAUTHENTICATED_API_ACCESS=true. */
  lockedDown?: boolean;
  /** Self-destruct mode: 410 {"error":"Gone"} under /api. */
  selfDestruct?: boolean;
  /** Fixed delay before every response, in milliseconds. */
  delayMs?: number;
  /** Rack::Attack's per-token and per-IP limit per 5 minutes; default 300 (the per-user limit is 5×). */
  rateLimit?: number;
  /** I18n.default_locale (DEFAULT_LOCALE): Rack::Attack's 429 text, token info and introspection texts. Default 'en'. */
  defaultLocale?: string;
  accounts?: FakeAccount[];
  apps?: FakeApp[];
  tokens?: FakeToken[];
  /** Fault injection: called first for every request; return undefined to let the normal behaviour answer. */
  intercept?: (req: RecordedRequest) => InterceptResult | undefined | Promise<InterceptResult | undefined>;
}

export type InterceptResult =
  /** A canned answer. */
  | { status: number; headers?: Record<string, string>; body?: string | Buffer }
  /** Destroy the socket; with `afterBytes`, first send the normal answer's headers (status overridable) and that many body bytes. */
  | { reset: true; afterBytes?: number; status?: number }
  /** Never answer (until the client gives up or the server closes). */
  | { hang: true };

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: string;
  /** performance.now() when the request arrived. */
  startedAt: number;
  /** performance.now() when the response finished (or the socket closed). */
  endedAt?: number;
  wave?: number;
  status?: number;
  /** The request reached an action that really modifies data (never for refused or intercepted requests). */
  couldChangeState: boolean;
  /** The token sent, if any. */
  token?: string;
}

export interface MastodonServer {
  /** 'http://127.0.0.1:PORT' */
  url: string;
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Sequential waves: a request belongs to wave 1 + the max wave of requests whose response had finished before it arrived. */
  waves(): number;
  /** Clears the recorded requests. */
  reset(): void;
  setDelay(ms: number): void;
  addToken(t: FakeToken): void;
  addAccount(a: FakeAccount): void;
  addApp(a: FakeApp): void;
  /** Looks a token up as the server now sees it (e.g. after POST /oauth/revoke). */
  getToken(token: string): FakeToken | undefined;
  /** Every secret the server knows: each token and each app's client secret (for the canary check). */
  secrets(): string[];
  update(opts: Partial<MastodonServerOptions>): void;
  /** Closes the server and every connection, keep-alive and hung ones included. */
  close(): Promise<void>;
}
