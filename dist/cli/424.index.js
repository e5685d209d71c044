export const id = 424;
export const ids = [424];
export const modules = {

/***/ 9255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ PartiallyStored),
/* harmony export */   Tn: () => (/* binding */ serverText),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9997);
/** Failures of the token commands: each message says what failed, why, and what to do. */

/** Exit status 2: the command line was wrong; nothing was done on any server. */
class UsageError extends Error {
    name = 'UsageError';
}
/** Exit status 1: a step failed. The message is the step's own; the orchestrator adds which token is live. */
class StepError extends Error {
    name = 'StepError';
}
/** A store that took the token but not all that goes beside it: the token is live there, and must not be revoked. */
class PartiallyStored extends StepError {
    /** Where the token now is, in words. */
    where;
    constructor(message, where) {
        super(message);
        this.where = where;
    }
}
/**
 * Text a server chose (an error description, a header), made safe to print: secrets removed first (a clipped token
 * would slip past redaction), then the one sanitiser (util/text.ts), in quotes.
 */
function serverText(text, redact) {
    return `"${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(redact(text))}"`;
}


/***/ }),

/***/ 8424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWithProcess: () => (/* binding */ runWithProcess)
});

// UNUSED EXPORTS: TOKEN_COMMANDS, USAGE, openBrowser, runTokenCommand

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(9997);
;// CONCATENATED MODULE: ./src/commands/console.ts


class Console {
    secrets = new Set();
    redactor = (0,redact/* createRedactor */.lY)([]);
    step = 0;
    io;
    constructor(io) {
        this.io = io;
    }
    /** Every later line is cleaned of these values. */
    secret(...values) {
        let added = false;
        for (const value of values) {
            for (const form of [value, value?.trim()]) {
                if (form && form.length >= 4 && !this.secrets.has(form)) {
                    this.secrets.add(form);
                    added = true;
                }
            }
        }
        if (added)
            this.redactor = (0,redact/* createRedactor */.lY)([...this.secrets]);
    }
    redact = (text) => this.redactor(text);
    /** A numbered step line. */
    done(text) {
        this.step += 1;
        this.line(`${this.step}. ${text}`);
    }
    line(text = '') {
        this.io.stderr(`${this.redact(text).split('\n').map(util_text/* printableLine */.oy).join('\n')}\n`);
    }
    /** Standard output, unredacted: only for what the user asked to see there (`--print`). */
    printSecretBlock(text) {
        this.io.stdout(text);
    }
}

// EXTERNAL MODULE: ./src/commands/errors.ts
var errors = __webpack_require__(9255);
// EXTERNAL MODULE: ./src/check.ts + 22 modules
var check = __webpack_require__(8440);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var inputs_errors = __webpack_require__(1318);
// EXTERNAL MODULE: ./src/servers/pages.ts
var pages = __webpack_require__(8468);
// EXTERNAL MODULE: ./src/inputs/settings.ts + 1 modules
var inputs_settings = __webpack_require__(164);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/commands/oauth.ts
/**
 * Mastodon's out-of-band OAuth flow, call by call, as Mastodon and Doorkeeper answer it (reference §8; Mastodon
 * app/controllers/api/v1/apps_controller.rb, config/initializers/doorkeeper.rb and rack_attack.rb; Doorkeeper 5.9
 * pre_authorization.rb, authorization_code_request.rb, tokens_controller.rb).
 */



/** Doorkeeper's native redirect: the code is shown on a page of the instance instead of sent anywhere. */
const OOB_REDIRECT = 'urn:ietf:wg:oauth:2.0:oob';
/** ApplicationExtension::APP_NAME_LIMIT. */
const APP_NAME_LIMIT = 60;
/** Doorkeeper's authorization_code_expires_in default, which Mastodon keeps. */
const CODE_LIFETIME_MINUTES = 10;
/**
 * RFC 8414 metadata, which Mastodon serves from 4.3 on. Only capabilities are read from it: the endpoints it names
 * carry the server's own host name (LOCAL_DOMAIN), and credentials go only to the origin the user gave.
 */
async function readServerMetadata(http) {
    const r = await http.request('/.well-known/oauth-authorization-server');
    const body = (0,records/* asRecord */.q)(r.json);
    if (r.status !== 200 || !body)
        return { pkceS256: false, scopesSupported: undefined };
    const methods = body['code_challenge_methods_supported'];
    const scopes = body['scopes_supported'];
    return {
        pkceS256: Array.isArray(methods) && methods.includes('S256'),
        scopesSupported: Array.isArray(scopes) ? scopes.filter((s) => typeof s === 'string') : undefined,
    };
}
/** POST /api/v1/apps: an app with exactly these scopes and the out-of-band redirect. */
async function registerApp(http, app, redact) {
    const form = {
        client_name: app.name,
        redirect_uris: OOB_REDIRECT,
        scopes: app.scopes.join(' '),
    };
    if (app.website)
        form['website'] = app.website;
    const r = await http.request('/api/v1/apps', { method: 'POST', form });
    if (r.status === 429)
        throw new errors/* StepError */.zg(`Registering the app was refused: ${rateLimitAdvice(r)}`);
    if (r.status === 422) {
        throw new errors/* StepError */.zg(`The server refused to register the app: ${(0,errors/* serverText */.Tn)(errorOf(r) ?? r.text, redact)}. Fix what it names (--app-name, --website, --scopes) and run the command again.`);
    }
    const body = (0,records/* asRecord */.q)(r.json);
    const clientId = body?.['client_id'];
    const clientSecret = body?.['client_secret'];
    if (r.status !== 200 || typeof clientId !== 'string' || typeof clientSecret !== 'string') {
        throw new errors/* StepError */.zg(`Registering the app failed: ${describeAnswer(r, redact)}.`);
    }
    assertCredentialShape('client id', clientId);
    assertCredentialShape('client secret', clientSecret);
    // Mastodon 4.3+ answers with the registered scopes: they must be the ones asked for.
    const registered = body?.['scopes'];
    if (Array.isArray(registered) && !sameSet(registered.map(String), app.scopes)) {
        throw new errors/* StepError */.zg(`The server registered the app with the scopes ${(0,errors/* serverText */.Tn)(registered.join(' '), redact)}, not the ones asked for (${app.scopes.join(' ')}).`);
    }
    return { name: app.name, scopes: app.scopes, clientId, clientSecret };
}
/**
 * Mastodon allows 5 app registrations per 10 minutes from one address (rack_attack.rb,
 * throttle_oauth_application_registrations/ip), and says when the window ends only in X-RateLimit-Reset.
 */
function rateLimitAdvice(r, now = Date.now()) {
    const reset = Date.parse(r.headers['x-ratelimit-reset'] ?? '');
    const limit = r.headers['x-ratelimit-limit'];
    const what = `the server allows ${limit && /^\d+$/.test(limit) ? limit : 'only a few'} app registrations per address in a time window (Mastodon: 5 per 10 minutes)`;
    if (!Number.isFinite(reset))
        return `${what}; try again in 10 minutes.`;
    const at = new Date(Math.ceil(reset / 1000) * 1000);
    const minutes = Math.max(1, Math.ceil((reset - now) / 60_000));
    return `${what}; try again after ${at.toISOString().slice(11, 19)} UTC (in about ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}
/** RFC 7636: a 43-character verifier from 32 random bytes, and its S256 challenge. */
function createPkce() {
    const verifier = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
    return { verifier, challenge: (0,external_node_crypto_.createHash)('sha256').update(verifier).digest('base64url') };
}
/** The address the user opens, logged in as the bot's account, to approve the app. */
function authorizeUrl(origin, clientId, scopes, pkce) {
    const query = new URLSearchParams({
        client_id: clientId,
        redirect_uri: OOB_REDIRECT,
        response_type: 'code',
        scope: scopes.join(' '),
        // Mastodon shows the approval page even when this browser already approved the app (authorizations_controller).
        force_login: 'true',
    });
    if (pkce) {
        query.set('code_challenge', pkce.challenge);
        query.set('code_challenge_method', 'S256');
    }
    return `${origin}/oauth/authorize?${query.toString()}`;
}
/** POST /oauth/token with grant_type=authorization_code, the client authenticated with HTTP Basic. */
async function exchangeCode(http, client, code, pkce, redact) {
    const form = { grant_type: 'authorization_code', code, redirect_uri: OOB_REDIRECT };
    // Only with a challenge: Doorkeeper refuses a verifier for a grant that had none (validate_code_verifier).
    if (pkce)
        form['code_verifier'] = pkce.verifier;
    const r = await http.request('/oauth/token', { method: 'POST', form, client });
    const body = (0,records/* asRecord */.q)(r.json);
    if (r.status === 200 && typeof body?.['access_token'] === 'string') {
        const accessToken = body['access_token'];
        assertCredentialShape('access token', accessToken);
        const scope = typeof body['scope'] === 'string' ? body['scope'] : '';
        return { accessToken, scopes: scope.split(/\s+/).filter(Boolean) };
    }
    const error = typeof body?.['error'] === 'string' ? body['error'] : undefined;
    const description = typeof body?.['error_description'] === 'string' ? body['error_description'] : undefined;
    const says = description ? ` (the server says ${(0,errors/* serverText */.Tn)(description, redact)})` : '';
    switch (error) {
        case 'invalid_grant':
            throw new errors/* StepError */.zg(`The authorization code was not accepted${says}: it was mistyped, already used, is older than ${CODE_LIFETIME_MINUTES} minutes, or was made for another app. Run the command again and paste the code shown after you press Authorize.`);
        case 'invalid_request':
            throw new errors/* StepError */.zg(`The server refused the code exchange as malformed${says}.`);
        case 'invalid_client':
            throw new errors/* StepError */.zg(`The server did not accept the new app's client id and secret${says}.`);
        default:
            throw new errors/* StepError */.zg(`Exchanging the code for a token failed: ${describeAnswer(r, redact)}.`);
    }
}
/**
 * POST /oauth/revoke (RFC 7009) with the app's client credentials. A 200 proves nothing (it is also the answer for a
 * token the server does not know), so the caller confirms with {@link tokenLiveness}.
 */
