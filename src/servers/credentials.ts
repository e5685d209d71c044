/**
 * What verify_credentials (and, where it helps, apps/verify_credentials) says about a token on a server that is not
 * Mastodon, by that server's own answers (docs/servers/*.md §3). Pure. Every text matched here is the server's
 * fixed English text; anything else is no known answer, never a guessed dead token.
 */
import { readAccount, describeFailure, errorText, type CredentialsFacts, type Outcome } from '../mastodon/answers.ts';
import { displayName, type ServerIdentity } from './identity.ts';

/** GoToSocial's 401 texts: `"Unauthorized: " + text` (internal/api/util/auth.go:108-126). */
const GTS_NO_TOKEN = 'Unauthorized: token not supplied';
const GTS_NO_APP = 'Unauthorized: application not supplied';
const GTS_NO_USER = 'Unauthorized: user not supplied or not authorized';
const GTS_NO_ACCOUNT = 'Unauthorized: account not supplied or not authorized';
const GTS_SCOPE = 'Forbidden: token has insufficient scope permission';

/** Pleroma's and Akkoma's 403 texts (ensure_authenticated_plug.ex:42, o_auth_scopes_plug.ex:37). */
const PLEROMA_NO_USER = 'Invalid credentials.';
const PLEROMA_SCOPE = /^Insufficient permissions: /;

export function readCredentialsOn(
  server: ServerIdentity,
  credentials: Outcome,
  app: Outcome | undefined,
): CredentialsFacts {
  switch (server.family) {
    case 'gotosocial':
      return readGoToSocial(credentials);
    case 'pleroma':
    case 'akkoma':
      return readPleroma(server, credentials, app);
    case 'misskey':
      return { kind: 'unreachable', detail: notSupported(server) };
    default:
      return readUnknown(server, credentials);
  }
}

function readGoToSocial(outcome: Outcome): CredentialsFacts {
  if (!outcome.ok) return { kind: 'unreachable', detail: outcome.error.message };
  const r = outcome.response;
  const error = errorText(r);
  if (r.status === 200) return accountOr(r, 'GoToSocial');
  if (r.status === 401 && (error === GTS_NO_TOKEN || error === GTS_NO_APP)) {
    return {
      kind: 'rejected',
      state: 'invalid',
      detail: `${error}: GoToSocial deletes a revoked token, so an unknown and a revoked token answer alike`,
    };
  }
  if (r.status === 401 && error === GTS_NO_USER) {
    return { kind: 'refused', causes: ['app-only', 'account-unusable'], detail: error };
  }
  if (r.status === 401 && error === GTS_NO_ACCOUNT) {
    return { kind: 'account-unusable', problem: 'suspended-or-disabled', detail: error };
  }
  if (r.status === 403 && error === GTS_SCOPE) return { kind: 'narrow' };
  return { kind: 'unreachable', detail: unknownAnswer(r, 'GoToSocial') };
}

function readPleroma(server: ServerIdentity, outcome: Outcome, app: Outcome | undefined): CredentialsFacts {
  const name = server.family === 'akkoma' ? 'Akkoma' : 'Pleroma';
  if (!outcome.ok) return { kind: 'unreachable', detail: outcome.error.message };
  const r = outcome.response;
  const error = errorText(r);
  if (r.status === 200) return accountOr(r, name);
  if (r.status === 403 && error !== undefined && PLEROMA_SCOPE.test(error)) return { kind: 'narrow' };
  if (r.status === 403 && error === PLEROMA_NO_USER) {
    // apps/verify_credentials renders the app for any token still assigned: a live token with an active account,
    // or an app-only token. verify_credentials refused a user, so a 200 there means no user stands behind it.
    if (app?.ok && app.response.status === 200 && typeof errorText(app.response) !== 'string' && hasName(app))
      return { kind: 'app-only' };
    // No token assigned: unknown, revoked, expired, or the account is not active. The server says nothing more.
    if (app?.ok && app.response.status !== 200 && app.response.status < 500 && app.response.status !== 429)
      return { kind: 'refused', causes: ['dead-token', 'account-unusable'], detail: error };
    return {
      kind: 'unreachable',
      detail: `${name} refused the credentials (${error}), and apps/verify_credentials, which tells an app-only token from a dead one, got no usable answer${app && !app.ok ? ` (${app.error.message})` : app ? ` (${describeFailure(app.response)})` : ''}`,
    };
  }
  return { kind: 'unreachable', detail: unknownAnswer(r, name) };
}

/**
 * A server that speaks the API but whose rules this check does not know: only an account in a 200 answer is
 * certain. A 401 or 403 could mean anything there, so it is never read as a dead token.
 */
function readUnknown(server: ServerIdentity, outcome: Outcome): CredentialsFacts {
  if (!outcome.ok) return { kind: 'unreachable', detail: outcome.error.message };
  const r = outcome.response;
  if (r.status === 200) {
    const account = readAccount(r.json);
    if (account) return { kind: 'account', account };
  }
  return {
    kind: 'unreachable',
    detail: `${describeFailure(r)}. The instance runs ${displayName(server)}, whose token rules this check does not know, so this answer is not read as a verdict on the token`,
  };
}

function accountOr(r: Extract<Outcome, { ok: true }>['response'], software: string): CredentialsFacts {
  const account = readAccount(r.json);
  return account
    ? { kind: 'account', account }
    : { kind: 'unreachable', detail: `${describeFailure(r)}: not ${software}'s account answer` };
}

function hasName(outcome: Outcome): boolean {
  if (!outcome.ok) return false;
  const body = outcome.response.json;
  return body !== null && typeof body === 'object' && typeof (body as Record<string, unknown>)['name'] === 'string';
}

function unknownAnswer(r: Extract<Outcome, { ok: true }>['response'], software: string): string {
  return `${describeFailure(r)}, which is not one of ${software}'s answers (a proxy, a maintenance page, or a version whose answers differ?)`;
}

export function notSupported(server: ServerIdentity): string {
  return `the instance runs ${displayName(server)}, which does not speak Mastodon's client API: its tokens cannot be checked here`;
}
