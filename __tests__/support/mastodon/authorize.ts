/**
 * The OAuth authorization-code flow as Mastodon and Doorkeeper 5.9 run it, for the token commands' tests:
 * app registration with Doorkeeper's and Mastodon's validations (apps_controller.rb, Doorkeeper's application mixin
 * and RedirectUriValidator, ApplicationExtension), the authorize page and its form (pre_authorization.rb), the
 * out-of-band page that shows the code (oauth/authorizations/show.html.haml), and the code exchange with its errors
 * and PKCE (authorization_code_request.rb).
 *
 * A test has no browser session: the header `X-Test-Session-Account: <account id>` stands for a logged-in browser.
 * {@link approveInBrowser} does what the user does: open the authorize page, press Authorize, read the code.
 */
import { createHash, randomBytes } from 'node:crypto';
import { clientIdOf, credentialApplicationJson, errorPage } from './bodies.ts';
import { versionAtLeast, supportedScopes } from './routes.ts';
import { allParams, html, info, json, type Answer, type Incoming, type ServerState } from './state.ts';
import type { FakeApp, FakeToken } from './types.ts';

export const OOB = 'urn:ietf:wg:oauth:2.0:oob';
/** The test-only stand-in for a browser session cookie. */
export const SESSION_HEADER = 'x-test-session-account';
const CODE_LIFETIME_MS = 10 * 60 * 1000;

interface Grant {
  readonly code: string;
  readonly app: string;
  readonly account: string;
  readonly scopes: string[];
  readonly redirectUri: string;
  readonly challenge: string | undefined;
  readonly challengeMethod: string | undefined;
  readonly createdAt: number;
  revoked: boolean;
}

const grantsOf = new WeakMap<ServerState, Map<string, Grant>>();
function grants(s: ServerState): Map<string, Grant> {
  let map = grantsOf.get(s);
  if (!map) grantsOf.set(s, (map = new Map()));
  return map;
}

/** Doorkeeper's PKCE columns exist from Mastodon 4.3 (#31129); before, challenges are ignored. */
const pkceSupported = (s: ServerState) => versionAtLeast(s.version, '4.3.0');

// ---------------------------------------------------------------------------------------------------------------
// POST /api/v1/apps

/** `Doorkeeper::Application.create!`: every validation runs, and RecordInvalid joins the messages. */
export function createApp(s: ServerState, req: Incoming): Answer {
  const params = allParams(req);
  const name = params['client_name'] ?? '';
  const redirect = params['redirect_uris'] ?? Object.entries(params).find(([k]) => k === 'redirect_uris[]')?.[1] ?? '';
  // `app_params[:scopes] || default_scopes`: a present but blank value stays blank.
  const scopeText = params['scopes'] ?? 'read';
  const scopes = scopeText.split(/\s+/).filter(Boolean);
  const website = params['website'] ?? '';
  const errors: string[] = [];
  if (!name.trim()) errors.push("Application name can't be blank");
  if (!redirect.trim()) errors.push("Redirect URI can't be blank");
  else for (const uri of redirect.split(/\s+/).filter(Boolean)) errors.push(...redirectUriErrors(uri));
  const known = supportedScopes(s.version);
  if (scopes.length > 0 && scopes.some((x) => !known.includes(x))) {
    // Doorkeeper 5.9.1 (Mastodon 4.6) reworded the message.
    errors.push(
      versionAtLeast(s.version, '4.6.0')
        ? "Scopes doesn't match those configured on the server."
        : "Scopes doesn't match configured on the server.",
    );
  }
  if (name.length > 60) errors.push('Application name is too long (maximum is 60 characters)');
  if (redirect.length > 2000) errors.push('Redirect URI is too long (maximum is 2000 characters)');
  if (website && !/^https?:\/\/[^/\s]+/i.test(website)) errors.push('Application website is not a valid URL');
  if (website.length > 2000) errors.push('Application website is too long (maximum is 2000 characters)');
  if (errors.length) return json(422, { error: `Validation failed: ${errors.join(', ')}` });

  const id = String(s.nextId++);
  const app: FakeApp = {
    id,
    name,
    website: website || null,
    scopes,
    clientId: randomBytes(32).toString('base64url').slice(0, 43),
    clientSecret: randomBytes(32).toString('base64url').slice(0, 43),
    redirectUris: redirect.split(/\s+/).filter(Boolean),
  };
  s.apps.set(id, app);
  return json(200, credentialApplicationJson(info(s), app), {}, true);
}