async function revokeToken(http, client, token, redact) {
    const r = await http.request('/oauth/revoke', { method: 'POST', form: { token }, client });
    if (r.status === 200)
        return;
    if (r.status === 403 || r.status === 401) {
        throw new errors/* StepError */.zg(`The server refused to revoke the token${errorOf(r) ? ` (${(0,errors/* serverText */.Tn)(errorOf(r) ?? '', redact)})` : ''}: the client id and secret given are wrong, or belong to another app than the one that made this token.`);
    }
    throw new errors/* StepError */.zg(`Revoking the token failed: ${describeAnswer(r, redact)}.`);
}
/**
 * Whether the instance still accepts the token: verify_credentials answers 401 for a revoked or unknown token, and
 * anything else for one it accepts (200, 403 outside the scopes, 422 app-only). A disabled account's 403 comes before
 * Doorkeeper looks at the token, so token info, which skips Mastodon's callbacks, decides then.
 */
async function tokenLiveness(http, token) {
    const r = await http.request('/api/v1/accounts/verify_credentials', { bearer: token });
    if (r.status === 401)
        return { liveness: 'dead', detail: 'verify_credentials answers 401' };
    if (r.status === 200 || r.status === 422 || (r.status === 403 && /scopes/i.test(errorOf(r) ?? ''))) {
        return { liveness: 'live', detail: `verify_credentials answers ${r.status}` };
    }
    const info = await http.request('/oauth/token/info', { bearer: token });
    if (info.status === 401)
        return { liveness: 'dead', detail: `token info answers 401` };
    if (info.status === 200)
        return { liveness: 'live', detail: 'token info answers 200' };
    return {
        liveness: 'unknown',
        detail: `verify_credentials answers ${r.status} and token info ${info.status}`,
    };
}
/** The user id behind a token (token info's resource_owner_id), to tell whether two tokens are the same account's. */
async function tokenOwner(http, token) {
    const r = await http.request('/oauth/token/info', { bearer: token });
    const owner = (0,records/* asRecord */.q)(r.json)?.['resource_owner_id'];
    return r.status === 200 && (typeof owner === 'number' || typeof owner === 'string') ? String(owner) : undefined;
}
/**
 * A credential the server chose is written into files and secrets: it must look like one (Doorkeeper's are URL-safe
 * Base64), so that a hostile answer cannot put a line break or a second variable into what is stored.
 */
function assertCredentialShape(what, value) {
    if (!/^[A-Za-z0-9._~+/=-]{8,512}$/.test(value)) {
        throw new errors/* StepError */.zg(`The server sent ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} that is not of the form OAuth credentials have; it was not used.`);
    }
}
function describeAnswer(r, redact) {
    const error = errorOf(r);
    if (r.status === 429)
        return `rate limited (429); ${rateLimitAdvice(r)}`;
    if (error)
        return `${r.method} ${r.path} answered ${r.status} ${(0,errors/* serverText */.Tn)(error, redact)}`;
    if (r.json === undefined)
        return `${r.method} ${r.path} answered ${r.status} without JSON (${r.headers['content-type'] ?? 'no content type'}): is this a Mastodon server?`;
    return `${r.method} ${r.path} answered ${r.status} with an answer Mastodon does not give`;
}
function errorOf(r) {
    const body = (0,records/* asRecord */.q)(r.json);
    const description = body?.['error_description'];
    const error = body?.['error'];
    return typeof description === 'string' ? description : typeof error === 'string' ? error : undefined;
}
function sameSet(a, b) {
    const x = new Set(a);
    const y = new Set(b);
    return x.size === y.size && [...x].every((s) => y.has(s));
}

;// CONCATENATED MODULE: ./src/commands/prompt.ts
class PromptCancelled extends Error {
    name = 'PromptCancelled';
}
function createLineReader(input, promptOutput) {
    return input.isTTY && typeof input.setRawMode === 'function'
        ? terminalReader(input, promptOutput)
        : pipeReader(input);
}
/** Raw mode: the terminal shows nothing of what is typed or pasted; Enter ends the line, Ctrl-C cancels. */
function terminalReader(input, output) {
    return {
        interactive: true,
        readSecret(prompt) {
            // Echo off before the prompt shows: whatever is typed once it is visible is never echoed.
            input.setRawMode?.(true);
            output.write(prompt);
            return new Promise((resolve, reject) => {
                let line = '';
                let escape = false;
                const finish = (error) => {
                    input.off('data', onData);
                    input.setRawMode?.(false);
                    input.pause();
                    output.write('\n');
                    if (error)
                        reject(error);
                    else
                        resolve(line.trim());
                };
                const onData = (chunk) => {
                    for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
                        if (escape) {
                            // The rest of an escape sequence (arrow keys, bracketed paste markers): letters and ~ end it.
                            if (/[A-Za-z~]/.test(char))
                                escape = false;
                            continue;
                        }
                        if (char === '\r' || char === '\n')
                            return finish();
                        if (char === '\u0003')
                            return finish(new PromptCancelled('cancelled (Ctrl-C)'));
                        if (char === '\u0004') {
                            if (line === '')
                                return finish(new PromptCancelled('cancelled (end of input)'));
                            return finish();
                        }
                        if (char === '\u007f' || char === '\b')
                            line = line.slice(0, -1);
                        else if (char === '\u0015')
                            line = '';
                        else if (char === '\u001b')
                            escape = true;
                        else if (char >= ' ')
                            line += char;
                    }
                };
                input.on('data', onData);
                input.resume();
            });
        },
        close() {
            input.setRawMode?.(false);
            input.pause();
        },
    };
}
/** Standard input as a pipe: one line per question, in order; the end of input before a line is an error. */
function pipeReader(input) {
    let buffered = '';
    let ended = false;
    let waiting;
    const wake = () => {
        const w = waiting;
        waiting = undefined;
        w?.();
    };
    input.setEncoding('utf8');
    input.on('data', (chunk) => {
        buffered += chunk;
        wake();
    });
    input.on('end', () => {
        ended = true;
        wake();
    });
    input.on('error', () => {
        ended = true;
        wake();
    });
    return {
        interactive: false,
        async readSecret() {
            for (;;) {
                const newline = buffered.indexOf('\n');
                if (newline >= 0 || (ended && buffered !== '')) {
                    const line = newline >= 0 ? buffered.slice(0, newline) : buffered;
                    buffered = newline >= 0 ? buffered.slice(newline + 1) : '';
                    return line.trim();
                }
                if (ended)
                    throw new PromptCancelled('standard input ended before a line was read');
                await new Promise((resolve) => (waiting = resolve));
            }
        },
        close() {
            input.pause();
            input.removeAllListeners('data');
            input.destroy();
        },
    };
}

;// CONCATENATED MODULE: ./src/commands/flow.ts
/**
 * The steps `mint` and `rotate` share: register an app with exactly the scopes, have the user approve it, exchange
 * the code, and check the new token with the same engine as `check`.
 */







