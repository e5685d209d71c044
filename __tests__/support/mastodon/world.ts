/** A ready-made world of accounts, apps and tokens covering every case the health check meets. */
import type { FakeAccount, FakeApp, FakeToken, MastodonServerOptions } from './types.ts';

/** `profile write:statuses` for `bot`: a posting bot with exactly what it needs. */
export const TOKEN_HEALTHY = 'healthy-Kq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
/** `read write follow push` for `bot`: over-scoped for a bot that only posts. */
export const TOKEN_OVERSCOPED = 'overscoped-T4mN8qWx2Lr6Yb1Vc9Hs3Jd7Kf5Gp0Za';
/** `write:statuses` only: valid, but verify_credentials answers 403 (outside the authorized scopes). */
export const TOKEN_NARROW = 'narrow-Ub3Xe7Rk1Wq9Mz5Tn2Ly8Pc4Fh6Gd0Js';
/** `read` only, for `bot`. */
export const TOKEN_READ = 'read-Vn5Bx1Qe8Ka3Wr7Ym2Tc9Ls4Pd6Hf0Gj';
/** `follow` only (deprecated scope), for `bot`. */
export const TOKEN_FOLLOW_ONLY = 'followonly-Hc2Rd8Vt4Nm1Xb7Kq5Wz9Lp3Ye6Fs0';
/** `push` only, for `bot`, with a Web Push subscription registered. */
export const TOKEN_PUSH = 'push-Ze6Lp2Wx9Rt4Kc1Nm7Vb3Qs8Hd5Fy0Gj';
/** `read write` for `bot`, revoked (row still present): 401 "The access token was revoked". */
export const TOKEN_REVOKED = 'revoked-Mw3Tq9Yc5Lb1Xr7Kd2Vn8Ps4Hg6Fz0Je';
/** Revoked and deleted by the daily vacuum: 401 "The access token is invalid". */
export const TOKEN_VACUUMED = 'vacuumed-Rb8Kx2Qm6Wt1Lc9Yn4Vd7Ps3Hf5Gz0J';
/** Never existed on the server. */
export const TOKEN_UNKNOWN = 'unknown-Ld4Wy8Kq2Tm6Xc1Rn9Vb3Ps7Hf5Gz0Ja';
/** Expired (Mastodon tokens never expire in practice): 401 "The access token expired". */
export const TOKEN_EXPIRED = 'expired-Qn1Xc7Wk3Rt9Lm5Yb2Vd8Ps4Hf6Gz0Je';
/** `read write` for a suspended account: 403 "Your login is currently disabled" everywhere. */
export const TOKEN_SUSPENDED = 'suspended-Wk9Lm3Qx7Rt1Yc5Vb2Nd8Ps4Hf6Gz0J';
/** Revoked token of a suspended account: still 403 disabled, which runs before Doorkeeper. */
export const TOKEN_SUSPENDED_REVOKED = 'suspendedrevoked-Tx4Lq8Wm2Rc6Yk1Vb9Nd3Ps7';
/** Account whose deletion was requested: 403 disabled, like suspension. */
export const TOKEN_DELETION_REQUESTED = 'deleting-Yc2Rm8Wq4Lt6Xk1Vb9Nd3Ps7Hf5Gz0J';
/** Login disabled by an admin: 403 "Your login is currently disabled" (require_user!). */
export const TOKEN_DISABLED = 'disabled-Kx6Wq2Lm8Rt4Yc1Vb9Nd3Ps7Hf5Gz0Ja';
/** Unconfirmed e-mail: 403 "Your login is missing a confirmed e-mail address". */
export const TOKEN_UNCONFIRMED = 'unconfirmed-Lm1Wq7Rx3Tc9Yk5Vb2Nd8Ps4Hf6G';
/** Pending approval: 403 "Your login is currently pending approval". */
export const TOKEN_PENDING = 'pending-Rt5Wq1Lm7Xc3Yk9Vb2Nd8Ps4Hf6Gz0Je';
/** Moved account: 403 "Your login is currently disabled". */
export const TOKEN_MOVED = 'moved-Xc8Wq4Lm2Rt6Yk1Vb9Nd3Ps7Hf5Gz0Jae';
/** Memorial account: 403 "Your login is currently disabled". */
export const TOKEN_MEMORIAL = 'memorial-Wq3Lm9Rt5Xc1Yk7Vb2Nd8Ps4Hf6Gz0J';
/** Role requires 2FA the user lacks (4.6+): 403 "Your login is currently disabled". */
export const TOKEN_MISSING_2FA = 'missing2fa-Lm6Wq2Rt8Xc4Yk1Vb9Nd3Ps7Hf5Gz';
/** client_credentials token with `read`: verify_credentials answers 422 "This method requires an authenticated user". */
export const TOKEN_APP_ONLY = 'apponly-Qm2Wx8Lt4Rc6Yk1Vb9Nd3Ps7Hf5Gz0Je';
/** client_credentials token with `write` only: verify_credentials answers 403 (scope check runs before require_user!). */
export const TOKEN_APP_ONLY_NO_READ = 'apponlynoread-Wt7Lq3Rm9Xc1Yk5Vb2Nd8Ps4H';
/** `read write:statuses` for a German-speaking user (locale 'de'). */
export const TOKEN_GERMAN = 'german-Lq5Wm1Rt7Xc3Yk9Vb2Nd8Ps4Hf6Gz0Je';
/** Revoked token of the German-speaking user: "Der Zugriffstoken wurde widerrufen" unless `?lang=en`. */
export const TOKEN_GERMAN_REVOKED = 'germanrevoked-Rm4Wq8Lt2Xc6Yk1Vb9Nd3Ps7';
/** `admin:read admin:write` for an admin. */
export const TOKEN_ADMIN = 'admin-Wm9Lq5Rt1Xc7Yk3Vb2Nd8Ps4Hf6Gz0Jea';
/** `admin:read admin:write` for a user without a staff role: admin lookups pass, Pundit answers 403 not allowed. */
export const TOKEN_ADMIN_SCOPES_NO_ROLE = 'adminnorole-Tq6Wm2Lr8Xc4Yk1Vb9Nd3Ps7Hf';