/** Doorkeeper::RedirectUriValidator with Mastodon's forbid_redirect_uri and force_ssl_in_redirect_uri false. */
function redirectUriErrors(uri: string): string[] {
  if (uri === OOB || uri === 'urn:ietf:wg:oauth:2.0:oob:auto') return [];
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return [
      /^[a-z][a-z0-9+.-]*:/i.test(uri) ? 'Redirect URI must be a valid URI.' : 'Redirect URI must be an absolute URI.',
    ];
  }
  const out: string[] = [];
  if (['data:', 'vbscript:', 'javascript:'].includes(parsed.protocol))
    out.push('Redirect URI is forbidden by the server.');
  if (parsed.hash) out.push('Redirect URI cannot contain a fragment.');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// GET and POST /oauth/authorize, GET /oauth/authorize/native

interface PreAuth {
  readonly app: FakeApp;
  readonly scopes: string[];
  readonly redirectUri: string;
  readonly challenge: string | undefined;
  readonly challengeMethod: string | undefined;
}

type PreAuthError = { status: number; error: string; description: string };

/** PreAuthorization#validate, in Doorkeeper's order. */
function preAuthorize(s: ServerState, params: Record<string, string>): PreAuth | PreAuthError {
  const fail = (status: number, error: string, description: string): PreAuthError => ({ status, error, description });
  const clientId = params['client_id'];
  if (!clientId) return fail(400, 'invalid_request', 'Missing required parameter: client_id.');
  const app = [...s.apps.values()].find((a) => clientIdOf(a) === clientId);
  if (!app)
    return fail(
      401,
      'invalid_client',
      'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
    );
  const redirectUri = params['redirect_uri'] ?? '';
  if (!redirectUri || !(app.redirectUris ?? [OOB]).includes(redirectUri))
    return fail(
      400,
      'invalid_redirect_uri',
      "The requested redirect URI is malformed or doesn't match the client redirect URI.",
    );
  const responseType = params['response_type'];
  if (!responseType) return fail(400, 'invalid_request', 'Missing required parameter: response_type.');
  if (responseType !== 'code')
    return fail(400, 'unsupported_response_type', 'The authorization server does not support this response type.');
  // `scope` defaults to the server's default scopes (read) allowed by the app's.
  const scopeText = params['scope'] || (app.scopes.includes('read') || app.scopes.length === 0 ? 'read' : '');
  const scopes = scopeText.split(' ').filter(Boolean);
  const allowed = app.scopes.length > 0 ? app.scopes : supportedScopes(s.version);
  if (!scopeText || /[\n\r\t]/.test(scopeText) || scopes.some((x) => !allowed.includes(x)))
    return fail(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
  let challenge: string | undefined;
  let challengeMethod: string | undefined;
  if (pkceSupported(s) && params['code_challenge']) {
    challenge = params['code_challenge'];
    challengeMethod = params['code_challenge_method'];
    if (challengeMethod !== 'S256')
      return fail(400, 'invalid_code_challenge_method', 'The code_challenge_method must be S256.');
  }
  return { app, scopes, redirectUri, challenge, challengeMethod };
}

function sessionAccount(s: ServerState, req: Incoming): string | undefined {
  const id = req.headers[SESSION_HEADER];
  return id && s.accounts.has(id) ? id : undefined;
}

/** resource_owner_authenticator: `current_user || redirect_to(new_user_session_url)`. */
function signIn(s: ServerState): Answer {
  return {
    status: 302,
    headers: { Location: `${s.origin}/auth/sign_in`, 'Content-Type': 'text/html' },
    body: '',
    changed: false,
  };
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** oauth/authorizations/error.html.haml: the error description, as a page. */
function errorAnswer(e: PreAuthError): Answer {
  return html(e.status, errorPage(e.description, 'en'));
}

export function authorizePage(s: ServerState, req: Incoming): Answer {
  if (!sessionAccount(s, req)) return signIn(s);
  const pre = preAuthorize(s, allParams(req));
  if ('error' in pre) return errorAnswer(pre);
  const hidden = (name: string, value: string | undefined) =>
    `<input type="hidden" name="${name}" value="${escapeHtml(value ?? '')}" autocomplete="off">`;
  const body = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Authorization required - Mastodon</title></head>
<body><div class="form-container simple_form"><div class="oauth-prompt">
<h3>Authorization required</h3>
<p><strong>${escapeHtml(pre.app.name)}</strong> would like permission to access your account. <strong>Only approve this request if you recognize and trust this source.</strong></p>
<ul class="permissions-list">${pre.scopes.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>
<div class="actions"><form action="/oauth/authorize" accept-charset="UTF-8" method="post">
${hidden('client_id', clientIdOf(pre.app))}
${hidden('redirect_uri', pre.redirectUri)}
${hidden('code_challenge', pre.challenge)}
${hidden('code_challenge_method', pre.challengeMethod)}
${hidden('state', '')}
${hidden('response_type', 'code')}
${hidden('scope', pre.scopes.join(' '))}
<button type="submit" class="btn">Authorize</button></form></div></div></div></body></html>
`;
  return html(200, body, { 'Cache-Control': 'no-store' });
}

/** The Authorize button: a grant, then the redirect to the out-of-band page that shows its code. */
export function authorizeApprove(s: ServerState, req: Incoming): Answer {
  const account = sessionAccount(s, req);
  if (!account) return signIn(s);
  const pre = preAuthorize(s, allParams(req));
  if ('error' in pre) return errorAnswer(pre);
  const code = randomBytes(32).toString('base64url').slice(0, 43);
  grants(s).set(code, {
    code,
    app: pre.app.id,
    account,
    scopes: pre.scopes,
    redirectUri: pre.redirectUri,
    challenge: pre.challenge,
    challengeMethod: pre.challengeMethod,
    createdAt: Date.now(),
    revoked: false,
  });
  return {
    status: 302,
    headers: {
      Location: `${s.origin}/oauth/authorize/native?code=${encodeURIComponent(code)}`,
      'Content-Type': 'text/html',
    },
    body: '',
    changed: true,
  };
}

/** oauth/authorizations/show.html.haml: "Copy this authorization code and paste it to the application." */
export function nativeCodePage(s: ServerState, req: Incoming): Answer {
  if (!sessionAccount(s, req)) return signIn(s);
  const code = req.query.get('code') ?? '';
  return html(
    200,
    `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mastodon</title></head>
<body><div class="form-container"><div class="flash-message simple_form">
<p>Copy this authorization code and paste it to the application.</p>
<div class="input-copy"><div class="input-copy__wrapper"><input type="text" value="${escapeHtml(code)}" class="oauth-code" readonly spellcheck="false"></div>
<button class="button" type="button">Copy</button></div></div></div></body></html>
`,
    { 'Cache-Control': 'no-store' },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// POST /oauth/token, grant_type=authorization_code

export interface OAuthErrorAnswer {
  readonly status: number;
  readonly error: string;
  readonly description: string;
}

/**
 * AuthorizationCodeRequest: params, client, grant, redirect_uri, code_verifier, in that order. `client` is the app the
 * request authenticated as, or undefined. Answers a token, or the error Doorkeeper renders.
 */
export function exchangeCode(
  s: ServerState,
  params: Record<string, string>,
  client: FakeApp | undefined,
): { token: FakeToken; reused: boolean } | OAuthErrorAnswer {
  const grant = params['code'] ? grants(s).get(params['code']) : undefined;
  const verifier = params['code_verifier'];
  const usesPkce = pkceSupported(s) && grant?.challenge !== undefined;
  const missing = usesPkce && !verifier ? 'code_verifier' : !params['redirect_uri'] ? 'redirect_uri' : undefined;
  if (missing) return { status: 400, error: 'invalid_request', description: `Missing required parameter: ${missing}.` };
  const invalidGrant: OAuthErrorAnswer = {
    status: 400,
    error: 'invalid_grant',
    description:
      'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  };
  if (!client)
    return {
      status: 401,
      error: 'invalid_client',
      description:
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
    };
  if (!grant || grant.app !== client.id || grant.revoked || Date.now() - grant.createdAt > CODE_LIFETIME_MS)
    return invalidGrant;
  if (params['redirect_uri'] !== grant.redirectUri) return invalidGrant;
  if (pkceSupported(s)) {
    if (!verifier) {
      if (grant.challenge) return invalidGrant;
    } else if (
      grant.challengeMethod !== 'S256' ||
      grant.challenge !== createHash('sha256').update(verifier).digest('base64url')
    ) {
      return invalidGrant;
    }
  }
  grant.revoked = true;
  // reuse_access_token: an accessible token of the same app, owner and scopes is handed back.
  const same = [...s.tokens.values()].find(
    (t) =>
      t.app === client.id &&
      t.account === grant.account &&
      (t.state ?? 'active') === 'active' &&
      t.scopes.length === grant.scopes.length &&
      t.scopes.every((x) => grant.scopes.includes(x)),
  );
  if (same) return { token: same, reused: true };
  const token: FakeToken = {
    token: randomBytes(32).toString('base64url').slice(0, 43),
    scopes: [...grant.scopes],
    app: client.id,
    account: grant.account,
    state: 'active',
    createdAt: Math.floor(Date.now() / 1000),
  };
  s.tokens.set(token.token, token);
  return { token, reused: false };
}

// ---------------------------------------------------------------------------------------------------------------
// The user's part, for tests.

export interface Approval {
  readonly code: string;
  /** The authorize page's HTML, to check what it showed (the app's name, the scopes). */
  readonly page: string;
}

/**
 * What a person does in the browser: open the authorize address logged in as `accountId`, press Authorize, follow the
 * redirect and copy the code from the page. Throws with the page's text when the server refuses.
 */
export async function approveInBrowser(authorizeUrl: string, accountId: string): Promise<Approval> {
  const session = { [SESSION_HEADER]: accountId };
  const page = await fetch(authorizeUrl, { headers: session, redirect: 'manual' });
  const pageText = await page.text();
  if (page.status !== 200) throw new Error(`the authorize page answered ${page.status}: ${pageText.slice(0, 400)}`);
  const form = new URLSearchParams();
  for (const match of pageText.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    form.set(match[1] ?? '', unescapeHtml(match[2] ?? ''));
  }
  const origin = new URL(authorizeUrl).origin;
  const approved = await fetch(`${origin}/oauth/authorize`, {
    method: 'POST',
    headers: { ...session, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
  const location = approved.headers.get('location');
  await approved.text();
  if (approved.status !== 302 || !location) throw new Error(`Authorize answered ${approved.status}`);
  const shown = await fetch(new URL(location, origin), { headers: session, redirect: 'manual' });
  const shownText = await shown.text();
  const code = /class="oauth-code"/.test(shownText)
    ? /value="([^"]*)" class="oauth-code"/.exec(shownText)?.[1]
    : undefined;
  if (!code) throw new Error(`the code page answered ${shown.status} without a code`);
  return { code: unescapeHtml(code), page: pageText };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