async function obtainToken(con, http, plan, reader, progress) {
    const metadata = await readServerMetadata(http);
    const unsupported = metadata.scopesSupported ? plan.scopes.filter((s) => !metadata.scopesSupported?.includes(s)) : [];
    if (unsupported.length > 0) {
        throw new errors/* StepError */.zg(`${plan.instance.host} does not offer the scope${unsupported.length > 1 ? 's' : ''} ${unsupported.join(' ')} (its OAuth metadata lists the scopes it has; \`profile\` needs Mastodon 4.3, \`read:collections\`/\`write:collections\` 4.6).`);
    }
    con.done(metadata.pkceS256
        ? `Server: ${plan.instance.host} supports PKCE (S256); the code is bound to this run.`
        : `Server: ${plan.instance.host} publishes no PKCE support (Mastodon before 4.3); the flow goes without it.`);
    const app = await registerApp(http, { name: plan.appName, website: plan.website, scopes: plan.scopes }, con.redact);
    con.secret(app.clientSecret);
    progress.app = app;
    con.done(`App registered: "${app.name}" with the scopes ${app.scopes.join(' ')}.`);
    const pkce = metadata.pkceS256 ? createPkce() : undefined;
    if (pkce)
        con.secret(pkce.verifier);
    const url = authorizeUrl(plan.instance.origin, app.clientId, plan.scopes, pkce);
    const lines = reader();
    con.line(`Approve it: open this address in a browser, logged in as the bot's account (not your own), check the scopes,\nand press Authorize:\n\n  ${url}\n`);
    if (plan.browser && lines.interactive)
        con.io.openBrowser?.(url);
    if (!lines.interactive)
        con.line('Reading the authorization code from standard input (one line).');
    let code;
    try {
        code = await lines.readSecret(lines.interactive
            ? `Paste the authorization code the page shows (it is not echoed; valid ${CODE_LIFETIME_MINUTES} minutes): `
            : '');
    }
    catch (error) {
        if (error instanceof PromptCancelled)
            throw new errors/* StepError */.zg(`No authorization code was read: ${error.message}. Without a terminal, the code is read as one line of standard input.`);
        throw error;
    }
    con.secret(code);
    if (!code)
        throw new errors/* StepError */.zg('The authorization code was empty. Run the command again and paste the code.');
    if (/\s/.test(code) || code.length > 512) {
        throw new errors/* StepError */.zg('What was pasted is not an authorization code (it has spaces, or is too long).');
    }
    let issued;
    try {
        issued = await exchangeCode(http, app, code, pkce, con.redact);
    }
    catch (error) {
        // No answer (network, timeout): the server may have issued a token all the same.
        if (!(error instanceof errors/* StepError */.zg))
            progress.exchangeUnanswered = true;
        throw error;
    }
    con.secret(issued.accessToken);
    progress.token = issued.accessToken;
    con.done(`Token issued${issued.scopes.length ? ` for ${issued.scopes.join(' ')}` : ''}.`);
    return { app, token: issued.accessToken };
}
/** The `check` engine on the new token: active, and its scopes exactly the ones asked for. */
async function checkNewToken(con, plan, token) {
    let report;
    try {
        const settings = (0,inputs_settings/* parseSettings */.P$)({
            instance: plan.instance.origin,
            token,
            'required-scopes': plan.scopes.join(' '),
            'on-excess': 'fail',
            'on-missing': 'fail',
            'timeout-seconds': String(plan.timeoutSeconds),
        }, { eventName: 'cli', actor: '' });
        report = await (0,check/* checkToken */.S)(settings);
    }
    catch (error) {
        if (error instanceof inputs_errors/* InputErrors */.G)
            throw new errors/* StepError */.zg(`The new token could not be checked: ${error.message}`);
        throw error;
    }
    const granted = new Set(report.scopes.granted);
    const exact = granted.size === plan.scopes.length &&
        plan.scopes.every((s) => granted.has(s)) &&
        report.scopes.source !== undefined;
    if (report.tokenState !== 'active' || !exact) {
        const why = report.tokenState !== 'active'
            ? `the instance reports it as ${report.tokenState}`
            : report.scopes.source === undefined
                ? 'its scopes could not be read'
                : `it holds ${report.scopes.granted.join(' ') || 'no scopes'}, not exactly ${plan.scopes.join(' ')}`;
        throw new errors/* StepError */.zg(`The new token failed its check: ${why} (status ${report.status}).`);
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
async function discardUnstored(con, http, progress) {
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
        if (liveness === 'dead')
            return 'The new token was not stored, and was revoked.';
    }
    catch {
        // reported below
    }
    return `The new token was not stored and could not be revoked: revoke the app "${progress.app.name}" under Authorized apps (${authorizedAppsUrl(http.origin)}).`;
}
function authorizedAppsUrl(origin) {
    return (0,pages/* mastodonLinks */.fw)(origin).authorizedApps;
}
/** What is stored of a new token: enough to use it, and to revoke it later with its app's credentials. */
function credentialsOf(plan, minted) {
    return {
        instance: plan.instance.origin,
        token: minted.token,
        clientId: minted.app.clientId,
        clientSecret: minted.app.clientSecret,
        scopes: plan.scopes,
    };
}
/** Stores the new token everywhere asked, in order; `progress.stored` says where it is, also when one store fails. */
async function storeAll(con, stores, credentials, progress) {
    for (const store of stores) {
        try {
            await store.store(credentials);
        }
        catch (error) {
            if (error instanceof errors/* PartiallyStored */.Kx)
                progress.stored.push(error.where);
            throw error;
        }
        progress.stored.push(store.where);
        con.done(`Stored: ${store.where}.`);
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./src/mastodon/errors.ts
var mastodon_errors = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/user-agent.ts
var user_agent = __webpack_require__(3237);
;// CONCATENATED MODULE: ./src/commands/http.ts
/**
 * HTTP for the token commands: form posts to the OAuth endpoints with client authentication, GETs with a bearer
 * token, all to the one instance origin. Unlike the check's client (src/http.ts), nothing here is retried: an app
 * registration or a code exchange sent twice is a second app or a refused code, so a failure is reported as it is.
 * Redirects are never followed: the OAuth endpoints do not redirect, and credentials must not travel to where a
 * redirect points.
 */





const MAX_BODY_BYTES = 256 * 1024;
/** The client of a token command: the one instance, each request bounded by `--timeout-seconds`. */
function commandHttpFor(instance, timeoutSeconds) {
    return createCommandHttp({
        origin: instance.origin,
        isLoopback: instance.isLoopback,
        timeoutMs: timeoutSeconds * 1000,
    });
}
function createCommandHttp(options) {
    const { origin } = options;
    const secure = new URL(origin).protocol === 'https:';
    const agentOptions = { keepAlive: true, ...(options.isLoopback ? {} : { proxyEnv: process.env }) };
    const agent = secure ? new external_node_https_.Agent(agentOptions) : new external_node_http_.Agent(agentOptions);
    const send = secure ? external_node_https_.request : external_node_http_.request;
    return {
        origin,
        async request(path, { method = 'GET', form, bearer, client } = {}) {
            const url = new URL(path, origin);
            if (url.origin !== new URL(origin).origin)
                throw new Error(`refusing a request to another origin (${url.origin})`);
            const shown = `${url.origin}${url.pathname}${url.search}`;
            const body = form ? new URLSearchParams(form).toString() : undefined;
            const headers = { accept: 'application/json', 'user-agent': user_agent/* USER_AGENT */._ };
            if (body !== undefined)
                headers['content-type'] = 'application/x-www-form-urlencoded';
            if (bearer !== undefined)
                headers['authorization'] = `Bearer ${bearer}`;
            if (client) {
                // RFC 6749 §2.3.1: id and secret are form-encoded before Basic. Doorkeeper's ids and secrets are URL-safe
                // Base64, which the encoding leaves as they are.
                const pair = `${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`;
                headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
            }
            const signal = AbortSignal.timeout(options.timeoutMs);
            let answer;
            try {
                answer = await new Promise((resolve, reject) => {
                    const req = send(url, { method, agent, signal, headers });
                    req.once('response', resolve);
                    req.once('error', reject);
                    req.end(body);
                });
            }
            catch (error) {
                options.debug?.(`${method} ${url.pathname} -> ${(0,util_errors/* messageOf */.b)(error)}`);
                throw toRequestError(error, signal, method, shown);
            }
            const status = answer.statusCode ?? 0;
            const flat = {};
            for (const [name, value] of Object.entries(answer.headers)) {
                if (value !== undefined)
                    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
            }
            const text = await readCapped(answer, signal, method, shown);
            options.debug?.(`${method} ${url.pathname} -> ${status}`);
            return { method, path: `${url.pathname}${url.search}`, status, headers: flat, text, json: parseJson(text) };
        },
        close() {
            agent.destroy();
        },
    };
}
function formEncode(value) {
    return encodeURIComponent(value).replace(/%20/g, '+');
}
async function readCapped(body, signal, method, url) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
            size += buffer.length;
            if (size > MAX_BODY_BYTES) {
                body.destroy();
                throw new mastodon_errors/* RequestError */.G('too-large', method, url, `the answer is larger than ${MAX_BODY_BYTES} bytes`);
            }
            chunks.push(buffer);
        }
    }
    catch (error) {
        if (error instanceof mastodon_errors/* RequestError */.G)
            throw error;
        throw toRequestError(error, signal, method, url);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text) {
    if (!/^\s*[[{]/.test(text))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function toRequestError(error, signal, method, url) {
    if (signal.aborted)
        return new mastodon_errors/* RequestError */.G('timeout', method, url, 'no answer in time', { cause: error });
    const code = error?.code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new mastodon_errors/* RequestError */.G('dns', method, url, `the host name could not be resolved (${code})`, { cause: error });
    if (typeof code === 'string' && /CERT|SSL|TLS|SELF_SIGNED/.test(code))
        return new mastodon_errors/* RequestError */.G('tls', method, url, `the TLS connection failed (${code})`, { cause: error });
    return new mastodon_errors/* RequestError */.G('network', method, url, `the connection failed (${typeof code === 'string' ? code : (0,util_errors/* messageOf */.b)(error)})`, {
        cause: error,
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs/instance.ts + 1 modules
var inputs_instance = __webpack_require__(6508);
// EXTERNAL MODULE: ./src/mastodon/scopes.ts
var scopes = __webpack_require__(7878);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/commands/credentials-file.ts
/**
 * The file `mint --output FILE` writes and `revoke`/`rotate --from FILE` read back: `.env` style, one `NAME=value`
 * per line, `#` comments. Every value is a URL, a credential or a comma-separated scope list, with no spaces or
 * quotes, so the same file works with `set -a; . FILE`, `docker --env-file` and dotenv libraries alike.
 *
 *   MASTODON_INSTANCE=https://mastodon.social
 *   MASTODON_ACCESS_TOKEN=…       (the name Mastodon's guides and `check` use)
 *   MASTODON_CLIENT_ID=…
 *   MASTODON_CLIENT_SECRET=…
 *   MASTODON_SCOPES=write:statuses,write:media
 *
 * Written with mode 0600, atomically (a temporary file in the same folder, then a link or a rename), and never over
 * an existing file unless asked.
 */




const FileKeys = {
    Instance: 'MASTODON_INSTANCE',
    Token: 'MASTODON_ACCESS_TOKEN',
    ClientId: 'MASTODON_CLIENT_ID',
    ClientSecret: 'MASTODON_CLIENT_SECRET',
    Scopes: 'MASTODON_SCOPES',
};
const SAFE_VALUE = /^[A-Za-z0-9._~+/=:,@%-]*$/;
function formatCredentials(c, now) {
    const values = [
        [FileKeys.Instance, c.instance],
        [FileKeys.Token, c.token],
        [FileKeys.ClientId, c.clientId],
        [FileKeys.ClientSecret, c.clientSecret],
        [FileKeys.Scopes, c.scopes.join(',')],
    ];
    for (const [name, value] of values) {
        // Values come from the server: one with a line break or a quote would write a second variable.
        if (!SAFE_VALUE.test(value))
            throw new errors/* StepError */.zg(`${name} has characters that cannot be stored safely.`);
    }
    return [
        `# Mastodon access token, made by mastodon-token-health mint on ${now.toISOString()}.`,
        '# Secret: keep this file mode 0600 and out of version control.',
        '# Revoke:  mastodon-token-health revoke --from THIS_FILE',
        '# Rotate:  mastodon-token-health rotate --from THIS_FILE --output THIS_FILE',
        ...values.map(([name, value]) => `${name}=${value}`),
        '',
    ].join('\n');
}
/** Reads what formatCredentials wrote; tolerates `export `, quotes and other variables. */
function parseCredentials(text) {
    const vars = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
        if (!match)
            continue;
        let value = (match[2] ?? '').trim();
        if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0])
            value = value.slice(1, -1);
        vars.set(match[1] ?? '', value);
    }
    const out = {};
    const instance = vars.get(FileKeys.Instance);
    const token = vars.get(FileKeys.Token) ?? vars.get('MASTODON_TOKEN');
    const clientId = vars.get(FileKeys.ClientId);
    const clientSecret = vars.get(FileKeys.ClientSecret);
    const scopes = vars.get(FileKeys.Scopes);
    if (instance)
        out.instance = instance;
    if (token)
        out.token = token;
    if (clientId)
        out.clientId = clientId;
    if (clientSecret)
        out.clientSecret = clientSecret;
    if (scopes)
        out.scopes = scopes.split(/[\s,]+/).filter(Boolean);
    return out;
}
async function readCredentialsFile(path) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* UsageError */.eb(`--from ${path}: the file cannot be read (${code ?? 'error'}).`);
    }
    return parseCredentials(text);
}
/**
 * Fails early, before any token exists, when the file could not be written later: it exists (without --force), or
 * its folder is missing or not writable.
 */
async function checkWritable(path, force) {
    const target = (0,external_node_path_.resolve)(path);
    const exists = await external_node_fs_.promises.lstat(target).then(() => true, () => false);
    if (exists && !force) {
        throw new errors/* UsageError */.eb(`--output ${path}: the file exists; it is not overwritten unless --force is given.`);
    }
    try {
        await external_node_fs_.promises.access((0,external_node_path_.dirname)(target), external_node_fs_.constants.W_OK);
    }
    catch {
        throw new errors/* UsageError */.eb(`--output ${path}: the folder ${(0,external_node_path_.dirname)(target)} does not exist or is not writable.`);
    }
}
/** Mode 0600 from the first byte; then a hard link (fails if the name exists) or, with force, a rename. */
async function writeSecretFile(path, content, force) {
    const target = (0,external_node_path_.resolve)(path);
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_.promises.open(temporary, 'wx', 0o600);
    try {
        await handle.chmod(0o600);
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        if (force) {
            await external_node_fs_.promises.rename(temporary, target);
        }
        else {
            await external_node_fs_.promises.link(temporary, target);
            await external_node_fs_.promises.unlink(temporary);
        }
    }
    catch (error) {
        await external_node_fs_.promises.unlink(temporary).catch(() => { });
        const code = error.code;
        if (code === 'EEXIST')
            throw new errors/* StepError */.zg(`${path} was created by something else meanwhile; it was not overwritten.`);
        throw new errors/* StepError */.zg(`${path} could not be written (${code ?? 'error'}).`);
    }
}

;// CONCATENATED MODULE: ./src/commands/github-secrets.ts
/**
 * Repository secrets through GitHub's REST API: GET the repository's public key, seal each value to it with
 * libsodium's sealed box (crypto_box_seal, what GitHub documents), PUT it. libsodium is loaded only when a secret is
 * written, so nothing else pays for it.
 */



const API_VERSION = '2022-11-28';
const USER_AGENT = 'mastodon-token-health';
const repositoryName = (r) => `${r.owner}/${r.repo}`;
/** GitHub's rule for secret names: letters, digits and underscores, not starting with a digit or GITHUB_. */
function checkSecretName(name, flag = '--github-secret') {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        throw new errors/* UsageError */.eb(`${flag} '${name}' is not a valid secret name: use letters, digits and underscores, not starting with a digit (e.g. MASTODON_TOKEN).`);
    }
    if (/^GITHUB_/i.test(name))
        throw new errors/* UsageError */.eb(`${flag} '${name}': secret names may not start with GITHUB_.`);
}
function parseRepository(text, flag = '--repo') {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim());
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new errors/* UsageError */.eb(`${flag} '${text}' is not a repository: expected OWNER/REPO, e.g. octo-org/release-bot.`);
    }
    return { owner: match[1] ?? '', repo: match[2] ?? '' };
}
/** OWNER/REPO of a remote URL: https://host/OWNER/REPO(.git), git@host:OWNER/REPO.git, ssh://git@host/OWNER/REPO. */
function repositoryOfRemote(url) {
    const match = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@\s]+@[^:\s]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(url.trim());
    if (!match)
        return undefined;
    try {
        return parseRepository(`${match[1]}/${match[2]}`);
    }
    catch {
        return undefined;
    }
}
/** The repository of the checkout in `cwd`, from its `origin` remote. */
function originRepository(cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['config', '--get', 'remote.origin.url'], { cwd, timeout: 5000 }, (error, stdout) => {
            resolve(error ? undefined : repositoryOfRemote(String(stdout)));
        });
    });
}
/** GITHUB_API_URL (GitHub Enterprise Server) or github.com's; plain http only for a loopback host. */
function githubApiUrl(env) {
    const raw = env['GITHUB_API_URL'] || 'https://api.github.com';
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* UsageError */.eb(`GITHUB_API_URL '${raw}' is not a URL.`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,inputs_instance/* isLoopbackHost */.cW)(url.hostname))) {
        throw new errors/* UsageError */.eb(`GITHUB_API_URL '${raw}' is not https://: the GitHub token would cross the network in clear.`);
    }
    return raw.replace(/\/+$/, '');
}
function githubToken(env) {
    const token = (env['GH_TOKEN'] || env['GITHUB_TOKEN'] || '').trim();
    if (!token) {
        throw new errors/* UsageError */.eb('--github-secret needs a GitHub token in GH_TOKEN or GITHUB_TOKEN that may write the repository\'s secrets (fine-grained: "Secrets" read and write; classic: the repo scope). With the GitHub CLI: GH_TOKEN=$(gh auth token).');
    }
    return token;
}
function createSecretWriter(target, redact) {
    const repo = repositoryName(target.repository);
    const base = `${target.apiUrl}/repos/${encodeURIComponent(target.repository.owner)}/${encodeURIComponent(target.repository.repo)}/actions/secrets`;
    let publicKey;
    async function call(method, url, body) {
        let response;
        try {
            response = await fetch(url, {
                method,
                redirect: 'error',
                signal: AbortSignal.timeout(30_000),
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${target.token}`,
                    'x-github-api-version': API_VERSION,
                    'user-agent': USER_AGENT,
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
        }
        catch (error) {
            const cause = error.cause?.code;
            throw new errors/* StepError */.zg(`${method} ${new URL(url).pathname}: GitHub's API did not answer (${cause ?? error.name}).`);
        }
        const text = await response.text();
        let json;
        try {
            json = text ? JSON.parse(text) : undefined;
        }
        catch {
            json = undefined;
        }
        return { status: response.status, json };
    }
    function refusal(what, status, json) {
        const message = json?.message;
        const says = typeof message === 'string' ? ` ${(0,errors/* serverText */.Tn)(message, redact)}` : '';
        const advice = status === 401
            ? 'the GitHub token in GH_TOKEN/GITHUB_TOKEN is not valid'
            : status === 403 || status === 404
                ? `the GitHub token may not write the secrets of ${repo}, or cannot see it (fine-grained token: "Secrets" read and write on this repository; classic token: the repo scope; check --repo)`
                : 'GitHub failed';
        return new errors/* StepError */.zg(`${what}: GitHub answered ${status}${says}: ${advice}.`);
    }
    return {
        async prepare() {
            const r = await call('GET', `${base}/public-key`);
            const body = r.json;
            if (r.status !== 200 || typeof body?.key_id !== 'string' || typeof body.key !== 'string') {
                throw refusal(`Reading the public key of ${repo}`, r.status, r.json);
            }
            publicKey = { keyId: body.key_id, key: body.key };
        },
        async write(secrets) {
            if (!publicKey)
                await this.prepare();
            const key = publicKey;
            const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
            await sodium.ready;
            let recipient;
            try {
                recipient = sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL);
            }
            catch {
                throw new errors/* StepError */.zg(`The public key GitHub sent for ${repo} is not Base64.`);
            }
            if (recipient.length !== sodium.crypto_box_PUBLICKEYBYTES) {
                throw new errors/* StepError */.zg(`The public key GitHub sent for ${repo} is not a Curve25519 key.`);
            }
            const written = [];
            for (const { name, value } of secrets) {
                const sealed = sodium.crypto_box_seal(sodium.from_string(value), recipient);
                const encrypted = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
                const r = await call('PUT', `${base}/${encodeURIComponent(name)}`, {
                    encrypted_value: encrypted,
                    key_id: key.keyId,
                });
                if (r.status !== 201 && r.status !== 204) {
                    const error = refusal(`Writing the secret ${name} of ${repo}`, r.status, r.json);
                    error.message += written.length ? ` Written before it: ${written.join(', ')}.` : ' No secret was written.';
                    throw error;
                }
                written.push(name);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/commands/stores.ts



function githubSecretStore(target, name, console) {
    const writer = createSecretWriter(target, console.redact);
    return {
        where: `GitHub secret ${name} of ${repositoryName(target.repository)} (with ${name}_CLIENT_ID and ${name}_CLIENT_SECRET)`,
        prepare: () => writer.prepare(),
        // The token first: it is what the bot runs on. The app's credentials beside it only serve a later revoke, so
        // once the token is written a failure there leaves the new token stored and live (never revoked).
        store: async (c) => {
            await writer.write([{ name, value: c.token }]);
            try {
                await writer.write([
                    { name: `${name}_CLIENT_ID`, value: c.clientId },
                    { name: `${name}_CLIENT_SECRET`, value: c.clientSecret },
                ]);
            }
            catch (error) {
                throw new errors/* PartiallyStored */.Kx(error instanceof Error ? error.message : String(error), `GitHub secret ${name} of ${repositoryName(target.repository)} (but not all of ${name}_CLIENT_ID and ${name}_CLIENT_SECRET: to revoke this token later, use Authorized apps)`);
            }
        },
    };
}
function fileStore(path, force, now) {
    return {
        where: `file ${path} (mode 0600)`,
        prepare: () => checkWritable(path, force),
        store: (c) => writeSecretFile(path, formatCredentials(c, now()), force),
    };
}
function printStore(console, now) {
    return {
        where: 'standard output',
        prepare: async () => { },
        store: async (c) => console.printSecretBlock(formatCredentials(c, now())),
    };
}

;// CONCATENATED MODULE: ./src/commands/options.ts
/** The token commands' flags, read once into plain values and checked before anything touches a server. */










const str = (flags, name) => {
    const value = flags[name];
    return typeof value === 'string' ? value : undefined;
};
function instanceOf(flags, file) {
    const given = str(flags, 'instance');
    const fromFile = file?.instance;
    const raw = given ?? fromFile;
    if (!raw)
        throw new errors/* UsageError */.eb('--instance HOST is required (e.g. --instance mastodon.social).');
    let instance;
    try {
        instance = (0,inputs_instance/* parseInstance */.LW)(raw);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(error instanceof inputs_errors/* InputError */.d ? error.message.replace(/^Input 'instance'/, '--instance') : String(error));
    }
    if (given && fromFile && (0,inputs_instance/* parseInstance */.LW)(fromFile).origin !== instance.origin) {
        throw new errors/* UsageError */.eb(`--instance ${given} differs from the instance in --from (${fromFile}): a token is only ever sent to the server that made it.`);
    }
    return instance;
}
/**
 * `--scopes`, checked against Mastodon's scope names, and/or `--scopes-from PATH`, the needs the scanner finds in the
 * code there (merged). A call whose endpoint cannot be told stops the command unless `--scopes` is given too.
 */
async function requestedScopes(flags, con, fallback) {
    const text = str(flags, 'scopes');
    let given;
    if (text !== undefined) {
        const parsed = (0,scopes/* parseScopeList */.us)(text);
        const problems = parsed.unknown.map((u) => `'${u.name}' is not a Mastodon scope${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`);
        if (problems.length)
            throw new errors/* UsageError */.eb(`--scopes: ${problems.join('; ')}.`);
        if (parsed.scopes.length === 0)
            throw new errors/* UsageError */.eb('--scopes is empty: name the scopes the bot needs.');
        given = parsed.scopes;
    }
    const path = str(flags, 'scopes-from');
    if (path === undefined)
        return given ?? (fallback ? [...fallback] : undefined);
    // The scanner loads only for --scopes-from.
    const { scopesFromCode } = await Promise.all(/* import() */[__webpack_require__.e(28), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 978));
    const found = await scopesFromCode(path, con.io.cwd);
    if (found.unresolved.length > 0 && !given) {
        const listed = found.unresolved
            .slice(0, 5)
            .map((u) => `  ${(0,util_text/* oneLine */.TN)(u.file)}:${u.line} ${(0,util_text/* oneLine */.TN)(u.what)}: ${(0,util_text/* oneLine */.TN)(u.reason)}`);
        const more = found.unresolved.length > 5 ? [`  … and ${found.unresolved.length - 5} more`] : [];
        throw new errors/* UsageError */.eb([
            `--scopes-from ${path}: ${found.unresolved.length} call${found.unresolved.length > 1 ? 's' : ''} whose endpoint cannot be told (their scopes are unknown):`,
            ...listed,
            ...more,
            `Add what they need with --scopes "..." (merged with the ${found.needed.length} scope${found.needed.length === 1 ? '' : 's'} found: ${found.needed.join(' ') || 'none'}), or see them all with: mastodon-token-health scopes ${path}`,
        ].join('\n'));
    }
    if (found.needed.length === 0 && !given) {
        throw new errors/* UsageError */.eb(`--scopes-from ${path}: no Mastodon API use found there (${found.calls} calls). Check the path, or give --scopes "...".`);
    }
    const merged = [...new Set([...found.needed, ...(given ?? [])])];
    con.line(`Scopes from the code under ${path}: ${found.needed.join(' ') || 'none'} (${found.calls} call${found.calls === 1 ? '' : 's'})${given ? `, with --scopes: ${merged.join(' ')}` : ''}.`);
    return merged;
}
async function fileOf(flags) {
    const path = str(flags, 'from');
    return path === undefined ? undefined : readCredentialsFile(path);
}
/** The places the new token goes; at least one, or the command stops before it makes anything. */
async function storesOf(flags, con, now) {
    const stores = [];
    const { env, cwd } = con.io;
    const secretName = str(flags, 'github-secret');
    let repository;
    const repoFlag = str(flags, 'repo');
    if (repoFlag !== undefined)
        repository = parseRepository(repoFlag);
    if (secretName !== undefined) {
        checkSecretName(secretName);
        const token = githubToken(env);
        con.secret(token);
        if (!repository) {
            repository = await originRepository(cwd);
            if (!repository)
                throw new errors/* UsageError */.eb('--github-secret: no --repo OWNER/REPO was given, and this folder is not a checkout with an origin remote to take it from.');
            con.line(`Repository ${repositoryName(repository)} (from the origin remote of this checkout).`);
        }
        stores.push(githubSecretStore({ apiUrl: githubApiUrl(env), token, repository }, secretName, con));
    }
    const output = str(flags, 'output');
    if (output !== undefined) {
        if (!output.trim())
            throw new errors/* UsageError */.eb('--output is empty: give a file name.');
        stores.push(fileStore(output, flags['force'] === true, now));
    }
    if (flags['print'] === true)
        stores.push(printStore(con, now));
    if (stores.length === 0) {
        throw new errors/* UsageError */.eb('Say where the new token goes: --github-secret NAME [--repo OWNER/REPO], --output FILE, or --print (standard output). It is never stored anywhere else.');
    }
    if (!repository && repoFlag === undefined)
        repository = await originRepository(cwd);
    return { stores, repository, secretName };
}
/** What `mint` and `rotate` ask the instance for: the app's name and website from the flags, else the repository. */
function newTokenPlanOf(flags, cwd, made) {
    return {
        instance: made.instance,
        scopes: made.scopes,
        appName: appNameOf(flags, made.repository, cwd),
        website: websiteOf(flags, made.repository),
        browser: flags['no-browser'] !== true,
        timeoutSeconds: made.timeoutSeconds,
    };
}
/** `--app-name`, else something the user recognises under Authorized apps. */
function appNameOf(flags, repository, cwd) {
    const given = str(flags, 'app-name');
    if (given !== undefined) {
        const name = given.trim();
        if (!name)
            throw new errors/* UsageError */.eb('--app-name is empty.');
        if (name.length > APP_NAME_LIMIT)
            throw new errors/* UsageError */.eb(`--app-name is ${name.length} characters; Mastodon allows at most ${APP_NAME_LIMIT}.`);
        if (/[\u0000-\u001f\u007f]/.test(name))
            throw new errors/* UsageError */.eb('--app-name has control characters.');
        return name;
    }
    const suffix = ' bot (mastodon-token-health)';
    const candidates = [
        repository ? repositoryName(repository) : undefined,
        repository?.repo,
        (0,external_node_path_.basename)(cwd) || undefined,
    ].filter((c) => Boolean(c));
    for (const c of candidates)
        if (c.length + suffix.length <= APP_NAME_LIMIT)
            return `${c}${suffix}`;
    return `Mastodon${suffix}`;
}
function websiteOf(flags, repository) {
    const given = str(flags, 'website');
    if (given === undefined)
        return repository ? `https://github.com/${repositoryName(repository)}` : undefined;
    if (given === '')
        return undefined;
    let url;
    try {
        url = new URL(given);
    }
    catch {
        throw new errors/* UsageError */.eb(`--website '${given}' is not a URL (Mastodon wants an http:// or https:// address).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* UsageError */.eb(`--website '${given}' is not an http:// or https:// address.`);
    return given;
}
function timeoutOf(flags) {
    const raw = str(flags, 'timeout-seconds');
    if (raw === undefined)
        return 30;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 600)
        throw new errors/* UsageError */.eb(`--timeout-seconds '${raw}': a whole number from 1 to 600.`);
    return n;
}
/**
 * The token to revoke (or rotate away from), as `check` reads it: --token-stdin, --token-env NAME, the --from file,
 * MASTODON_ACCESS_TOKEN, MASTODON_TOKEN. Its app's client id and secret: --client-id-env/--client-secret-env, the
 * --from file, NAME_CLIENT_ID/NAME_CLIENT_SECRET beside --github-secret NAME, MASTODON_CLIENT_ID/MASTODON_CLIENT_SECRET.
 */
async function oldCredentialsOf(flags, con, file, reader) {
    const { env } = con.io;
    let token;
    let tokenSource = '';
    const tokenEnv = str(flags, 'token-env');
    if (flags['token-stdin'] === true) {
        const lines = reader();
        token = await lines.readSecret(lines.interactive ? 'Paste the old token (it is not echoed): ' : '');
        tokenSource = 'standard input';
    }
    else if (tokenEnv !== undefined) {
        token = env[tokenEnv];
        tokenSource = tokenEnv;
        if (!token?.trim())
            throw new errors/* UsageError */.eb(`--token-env ${tokenEnv}: the variable is not set or empty.`);
    }
    else if (file?.token) {
        token = file.token;
        tokenSource = str(flags, 'from') ?? 'the file';
    }
    else {
        for (const name of ['MASTODON_ACCESS_TOKEN', 'MASTODON_TOKEN']) {
            if (env[name]?.trim()) {
                token = env[name];
                tokenSource = name;
                break;
            }
        }
    }
    token = token?.trim().replace(/^bearer\s+/i, '');
    con.secret(token);
    if (!token) {
        throw new errors/* UsageError */.eb('No token: set MASTODON_ACCESS_TOKEN (or MASTODON_TOKEN), or pass --token-env NAME, --token-stdin, or --from FILE. It is never taken from the arguments.');
    }
    const idEnv = str(flags, 'client-id-env');
    const secretEnv = str(flags, 'client-secret-env');
    let client;
    let clientSource;
    if ((idEnv === undefined) !== (secretEnv === undefined)) {
        throw new errors/* UsageError */.eb('--client-id-env and --client-secret-env go together: name both variables.');
    }
    if (idEnv !== undefined && secretEnv !== undefined) {
        const clientId = env[idEnv]?.trim();
        const clientSecret = env[secretEnv]?.trim();
        if (!clientId)
            throw new errors/* UsageError */.eb(`--client-id-env ${idEnv}: the variable is not set or empty.`);
        if (!clientSecret)
            throw new errors/* UsageError */.eb(`--client-secret-env ${secretEnv}: the variable is not set or empty.`);
        client = { clientId, clientSecret };
        clientSource = `${idEnv} and ${secretEnv}`;
    }
    else if (file?.clientId && file.clientSecret) {
        client = { clientId: file.clientId, clientSecret: file.clientSecret };
        clientSource = str(flags, 'from');
    }
    else {
        const secretName = str(flags, 'github-secret');
        for (const prefix of [secretName, 'MASTODON'].filter((p) => Boolean(p))) {
            const clientId = env[`${prefix}_CLIENT_ID`]?.trim();
            const clientSecret = env[`${prefix}_CLIENT_SECRET`]?.trim();
            if (clientId && clientSecret) {
                client = { clientId, clientSecret };
                clientSource = `${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET`;
                break;
            }
        }
    }
    con.secret(client?.clientSecret);
    return { token, tokenSource, client, clientSource };
}

;// CONCATENATED MODULE: ./src/commands/mint.ts




async function mint(flags, con, reader, now) {
    const instance = instanceOf(flags, undefined);
    const scopes = await requestedScopes(flags, con);
    if (!scopes)
        throw new errors/* UsageError */.eb('mint needs --scopes "..." (the scopes the bot needs, e.g. "write:statuses write:media") or --scopes-from PATH (the code that uses them).');
    const timeoutSeconds = timeoutOf(flags);
    const { stores, repository } = await storesOf(flags, con, now);
    const plan = newTokenPlanOf(flags, con.io.cwd, { instance, scopes, repository, timeoutSeconds });
    con.line(`mint: a token for ${instance.host} with exactly the scopes ${scopes.join(' ')}`);
    const http = commandHttpFor(instance, timeoutSeconds);
    const progress = { stored: [] };
    try {
        for (const store of stores)
            await store.prepare();
        const minted = await obtainToken(con, http, plan, reader, progress);
        await checkNewToken(con, plan, minted.token);
        await storeAll(con, stores, credentialsOf(plan, minted), progress);
        con.line(`Done. The live token is the new one, in ${progress.stored.join(' and ')}.`);
        return 0;
    }
    catch (error) {
        con.line(`mint failed: ${con.redact(error instanceof Error ? error.message : String(error))}`);
        if (progress.stored.length > 0) {
            con.line(`The new token is live and stored in ${progress.stored.join(' and ')}; it was not stored anywhere else.`);
        }
        else {
            con.line(`${await discardUnstored(con, http, progress)} Any token you had before is unchanged.`);
        }
        return error instanceof errors/* UsageError */.eb ? 2 : 1;
    }
    finally {
        http.close();
    }
}

;// CONCATENATED MODULE: ./src/commands/revoke.ts





async function revoke(flags, con, reader) {
    const file = await fileOf(flags);
    const instance = instanceOf(flags, file);
    const timeoutSeconds = timeoutOf(flags);
    const old = await oldCredentialsOf(flags, con, file, reader);
    if (!old.client) {
        throw new errors/* UsageError */.eb(`revoke needs the client id and secret of the app that made the token: --client-id-env NAME --client-secret-env NAME, or --from FILE (what mint --output wrote). Without them, revoke it by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account, Revoke on its app.`);
    }
    con.line(`revoke: the token from ${old.tokenSource} on ${instance.host}, with the app credentials from ${old.clientSource}`);
    const http = commandHttpFor(instance, timeoutSeconds);
    try {
        await revokeAndConfirm(con, http, old.client, old.token);
        con.line('Done. The token is revoked: the instance no longer accepts it.');
        return 0;
    }
    catch (error) {
        con.line(`revoke failed: ${con.redact(error instanceof Error ? error.message : String(error))}`);
        con.line(`The token may still be live. Revoke it by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account, Revoke on its app.`);
        return error instanceof errors/* UsageError */.eb ? 2 : 1;
    }
    finally {
        http.close();
    }
}
/** Revokes, then asks the instance: done only when it answers 401 for the token. */
async function revokeAndConfirm(con, http, client, token) {
    await revokeToken(http, client, token, con.redact);
    con.done('Revocation sent (POST /oauth/revoke answered 200, which RFC 7009 also answers for unknown tokens).');
    const { liveness, detail } = await tokenLiveness(http, token);
    if (liveness === 'dead') {
        con.done(`Confirmed dead: ${detail}.`);
        return;
    }
    throw new errors/* StepError */.zg(liveness === 'live'
        ? `the instance still accepts the token after the revocation (${detail}).`
        : `whether the token is dead could not be told (${detail}).`);
}

;// CONCATENATED MODULE: ./src/commands/rotate.ts
/**
 * `rotate`: mint, store, check, then revoke the old token and confirm. The old token is never revoked before the new
 * one is stored and checked, and every failure says which token is live.
 */










const DEAD_STATES = new Set(['revoked', 'invalid', 'expired']);
async function rotate(flags, con, reader, now) {
    const file = await fileOf(flags);
    const instance = instanceOf(flags, file);
    const timeoutSeconds = timeoutOf(flags);
    const declared = await requestedScopes(flags, con);
    const old = await oldCredentialsOf(flags, con, file, reader);
    // Rotating a file in place: --output naming the --from file replaces it (atomically) without --force.
    const from = typeof flags['from'] === 'string' ? flags['from'] : undefined;
    const output = typeof flags['output'] === 'string' ? flags['output'] : undefined;
    const inPlace = from !== undefined && output !== undefined && (0,external_node_path_.resolve)(from) === (0,external_node_path_.resolve)(output);
    const { stores, repository } = await storesOf(inPlace ? { ...flags, force: true } : flags, con, now);
    con.line(`rotate: a new token for ${instance.host}, then the old one (from ${old.tokenSource}) revoked`);
    const oldReport = await checkOld(instance.origin, old.token, declared, timeoutSeconds);
    const oldDead = DEAD_STATES.has(oldReport.tokenState);
    if (oldReport.tokenState === 'unknown') {
        throw new errors/* StepError */.zg(`the old token's state could not be told (${oldReport.findings[0]?.message ?? oldReport.status}); nothing was changed. Try again when ${instance.host} answers.`);
    }
    const exactOld = oldReport.scopes.source === 'token-info' || oldReport.scopes.source === 'probe';
    const scopes = declared ?? (exactOld && !oldDead ? [...oldReport.scopes.granted] : undefined);
    if (!scopes || scopes.length === 0) {
        throw new errors/* UsageError */.eb(oldDead
            ? `The old token is ${oldReport.tokenState}, so its scopes cannot be copied: give --scopes "...".`
            : 'The old token\'s exact scopes cannot be read on this server: give --scopes "...".');
    }
    con.done(oldDead
        ? `Old token: ${oldReport.tokenState} already; the new token gets ${scopes.join(' ')}.`
        : `Old token: active${oldReport.account ? ` for ${oldReport.account.handle}` : ''}, scopes ${oldReport.scopes.granted.join(' ')}; the new one gets ${scopes.join(' ')}${declared ? ' (from --scopes)' : ' (the same)'}.`);
    const plan = newTokenPlanOf(flags, con.io.cwd, { instance, scopes, repository, timeoutSeconds });
    const http = commandHttpFor(instance, timeoutSeconds);
    const progress = { stored: [] };
    const oldLive = oldDead
        ? 'You have no live token: the old one was already dead.'
        : 'The old token is unchanged and live.';
    try {
        for (const store of stores)
            await store.prepare();
        const oldOwner = oldDead ? undefined : await tokenOwner(http, old.token);
        const minted = await obtainToken(con, http, plan, reader, progress);
        await checkNewToken(con, plan, minted.token);
        const newOwner = await tokenOwner(http, minted.token);
        if (oldOwner !== undefined && newOwner !== undefined && oldOwner !== newOwner) {
            throw new errors/* StepError */.zg("the new token belongs to another account than the old one: the app was approved while logged in as someone else. Log in as the bot's account and run rotate again.");
        }
        await storeAll(con, stores, credentialsOf(plan, minted), progress);
    }
    catch (error) {
        con.line(`rotate failed: ${con.redact(error instanceof Error ? error.message : String(error))}`);
        if (progress.stored.length > 0) {
            con.line(`Live tokens: the new one, stored in ${progress.stored.join(' and ')}, and the old one, which was not revoked because storing did not finish.`);
        }
        else {
            con.line(`${await discardUnstored(con, http, progress)} ${oldLive}`);
        }
        http.close();
        return error instanceof errors/* UsageError */.eb ? 2 : 1;
    }
    const where = progress.stored.join(' and ');
    try {
        if (oldDead) {
            con.line(`Done. The live token is the new one, in ${where}. The old one was already ${oldReport.tokenState}.`);
            return 0;
        }
        if (!old.client) {
            const app = oldReport.app ? `"${oldReport.app.name}"` : 'the old token’s app';
            const secretName = typeof flags['github-secret'] === 'string' ? flags['github-secret'] : undefined;
            const kept = secretName
                ? ` (if they are in the repository secrets ${secretName}_CLIENT_ID and ${secretName}_CLIENT_SECRET: GitHub never hands a secret back, so only a workflow step can pass them to revoke)`
                : ' (a token from the Development page, or no --client-id-env/--from)';
            con.line(`Done, but the old token is still live: its app's client id and secret are not known${kept}. Revoke it by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account, Revoke on ${app}; or under Development, delete that application.`);
            con.line(`The new token is live, in ${where}.`);
            return 0;
        }
        await revokeAndConfirm(con, http, old.client, old.token);
        con.line(`Done. The live token is the new one, in ${where}; the old one is revoked.`);
        return 0;
    }
    catch (error) {
        con.line(`rotate failed revoking the old token: ${con.redact(error instanceof Error ? error.message : String(error))}`);
        con.line(`Live tokens: the new one, in ${where}, and the old one. Revoke the old one by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account.`);
        return 1;
    }
    finally {
        http.close();
    }
}
/** The old token through the `check` engine: its state, scopes, app and account, judged against the declaration. */
async function checkOld(origin, token, declared, timeoutSeconds) {
    try {
        const settings = (0,inputs_settings/* parseSettings */.P$)({
            instance: origin,
            token,
            'required-scopes': declared?.join(' ') ?? '',
            'timeout-seconds': String(timeoutSeconds),
        }, { eventName: 'cli', actor: '' });
        return await (0,check/* checkToken */.S)(settings);
    }
    catch (error) {
        if (error instanceof inputs_errors/* InputErrors */.G)
            throw new errors/* UsageError */.eb(`The old token cannot be checked: ${error.message}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/commands/main.ts
/**
 * `mastodon-token-health mint | rotate | revoke`: the entry the CLI loads (lazily, in a chunk of its own) when one of
 * these commands is asked for. Exit status: 0 done, 1 a step failed, 2 bad command line (nothing was done).
 */








const TOKEN_COMMANDS = (/* unused pure expression or super */ null && (['mint', 'rotate', 'revoke']));
const STORE_HELP = `Where the new token goes (at least one; never anywhere else):
  --github-secret NAME        a repository secret, through GitHub's API (token in GH_TOKEN or GITHUB_TOKEN);
                              the app's client id and secret go beside it as NAME_CLIENT_ID, NAME_CLIENT_SECRET
  --repo OWNER/REPO           the repository (default: this checkout's origin remote)
  --output FILE               a file, mode 0600, .env style (MASTODON_ACCESS_TOKEN=...); --force to replace one
  --print                     standard output, in the same .env form`;
const NEW_TOKEN_HELP = `  --app-name NAME             the app's name under Authorized apps (default: "<repo> bot (mastodon-token-health)")
  --website URL               the app's website (default: the GitHub repository, when known)
  --no-browser                only print the authorize address; do not open a browser
  --timeout-seconds N         bound on each request (default 30)`;
const OLD_TOKEN_HELP = `The old token, as for check: $MASTODON_ACCESS_TOKEN or $MASTODON_TOKEN, --token-env NAME, --token-stdin,
or --from FILE (a file mint wrote). Its app's client id and secret: --client-id-env NAME --client-secret-env NAME,
the --from file, NAME_CLIENT_ID/NAME_CLIENT_SECRET beside --github-secret NAME, or $MASTODON_CLIENT_ID/$MASTODON_CLIENT_SECRET.`;
const USAGE = {
    mint: `Usage: mastodon-token-health mint --instance HOST --scopes "SCOPES" (--github-secret NAME | --output FILE | --print)

Makes a token with exactly these scopes by Mastodon's out-of-band OAuth flow: registers an app, shows the address
where you approve it (logged in as the bot's account), reads the code it shows without echoing it (or one line of
standard input when that is not a terminal), exchanges it, checks the new token, and stores it.

  --instance HOST             the Mastodon server, e.g. mastodon.social
  --scopes SCOPES             e.g. "write:statuses write:media"
  --scopes-from PATH          the scopes the code under PATH needs (as the scopes command finds them); merged with --scopes
${NEW_TOKEN_HELP}

${STORE_HELP}
`,
    rotate: `Usage: mastodon-token-health rotate --instance HOST (--github-secret NAME | --output FILE | --print) [options]

Mints a new token (with --scopes, else the old token's exact scopes), checks it, stores it, and only then revokes
the old token and confirms it is dead. Every failure says which token is live.

  --instance HOST             the Mastodon server (or MASTODON_INSTANCE in the --from file)
  --scopes SCOPES             the new token's scopes (default: the old token's)
  --scopes-from PATH          the scopes the code under PATH needs; merged with --scopes
  --from FILE                 the file mint wrote; with --output FILE naming the same file, it is replaced in place
${NEW_TOKEN_HELP}

${OLD_TOKEN_HELP}

${STORE_HELP}
`,
    revoke: `Usage: mastodon-token-health revoke --instance HOST [options]

Revokes a token with its app's client id and secret (POST /oauth/revoke), then confirms that the instance answers
401 for it.

  --instance HOST             the Mastodon server (or MASTODON_INSTANCE in the --from file)
  --from FILE                 the file mint wrote (token, client id and secret)
  --timeout-seconds N         bound on each request (default 30)

${OLD_TOKEN_HELP}
`,
};
const OPTIONS = {
    instance: { type: 'string' },
    scopes: { type: 'string' },
    'scopes-from': { type: 'string' },
    'app-name': { type: 'string' },
    website: { type: 'string' },
    'github-secret': { type: 'string' },
    repo: { type: 'string' },
    output: { type: 'string' },
    force: { type: 'boolean' },
    print: { type: 'boolean' },
    'no-browser': { type: 'boolean' },
    'timeout-seconds': { type: 'string' },
    from: { type: 'string' },
    'token-env': { type: 'string' },
    'token-stdin': { type: 'boolean' },
    'client-id-env': { type: 'string' },
    'client-secret-env': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** Which flags each command takes: one flag meant for another command is an error, not silently ignored. */
const ALLOWED = {
    mint: [
        'instance',
        'scopes',
        'scopes-from',
        'app-name',
        'website',
        'github-secret',
        'repo',
        'output',
        'force',
        'print',
        'no-browser',
        'timeout-seconds',
        'help',
    ],
    rotate: Object.keys(OPTIONS),
    revoke: [
        'instance',
        'from',
        'token-env',
        'token-stdin',
        'client-id-env',
        'client-secret-env',
        'timeout-seconds',
        'help',
    ],
};
async function runTokenCommand(command, argv, io) {
    const con = new Console(io);
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
        const wrong = Object.keys(values).filter((k) => !ALLOWED[command].includes(k));
        if (wrong.length)
            throw new errors/* UsageError */.eb(`${wrong.map((w) => `--${w}`).join(', ')}: not an option of ${command}.`);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const hint = /'--token'|'--client-secret'|'--code'/.test(message)
            ? ' Secrets are never taken as arguments (they show in ps and in shell history): see below.'
            : '';
        io.stderr(`${con.redact(message.replace(/\.$/, ''))}.${hint}\n\n${USAGE[command]}`);
        return 2;
    }
    if (values['help']) {
        io.stdout(USAGE[command]);
        return 0;
    }
    let reader;
    const lines = () => (reader ??= createLineReader(io.stdin, io.promptOutput));
    const now = () => new Date();
    try {
        switch (command) {
            case 'mint':
                return await mint(values, con, lines, now);
            case 'rotate':
                return await rotate(values, con, lines, now);
            case 'revoke':
                return await revoke(values, con, lines);
            default:
                throw new errors/* UsageError */.eb(`unknown command ${String(command)}`);
        }
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        con.line(`${command} failed: ${message}`);
        con.line('Nothing was changed on any server.');
        return error instanceof errors/* UsageError */.eb ? 2 : 1;
    }
    finally {
        reader?.close();
    }
}
/** The browser, when one is at hand: a desktop session on Linux, always on macOS and Windows. Never required. */
function openBrowser(url, env = process.env) {
    const command = process.platform === 'darwin'
        ? ['open', url]
        : process.platform === 'win32'
            ? ['rundll32', 'url.dll,FileProtocolHandler', url]
            : env['DISPLAY'] || env['WAYLAND_DISPLAY']
                ? ['xdg-open', url]
                : undefined;
    if (!command)
        return;
    try {
        const child = (0,external_node_child_process_.spawn)(command[0], command.slice(1), { stdio: 'ignore', detached: true });
        child.on('error', () => { });
        child.unref();
    }
    catch {
        // No browser: the address is printed anyway.
    }
}
/** Runs a command with the process's own streams. */
function runWithProcess(command, argv) {
    return runTokenCommand(command, argv, {
        stdout: (s) => void process.stdout.write(s),
        stderr: (s) => void process.stderr.write(s),
        stdin: process.stdin,
        promptOutput: process.stderr,
        env: process.env,
        cwd: process.cwd(),
        openBrowser: (url) => openBrowser(url),
    });
}


/***/ })

};
