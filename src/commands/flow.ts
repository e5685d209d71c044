/**
 * The steps `mint` and `rotate` share: register an app with exactly the scopes, have the user approve it, exchange
 * the code, and check the new token with the same engine as `check`.
 */
import { checkToken } from '../check.ts';
import { InputErrors } from '../inputs/errors.ts';
import type { Instance } from '../inputs/instance.ts';
import type { Report } from '../report/model.ts';
import { mastodonLinks } from '../servers/pages.ts';
import { parseSettings } from '../inputs/settings.ts';
import type { Console } from './console.ts';
import { PartiallyStored, StepError } from './errors.ts';
import type { StoredCredentials } from './credentials-file.ts';
import type { TokenStore } from './stores.ts';
import type { CommandHttp } from './http.ts';
import {
  CODE_LIFETIME_MINUTES,
  authorizeUrl,
  createPkce,
  exchangeCode,
  readServerMetadata,
  registerApp,
  revokeToken,
  tokenLiveness,
  type RegisteredApp,
} from './oauth.ts';
import { PromptCancelled, type LineReader } from './prompt.ts';

export interface NewTokenPlan {
  readonly instance: Instance;
  readonly scopes: readonly string[];
  readonly appName: string;
  readonly website: string | undefined;
  readonly browser: boolean;
  readonly timeoutSeconds: number;
}

export interface NewToken {
  readonly app: RegisteredApp;
  readonly token: string;
}

/** What has been made so far, so that a failure can say which token is live and clean up an unstored one. */
export interface Progress {
  app?: RegisteredApp;
  token?: string;
  /** The code exchange got no answer: a token may exist that this run never saw. */
  exchangeUnanswered?: boolean;
  stored: string[];
}

export async function obtainToken(
  con: Console,
  http: CommandHttp,
  plan: NewTokenPlan,
  reader: () => LineReader,
  progress: Progress,
): Promise<NewToken> {
  const metadata = await readServerMetadata(http);
  const unsupported = metadata.scopesSupported ? plan.scopes.filter((s) => !metadata.scopesSupported?.includes(s)) : [];
  if (unsupported.length > 0) {
    throw new StepError(
      `${plan.instance.host} does not offer the scope${unsupported.length > 1 ? 's' : ''} ${unsupported.join(' ')} (its OAuth metadata lists the scopes it has; \`profile\` needs Mastodon 4.3, \`read:collections\`/\`write:collections\` 4.6).`,
    );
  }
  con.done(
    metadata.pkceS256
      ? `Server: ${plan.instance.host} supports PKCE (S256); the code is bound to this run.`
      : `Server: ${plan.instance.host} publishes no PKCE support (Mastodon before 4.3); the flow goes without it.`,
  );

  const app = await registerApp(http, { name: plan.appName, website: plan.website, scopes: plan.scopes }, con.redact);
  con.secret(app.clientSecret);
  progress.app = app;
  con.done(`App registered: "${app.name}" with the scopes ${app.scopes.join(' ')}.`);

  const pkce = metadata.pkceS256 ? createPkce() : undefined;
  if (pkce) con.secret(pkce.verifier);
  const url = authorizeUrl(plan.instance.origin, app.clientId, plan.scopes, pkce);
  const lines = reader();
  con.line(
    `Approve it: open this address in a browser, logged in as the bot's account (not your own), check the scopes,\nand press Authorize:\n\n  ${url}\n`,
  );
  if (plan.browser && lines.interactive) con.io.openBrowser?.(url);
  if (!lines.interactive) con.line('Reading the authorization code from standard input (one line).');
  let code: string;
  try {
    code = await lines.readSecret(
      lines.interactive
        ? `Paste the authorization code the page shows (it is not echoed; valid ${CODE_LIFETIME_MINUTES} minutes): `
        : '',
    );
  } catch (error) {
    if (error instanceof PromptCancelled)
      throw new StepError(
        `No authorization code was read: ${error.message}. Without a terminal, the code is read as one line of standard input.`,
      );
    throw error;
  }
  con.secret(code);
  if (!code) throw new StepError('The authorization code was empty. Run the command again and paste the code.');
  if (/\s/.test(code) || code.length > 512) {
    throw new StepError('What was pasted is not an authorization code (it has spaces, or is too long).');
  }

  let issued;
  try {
    issued = await exchangeCode(http, app, code, pkce, con.redact);
  } catch (error) {
    // No answer (network, timeout): the server may have issued a token all the same.
    if (!(error instanceof StepError)) progress.exchangeUnanswered = true;
    throw error;
  }
  con.secret(issued.accessToken);
  progress.token = issued.accessToken;
  con.done(`Token issued${issued.scopes.length ? ` for ${issued.scopes.join(' ')}` : ''}.`);
  return { app, token: issued.accessToken };
}