export const BOT_ACCOUNT_ID = '109384022838744455';
export const BOT_USER_ID = 4242;
export const BOT_APP_ID = '563419';
export const SERVICE_APP_ID = '563420';
/** Unix seconds: 2025-11-14T10:00:00Z. */
export const DEMO_CREATED_AT = 1763114400;

export function demoWorld(): Required<Pick<MastodonServerOptions, 'accounts' | 'apps' | 'tokens'>> {
  const account = (id: string, username: string, userId: number, extra: Partial<FakeAccount> = {}): FakeAccount => ({
    id,
    username,
    userId,
    state: 'ok',
    locale: 'en',
    displayName: username,
    ...extra,
  });
  const accounts: FakeAccount[] = [
    account(BOT_ACCOUNT_ID, 'bot', BOT_USER_ID, { displayName: 'Release Bot' }),
    account('109384022838744460', 'suspended_bot', 4243, { state: 'suspended' }),
    account('109384022838744461', 'leaving_bot', 4244, { state: 'deletion-requested' }),
    account('109384022838744462', 'disabled_bot', 4245, { state: 'disabled' }),
    account('109384022838744463', 'unconfirmed_bot', 4246, { state: 'unconfirmed' }),
    account('109384022838744464', 'pending_bot', 4247, { state: 'pending' }),
    account('109384022838744465', 'moved_bot', 4248, { state: 'moved' }),
    account('109384022838744466', 'memorial_bot', 4249, { state: 'memorial' }),
    account('109384022838744467', 'no2fa_bot', 4250, { state: 'missing-2fa' }),
    account('109384022838744468', 'deutsch_bot', 4251, { locale: 'de', displayName: 'Deutscher Bot' }),
    account('109384022838744469', 'admin', 4252, { role: 'admin', displayName: 'Admin' }),
  ];
  const apps: FakeApp[] = [
    {
      id: BOT_APP_ID,
      name: 'Release Bot',
      website: 'https://example.org/release-bot',
      // Doorkeeper grants a token only scopes among its app's registered strings (docs/mastodon-fidelity.md §5): the
      // granular ones the bot's tokens hold are registered beside the broad ones.
      scopes: [
        'read',
        'write',
        'follow',
        'push',
        'profile',
        'admin:read',
        'admin:write',
        'read:accounts',
        'write:statuses',
        'write:media',
      ],
      clientId: 'Zq8mWx3Lt6Rc1Yk9Vb2Nd5Ps7Hf4Gz0JeAa1Bb2Cc3',
      clientSecret: 'Xs5Lq1Wm7Rt3Yc9Vb2Nd8Ps4Hf6Gz0JeKk1Mm2Nn3',
      redirectUris: ['urn:ietf:wg:oauth:2.0:oob'],
    },
    {
      id: SERVICE_APP_ID,
      name: 'Service Worker',
      website: null,
      scopes: ['read', 'write'],
      clientId: 'Kc4Wq8Lm2Rt6Yx1Vb9Nd3Ps7Hf5Gz0JeDd1Ee2Ff3',
      clientSecret: 'Tm2Lq6Wx9Rc3Yk1Vb8Nd4Ps7Hf5Gz0JeGg1Hh2Ii3',
      redirectUris: ['urn:ietf:wg:oauth:2.0:oob'],
    },
  ];
  const userOf = (username: string) => accounts.find((a) => a.username === username)?.id ?? BOT_ACCOUNT_ID;
  const token = (t: string, scopes: string, extra: Partial<FakeToken> = {}): FakeToken => ({
    token: t,
    scopes: scopes.split(' '),
    app: BOT_APP_ID,
    account: BOT_ACCOUNT_ID,
    state: 'active',
    createdAt: DEMO_CREATED_AT,
    ...extra,
  });
  const appToken = (t: string, scopes: string): FakeToken => ({
    token: t,
    scopes: scopes.split(' '),
    app: SERVICE_APP_ID,
    state: 'active',
    createdAt: DEMO_CREATED_AT,
  });
  const tokens: FakeToken[] = [
    token(TOKEN_HEALTHY, 'profile write:statuses'),
    token(TOKEN_OVERSCOPED, 'read write follow push'),
    token(TOKEN_NARROW, 'write:statuses'),
    token(TOKEN_READ, 'read'),
    token(TOKEN_FOLLOW_ONLY, 'follow'),
    token(TOKEN_PUSH, 'push', { pushSubscription: true }),
    token(TOKEN_REVOKED, 'read write', { state: 'revoked' }),
    token(TOKEN_VACUUMED, 'read write', { state: 'vacuumed' }),
    token(TOKEN_EXPIRED, 'read write', { state: 'expired' }),
    token(TOKEN_SUSPENDED, 'read write', { account: userOf('suspended_bot') }),
    token(TOKEN_SUSPENDED_REVOKED, 'read write', { account: userOf('suspended_bot'), state: 'revoked' }),
    token(TOKEN_DELETION_REQUESTED, 'read write', { account: userOf('leaving_bot') }),
    token(TOKEN_DISABLED, 'read write', { account: userOf('disabled_bot') }),
    token(TOKEN_UNCONFIRMED, 'read write', { account: userOf('unconfirmed_bot') }),
    token(TOKEN_PENDING, 'read write', { account: userOf('pending_bot') }),
    token(TOKEN_MOVED, 'read write', { account: userOf('moved_bot') }),
    token(TOKEN_MEMORIAL, 'read write', { account: userOf('memorial_bot') }),
    token(TOKEN_MISSING_2FA, 'read write', { account: userOf('no2fa_bot') }),
    appToken(TOKEN_APP_ONLY, 'read'),
    appToken(TOKEN_APP_ONLY_NO_READ, 'write'),
    token(TOKEN_GERMAN, 'read write:statuses', { account: userOf('deutsch_bot') }),
    token(TOKEN_GERMAN_REVOKED, 'read write:statuses', { account: userOf('deutsch_bot'), state: 'revoked' }),
    token(TOKEN_ADMIN, 'admin:read admin:write', { account: userOf('admin') }),
    token(TOKEN_ADMIN_SCOPES_NO_ROLE, 'admin:read admin:write'),
  ];
  return { accounts, apps, tokens };
}