/** The `check` engine on the new token: active, and its scopes exactly the ones asked for. */
export async function checkNewToken(
  con: Console,
  plan: Pick<NewTokenPlan, 'instance' | 'scopes' | 'timeoutSeconds'>,
  token: string,
): Promise<Report> {
  let report: Report;
  try {
    const settings = parseSettings(
      {
        instance: plan.instance.origin,
        token,
        'required-scopes': plan.scopes.join(' '),
        'on-excess': 'fail',
        'on-missing': 'fail',
        'timeout-seconds': String(plan.timeoutSeconds),
      },
      { eventName: 'cli', actor: '' },
    );
    report = await checkToken(settings);
  } catch (error) {
    if (error instanceof InputErrors) throw new StepError(`The new token could not be checked: ${error.message}`);
    throw error;
  }
  const granted = new Set(report.scopes.granted);
  const exact =
    granted.size === plan.scopes.length &&
    plan.scopes.every((s) => granted.has(s)) &&
    report.scopes.source !== undefined;
  if (report.tokenState !== 'active' || !exact) {
    const why =
      report.tokenState !== 'active'
        ? `the instance reports it as ${report.tokenState}`
        : report.scopes.source === undefined
          ? 'its scopes could not be read'
          : `it holds ${report.scopes.granted.join(' ') || 'no scopes'}, not exactly ${plan.scopes.join(' ')}`;
    throw new StepError(`The new token failed its check: ${why} (status ${report.status}).`);
  }
  const who = report.account ? `account ${report.account.handle}` : 'account not readable with these scopes';
  const source = report.scopes.source === 'app' ? ' (from its app: an upper bound)' : '';
  con.done(`Checked: active, ${who}, scopes exactly ${plan.scopes.join(' ')}${source}.`);
  return report;
}

/**
 * A new token that will not be stored is revoked at once: nobody could use it, and a live token nobody knows of is
 * one more to leak. Says what happened; never throws.
 */
export async function discardUnstored(con: Console, http: CommandHttp, progress: Progress): Promise<string> {
  if (progress.app && !progress.token && progress.exchangeUnanswered) {
    return `The code exchange got no answer: if it reached the server, the app "${progress.app.name}" holds a token nobody has; revoke that app under Authorized apps (${authorizedAppsUrl(http.origin)}) to be sure.`;
  }
  if (!progress.token || !progress.app) {
    return progress.app
      ? `An app "${progress.app.name}" was registered but holds no token; it can do nothing (delete it under Authorized apps if you like).`
      : 'No new token was made.';
  }
  try {
    await revokeToken(http, progress.app, progress.token, con.redact);
    const { liveness } = await tokenLiveness(http, progress.token);
    if (liveness === 'dead') return 'The new token was not stored, and was revoked.';
  } catch {
    // reported below
  }
  return `The new token was not stored and could not be revoked: revoke the app "${progress.app.name}" under Authorized apps (${authorizedAppsUrl(http.origin)}).`;
}

export function authorizedAppsUrl(origin: string): string {
  return mastodonLinks(origin).authorizedApps;
}

/** What is stored of a new token: enough to use it, and to revoke it later with its app's credentials. */
export function credentialsOf(plan: Pick<NewTokenPlan, 'instance' | 'scopes'>, minted: NewToken): StoredCredentials {
  return {
    instance: plan.instance.origin,
    token: minted.token,
    clientId: minted.app.clientId,
    clientSecret: minted.app.clientSecret,
    scopes: plan.scopes,
  };
}

/** Stores the new token everywhere asked, in order; `progress.stored` says where it is, also when one store fails. */
export async function storeAll(
  con: Console,
  stores: readonly TokenStore[],
  credentials: StoredCredentials,
  progress: Progress,
): Promise<void> {
  for (const store of stores) {
    try {
      await store.store(credentials);
    } catch (error) {
      if (error instanceof PartiallyStored) progress.stored.push(error.where);
      throw error;
    }
    progress.stored.push(store.where);
    con.done(`Stored: ${store.where}.`);
  }
}
