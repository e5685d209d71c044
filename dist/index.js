import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _inputs_instance_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(866);
/* harmony import */ var _inputs_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5585);
/* harmony import */ var _inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9571);
/* harmony import */ var _mastodon_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(38);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(767);
/**
 * The action's entry. A check is mostly round trips, and the first cannot start before Node has loaded the action:
 * so this file opens the connection to the instance first (mastodon/transport.ts `preconnect`), and the rest of the
 * action (main.ts, a chunk of its own) loads and reads its settings while the TCP and TLS handshakes are in flight.
 * Nothing but the handshake goes over that connection until the check, its settings read in full, sends a request.
 */





/**
 * How long the rest of the action waits for the TCP connection before it loads anyway. Loading takes about 10 ms
 * and blocks: begun before the connection is up, it would hold the ClientHello back; begun after, it runs during the
 * TLS handshake's round trip. An instance slow to accept does not hold up the run longer than this.
 */
const CONNECT_WAIT_MS = 200;
/** Only where the check will surely ask the instance this input names: one bot, a token, a valid address. */
function connectEarly() {
    if (_inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G.Config) || !_inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G.Token))
        return Promise.resolve();
    try {
        const instance = (0,_inputs_instance_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstance */ .LW)(_inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G.Instance));
        return (0,_mastodon_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .preconnect */ .kZ)({ origin: new URL(instance.origin), isLoopback: instance.isLoopback });
    }
    catch {
        // A bad address: main.ts reads the inputs in full and says what is wrong. Nothing is opened.
        return Promise.resolve();
    }
}
let timer;
await Promise.race([connectEarly(), new Promise((resolve) => (timer = setTimeout(resolve, CONNECT_WAIT_MS)))]);
clearTimeout(timer);
try {
    const { run } = await __nccwpck_require__.e(/* import() */ 317).then(__nccwpck_require__.bind(__nccwpck_require__, 1317));
    await run();
}
catch (error) {
    // The failure funnel needs no chunk (inputs/runner.ts): a chunk that cannot load (main.ts, or one main.ts loads
    // before its own funnel is set up, such as the several-bots file's reader) fails the step with one redacted line.
    (0,_mastodon_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .discardPreconnection */ .ci)();
    const redact = (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .createRedactor */ .lY)((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .secretForms */ .eo)(_inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G.Token, { trimWhitespace: false }), _inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(_inputs_names_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G.GithubToken)));
    _inputs_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .failUnexpected */ .I4(error, redact);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A bad input: the run fails before any request, with a message that names the input. */
class InputError extends Error {
    name = 'InputError';
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** Several input errors at once, so a user fixes them in one go rather than one run each. */
class InputErrors extends Error {
    name = 'InputErrors';
    errors;
    constructor(errors) {
        super(errors.map((e) => e.message).join('\n'));
        this.errors = errors;
    }
}


/***/ }),

/***/ 866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ shownHost),
/* harmony export */   LW: () => (/* binding */ parseInstance)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1318);


const INPUT = 'instance';
/** `user:password@` before the host, with or without a scheme. */
const CREDENTIALS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#\s@]*:[^/?#\s@]*@/i;
/** Any `user@` before the host, for messages: replaced by `***@`. */
const USER_INFO = /^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#\s@]+@(?=[^@]*$)/i;
/**
 * Normalises `mastodon.social`, `https://Mastodon.Social/`, `https://host:8443/some/path` to one origin.
 * `http://` is refused unless the host is loopback: a token sent in clear text to a real instance is a token lost.
 */
function parseInstance(raw) {
    const value = raw.trim();
    const fail = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(INPUT, `Input '${INPUT}' ${why} Expected the instance's address, e.g. 'mastodon.social' or 'https://mastodon.social'.`);
    if (!value)
        throw fail('is empty.');
    // A password given in the address is never repeated in a message, whatever else is wrong with the address.
    if (CREDENTIALS.test(value))
        throw fail('contains a user name or password; give the address alone.');
    const shown = value.replace(USER_INFO, '$1***@');
    if (/^@?[^@\s/]+@[^@\s/]+$/.test(value)) {
        // A handle's domain can differ from the server's web address (LOCAL_DOMAIN vs WEB_DOMAIN), and sending the token
        // to a guessed host could hand it to a web site that is not the instance.
        const domain = value.slice(value.lastIndexOf('@') + 1);
        throw fail(`is an account handle ('${value}'), not a server address. Give the address you log in at, e.g. '${domain}' if that is the server.`);
    }
    if (/\s/.test(value))
        throw fail(`contains white space ('${shown}').`);
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw fail(`is not a valid address ('${shown}').`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw fail(`uses the scheme '${url.protocol.slice(0, -1)}' ('${shown}'); only https:// is supported.`);
    }
    if (url.username || url.password)
        throw fail('contains a user name or password; give the address alone.');
    if (!url.hostname ||
        !/^[a-z0-9.\-[\]:]+$/i.test(url.hostname) ||
        url.hostname.startsWith('.') ||
        url.hostname.endsWith('..')) {
        throw fail(`has no valid host name ('${shown}').`);
    }
    if (!url.hostname.includes('.') && !isLoopbackHost(url.hostname)) {
        throw fail(`has no valid host name ('${shown}'): a public instance's name has a dot, like 'mastodon.social'.`);
    }
    const isLoopback = isLoopbackHost(url.hostname);
    if (url.protocol === 'http:' && !isLoopback) {
        throw fail(`is '${shown}': http:// is refused for anything but loopback hosts (127.0.0.0/8, ::1, localhost), because the token would cross the network in clear text. Use https://${url.host}.`);
    }
    const host = url.port ? `${toUnicode(url.hostname)}:${url.port}` : toUnicode(url.hostname);
    return { origin: url.origin, host, isLoopback };
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    // Only the names DESIGN.md lists. Not `*.localhost`: RFC 6761 reserves it, but the system resolver may still send
    // it to DNS (glibc without nss-myhostname does), and an answer there would take the token off the machine in clear.
    if (host === 'localhost')
        return true;
    if (host === '::1' || host === '0:0:0:0:0:0:0:1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function toUnicode(hostname) {
    return hostname.includes('xn--') ? (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToUnicode)(hostname) || hostname : hostname;
}
/**
 * The host as a report shows it: the Unicode form, and beside it the punycode one when a label mixes scripts (a
 * Cyrillic `а` in `mаstodon.social` looks like the real one but is another server).
 */
function shownHost(host) {
    const port = /:\d+$/.exec(host)?.[0] ?? '';
    const name = port ? host.slice(0, -port.length) : host;
    if (!name.split('.').some(mixesScripts))
        return host;
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(name);
    return ascii && ascii !== name ? `${host} (${ascii}${port})` : host;
}
/** The scripts whose letters look alike across them; Japanese writing mixes Han, Hiragana and Katakana by design. */
const SCRIPTS = [
    ['Latin', /\p{Script=Latin}/u],
    ['Cyrillic', /\p{Script=Cyrillic}/u],
    ['Greek', /\p{Script=Greek}/u],
    ['Armenian', /\p{Script=Armenian}/u],
    ['Georgian', /\p{Script=Georgian}/u],
    ['Hebrew', /\p{Script=Hebrew}/u],
    ['Arabic', /\p{Script=Arabic}/u],
    ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
    ['Hangul', /\p{Script=Hangul}/u],
    ['Thai', /\p{Script=Thai}/u],
    ['Devanagari', /\p{Script=Devanagari}/u],
];
function mixesScripts(label) {
    const scripts = new Set();
    for (const char of label) {
        if (!/\p{L}/u.test(char))
            continue;
        scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
    }
    return scripts.size > 1;
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs),
/* harmony export */   H: () => (/* binding */ Defaults)
/* harmony export */ });
/** Input names as action.yml spells them. */
const Inputs = {
    Instance: 'instance',
    Token: 'token',
    RequiredScopes: 'required-scopes',
    OnExcess: 'on-excess',
    OnMissing: 'on-missing',
    OnUnreachable: 'on-unreachable',
    MaxTokenAgeDays: 'max-token-age-days',
    Comment: 'comment',
    Issue: 'issue',
    GithubToken: 'github-token',
    TimeoutSeconds: 'timeout-seconds',
    Probe: 'probe',
    Config: 'config',
    SourcePaths: 'source-paths',
};
/** Defaults, the same as action.yml's (a test keeps the two equal). */
const Defaults = {
    [Inputs.RequiredScopes]: '',
    [Inputs.OnExcess]: 'warn',
    [Inputs.OnMissing]: 'fail',
    [Inputs.OnUnreachable]: 'fail',
    [Inputs.MaxTokenAgeDays]: '',
    [Inputs.Comment]: 'auto',
    [Inputs.Issue]: 'auto',
    [Inputs.TimeoutSeconds]: '30',
    [Inputs.Probe]: 'auto',
    [Inputs.Config]: '',
    [Inputs.SourcePaths]: '',
};


/***/ }),

/***/ 9571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   I4: () => (/* binding */ failUnexpected),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   t1: () => (/* binding */ runnerLog),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export debug */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
/**
 * The runner's protocol, the one implementation of it in the action: reading inputs, masking the token, the log
 * (debug, info, warning lines), the annotations, the outputs, the job summary and failing the step. Byte for byte
 * what @actions/core 3 writes (lib/core.js, command.js, file-command.js, summary.js; __tests__/runner.test.ts
 * compares the two). @actions/core itself is not loaded: at import time it loads its OIDC client, and with it undici,
 * most of a megabyte of code for features the action never uses (npm run bench measured it at a third of a plain
 * run's CPU). Everything here is synchronous and needs no chunk, so the failure funnel can rely on it.
 *
 * It is loaded before the first connection (index.ts), so it imports no module of its own: node:os and node:crypto
 * would cost more than the rest of the entry (npm run bench). EOL is worked out; node:crypto is taken when the
 * outputs are written, by then mostly loaded with node:tls (globalThis.crypto would load Web Crypto on top).
 */


/** A random UUID, as @actions/core's delimiters use (crypto.randomUUID). */
const randomUUID = () => process.getBuiltinModule('node:crypto').randomUUID();
/** As node:os's EOL. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return options.trimWhitespace === false ? value : value.trim();
}
function setSecret(secret) {
    issueCommand('add-mask', secret);
}
function debug(message) {
    issueCommand('debug', message);
}
function info(message) {
    process.stdout.write(`${message}${EOL}`);
}
function warning(message, properties = {}) {
    issueCommand('warning', message, properties);
}
function error(message, properties = {}) {
    issueCommand('error', message, properties);
}
function notice(message, properties = {}) {
    issueCommand('notice', message, properties);
}
/** The step fails: exit code 1 and an error line, as `core.setFailed`. Needs no chunk: the failure funnel's last resort. */
function setFailed(message) {
    process.exitCode = 1;
    issueCommand('error', message);
}
/**
 * The step's outputs, all in one write to $GITHUB_OUTPUT (each as `core.setOutput` writes it: a heredoc with a random
 * delimiter), or as `::set-output` lines where the runner gives no file.
 */
function setOutputs(outputs) {
    const file = process.env['GITHUB_OUTPUT'] || '';
    if (!file) {
        for (const [name, value] of Object.entries(outputs)) {
            process.stdout.write(EOL);
            issueCommand('set-output', value, { name });
        }
        return;
    }
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${randomUUID()}`;
        // As @actions/core: a value that holds the delimiter would end its heredoc early and forge the next output.
        if (name.includes(delimiter) || value.includes(delimiter)) {
            throw new Error(`Unexpected input: output '${name}' contains the delimiter "${delimiter}"`);
        }
        text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
    }
    // As @actions/core (file-command.js): the runner creates the file; one that is missing is an error, not created.
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, text, { encoding: 'utf8' });
}
/**
 * Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY), as `core.summary.addRaw(markdown).write()`: nothing
 * when the runner gives no file; an error, for the caller to turn into a warning, when the file cannot be written.
 */
function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown, { encoding: 'utf8' });
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
}
/**
 * The failure funnel: anything unexpected fails the step with one redacted line. Speaks the runner's protocol itself,
 * so it works when a chunk is what failed to load (index.ts, main.ts).
 */
function failUnexpected(error, redact) {
    setFailed(redact((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpectedFailure */ .m)(error)));
}
/** The runner's log, as the one logging interface (util/log.ts). */
const runnerLog = { debug, info, warning: (message, title) => warning(message, title ? { title } : {}) };
function issueCommand(command, message, properties) {
    process.stdout.write(`::${command}${propertiesText(properties)}::${escapeData(message)}${EOL}`);
}
function propertiesText(properties) {
    if (!properties || Object.keys(properties).length === 0)
        return '';
    const pairs = 'name' in properties
        ? [['name', properties.name]]
        : [
            ['title', properties.title],
            ['file', properties.file],
            ['line', properties.startLine],
        ];
    // As @actions/core: a space once there are properties, and only the non-empty ones.
    const kept = pairs.filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return ` ${kept.join(',')}`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oO: () => (/* binding */ createTransport),
  ci: () => (/* binding */ discardPreconnection),
  kZ: () => (/* binding */ preconnect)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./src/mastodon/exchange.ts
/**
 * The contract between the HTTP client (http.ts) and the protocols that carry its requests (http1.ts, http2.ts):
 * one request out, one answer's head and body back. transport.ts chooses which protocol serves an instance.
 */
/** Headers without HTTP/2's pseudo-headers (`:status`). */
function withoutPseudoHeaders(headers) {
    const plain = {};
    for (const [name, value] of Object.entries(headers)) {
        if (!name.startsWith(':'))
            plain[name] = typeof value === 'number' ? String(value) : value;
    }
    return plain;
}

;// CONCATENATED MODULE: ./src/mastodon/http2.ts
/**
 * One TLS connection to the instance, offering HTTP/2 and HTTP/1.1 through ALPN. When the instance picks HTTP/2,
 * every request is a stream on that connection: one TCP and one TLS handshake for the whole check, where HTTP/1.1
 * needs one per request in flight. When it picks HTTP/1.1 (or no ALPN at all), the connection is handed to http1.ts
 * for the first request and HTTP/1.1 serves the rest of the run.
 *
 * A connection that ends (GOAWAY, an error, a reset) is forgotten: the next request, a retry included, opens a new one.
 */



/** RST_STREAM's CANCEL: the client no longer wants the stream (RFC 9113 §7). */
const CANCEL = 8;
let http2Loading;
const loadHttp2 = () => (http2Loading ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2467, 23)));
/** Opens a TLS connection to the origin offering h2 and http/1.1, with every listener it needs from the start. */
function openTls(origin) {
    const host = origin.hostname.replace(/^\[|\]$/g, '');
    const socket = (0,external_node_tls_.connect)({
        host,
        port: Number(origin.port || 443),
        ALPNProtocols: ['h2', 'http/1.1'],
        // An IP address is no server name (RFC 6066 §3): SNI only for a host name.
        ...((0,external_node_net_.isIP)(host) ? {} : { servername: host }),
    });
    // node:http2 loads while the handshake is in flight: once the ClientHello is out, not before it.
    socket.once('connect', () => setImmediate(() => void loadHttp2().catch(() => { })));
    const secured = new Promise((resolve, reject) => {
        socket.once('secureConnect', () => resolve(socket));
        socket.on('error', reject);
    });
    // Whoever takes the connection awaits this; until then a failed handshake is only remembered.
    secured.catch(() => { });
    return { socket, secured };
}
/** The connection index.ts opened before the rest of the action loaded (transport.ts `preconnect`), until taken. */
let early;
/**
 * Opens the connection the first request to `origin` will take. Resolves once the TCP connection is up and the
 * ClientHello written, or the attempt has failed (the request that takes it will see why).
 */
function openEarly(origin) {
    early?.opened.socket.destroy();
    const opened = openTls(origin);
    early = { origin: origin.origin, opened };
    return new Promise((resolve) => {
        // Listeners run in order: node:tls's own, which writes the ClientHello, came first.
        opened.socket.once('connect', () => resolve());
        opened.socket.once('close', () => resolve());
    });
}
/** Closes the early connection if no request took it: the run made no request to its origin. */
function discardEarly() {
    early?.opened.socket.destroy();
    early = undefined;
}
function takeEarly(origin) {
    if (early?.origin !== origin.origin)
        return undefined;
    const { opened } = early;
    early = undefined;
    return opened;
}
function createAlpnTransport(origin, http1) {
    let route;
    let fallback;
    const sessions = new Set();
    const sockets = new Set();
    let closed = false;
    async function connect(signal) {
        // The first connection may be open already, its handshake under way or done (index.ts); later ones are new.
        const { socket: tls, secured } = takeEarly(origin) ?? openTls(origin);
        sockets.add(tls);
        tls.once('close', () => sockets.delete(tls));
        const abort = () => tls.destroy(signal.reason);
        if (signal.aborted)
            abort();
        signal.addEventListener('abort', abort, { once: true });
        let socket;
        try {
            socket = await secured;
        }
        finally {
            signal.removeEventListener('abort', abort);
        }
        if (socket.alpnProtocol !== 'h2') {
            fallback ??= http1(socket);
            return { http1: fallback };
        }
        const { connect: connectHttp2 } = await loadHttp2();
        const session = connectHttp2(origin.origin, { createConnection: () => socket });
        sessions.add(session);
        // Each stream reports the failure of its session; the session's own error needs a listener all the same.
        session.on('error', () => { });
        session.once('close', () => sessions.delete(session));
        if (closed)
            session.destroy();
        return { session };
    }
    /** The route in use; a new connection when there is none or the last one ended. */
    function current(signal) {
        if (fallback)
            return Promise.resolve({ http1: fallback });
        if (route === undefined) {
            const attempt = connect(signal);
            route = attempt;
            const forget = () => {
                if (route === attempt)
                    route = undefined;
            };
            attempt.then((r) => {
                if ('session' in r) {
                    r.session.once('goaway', forget);
                    r.session.once('close', forget);
                    if (r.session.closed || r.session.destroyed)
                        forget();
                }
            }, forget);
        }
        return route;
    }
    return {
        async exchange(exchange) {
            let r;
            try {
                r = await current(exchange.signal);
            }
            catch (error) {
                exchange.onWritten();
                throw error;
            }
            return 'http1' in r ? r.http1.exchange(exchange) : onStream(r.session, exchange);
        },
        close() {
            closed = true;
            for (const session of sessions)
                session.destroy();
            for (const socket of sockets)
                socket.destroy();
            fallback?.close();
        },
    };
}
function onStream(session, { method, url, headers, signal, onWritten }) {
    return new Promise((resolve, reject) => {
        let answered = false;
        const fail = (error) => {
            onWritten();
            if (!answered)
                reject(error);
        };
        let stream;
        try {
            stream = session.request({
                ':method': method,
                ':path': `${url.pathname}${url.search}`,
                ...headers,
                // As over HTTP/1.1: a probe's POST or PUT says that it carries no body.
                ...(method === 'GET' || method === 'HEAD' ? {} : { 'content-length': '0' }),
            }, { endStream: true, signal });
        }
        catch (error) {
            // The session ended between being chosen and this request (GOAWAY): a network fault, retried on a new one.
            fail(error);
            return;
        }
        // The HEADERS frame is written when nghttp2 next flushes, after the stream is open ('ready', which a session
        // already connected emits before request() returns).
        const written = () => setImmediate(() => setImmediate(onWritten));
        if (stream.pending)
            stream.once('ready', written);
        else
            written();
        stream.on('error', fail);
        stream.once('close', () => {
            // A reset without an error code (NO_ERROR) closes the stream without an 'error'.
            if (!answered)
                fail(http2Closed(stream.rstCode));
        });
        stream.once('response', (head) => {
            answered = true;
            resolve({
                status: Number(head[':status'] ?? 0),
                headers: withoutPseudoHeaders(head),
                body: stream,
                discard: () => stream.resume(),
                abandon: () => stream.close(CANCEL),
            });
        });
    });
}
function http2Closed(rstCode) {
    return Object.assign(new Error(`the HTTP/2 stream closed before an answer (code ${rstCode ?? 'none'})`), {
        code: 'ERR_HTTP2_STREAM_ERROR',
    });
}

;// CONCATENATED MODULE: ./src/mastodon/http1.ts
function createHttp1Transport(options) {
    let loaded;
    let agent;
    let spare = options.spare;
    const load = () => (loaded ??= (async () => {
        const http = options.secure ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
        agent = new http.Agent({ keepAlive: true, ...(options.proxyEnv ? { proxyEnv: options.proxyEnv } : {}) });
        const create = agent.createConnection.bind(agent);
        agent.createConnection = (connectOptions, callback) => {
            const socket = spare;
            spare = undefined;
            return socket && !socket.destroyed ? socket : create(connectOptions, callback);
        };
        return { agent, send: http.request };
    })());
    return {
        async exchange({ method, url, headers, signal, onWritten }) {
            const { agent, send } = await load();
            return new Promise((resolve, reject) => {
                const request = send(url, { method, agent, signal, headers });
                request.once('response', (response) => resolve({
                    status: response.statusCode ?? 0,
                    headers: response.headers,
                    body: response,
                    discard: () => response.resume(),
                    abandon: () => response.destroy(),
                }));
                request.once('error', (error) => {
                    onWritten();
                    reject(error);
                });
                whenWritten(request, onWritten);
                // Ended before any write: Node sends Content-Length: 0, so a probe's POST or PUT carries no body.
                request.end();
            });
        },
        close() {
            agent?.destroy();
            spare?.destroy();
        },
    };
}
/**
 * Calls back once the request's bytes can have left: its socket is connected (TLS included), so the queued request
 * has been written. 'finish' alone fires while a new socket is still connecting, with the bytes still in memory.
 */
function whenWritten(request, callback) {
    request.once('socket', (socket) => {
        const event = 'encrypted' in socket ? 'secureConnect' : 'connect';
        if (socket.connecting)
            socket.once(event, () => setImmediate(callback));
        else
            setImmediate(callback);
    });
}

;// CONCATENATED MODULE: ./src/mastodon/transport.ts


/** The proxy variables Node's built-in proxy support reads for https (NO_PROXY is applied by it, per host). */
function proxyConfigured(env) {
    return Boolean(env['HTTPS_PROXY'] || env['https_proxy']);
}
function createTransport({ origin, isLoopback }) {
    const secure = origin.protocol === 'https:';
    if (!usesAlpn({ origin, isLoopback })) {
        return createHttp1Transport({ secure, proxyEnv: isLoopback ? undefined : process.env });
    }
    return createAlpnTransport(origin, (spare) => createHttp1Transport({ secure, spare }));
}
/**
 * Whether the requests go over one TLS connection offering h2 (http2.ts): https with no proxy. A proxy from the
 * environment (HTTPS_PROXY, NO_PROXY: self-hosted runners) is honoured for real instances, by Node's built-in proxy
 * support (`proxyEnv`, Node 24.5+; the runner's node24 is newer); loopback never goes through one. Through a proxy,
 * and over plain http, the requests are HTTP/1.1 (http1.ts).
 */
function usesAlpn({ origin, isLoopback }) {
    return origin.protocol === 'https:' && (isLoopback || !proxyConfigured(process.env));
}
/**
 * Opens the connection to the instance that the first request will take, before the rest of the action has loaded
 * (index.ts): the TCP and TLS handshakes run while Node loads and reads the settings. Only where the requests would
 * open this very connection (`usesAlpn`); nothing but the handshake goes over it until a request takes it, so a run
 * that makes no request (bad inputs, a skipped check) sends nothing and discards it (`discardPreconnection`).
 * Resolves once the ClientHello is written (or the attempt failed); at once when nothing was opened.
 */
function preconnect(options) {
    return usesAlpn(options) ? openEarly(options.origin) : Promise.resolve();
}
/** Closes the connection `preconnect` opened if no request took it. Idempotent. */
function discardPreconnection() {
    discardEarly();
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   m: () => (/* binding */ unexpectedFailure)
/* harmony export */ });
/** The message of anything thrown, Error or not. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** What the action and the CLI say of a failure nothing else caught: what failed, and where to report it. */
function unexpectedFailure(error) {
    return `mastodon-token-health failed unexpectedly: ${messageOf(error)}. Please report this at the action's repository.`;
}


/***/ }),

/***/ 767:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   aU: () => (/* binding */ warmRedactor),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export REDACTED */
const REDACTED = '***';
/** Forms shorter than this are not secrets anyone could mask (settings.ts refuses shorter tokens). */
const MIN_SECRET_LENGTH = 8;
/** What may sit between two characters of an echoed secret: control and invisible characters, raw or escaped. */
const FILLER = '(?:[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff]' +
    '|\\\\u00[01][0-9a-f]|\\\\u007f|\\\\[nrtbf0]|%[01][0-9a-f]|%7f|&#(?:x0*[01]?[0-9a-f]|0*(?:[0-9]|[12][0-9]|3[01]|127));)*';
function createRedactor(secrets) {
    const forms = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))];
    if (forms.length === 0)
        return (text) => text;
    const alternatives = forms
        .sort((a, b) => b.length - a.length)
        .flatMap((secret) => [
        Array.from(secret).map(characterForms).join(FILLER),
        ...base64Forms(secret).map(escapeRegExp),
    ]);
    const pattern = new RegExp(alternatives.join('|'), 'gi');
    return (text) => text.replace(pattern, REDACTED);
}
/**
 * Compiles a redactor's pattern ahead of its first real use. The pattern covers every form of every secret, and V8
 * compiles a regular expression on its first run, again (to machine code) on a later one, and once more for the first
 * text that is not Latin-1 (a report's ✓ or —): about 5 ms for one token, 60 ms for twenty (npm run bench). The HTTP
 * client calls this once its requests are written, so that the cost falls in the wait for the answers instead of
 * after them.
 */
function warmRedactor(redact) {
    for (const text of ['warm', 'warm', 'warm \u2713', 'warm \u2713'])
        redact(text);
}
/** Every string inside a parsed JSON value (object keys included), redacted. */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, redact));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v, redact)]));
    }
    return value;
}
/**
 * The forms of the token as given that the runner must mask and the redactor must find: as pasted, trimmed, without
 * a `Bearer ` prefix, and line by line (the runner masks lines one by one). Shared by the action and the CLI.
 */
function secretForms(rawToken, ...otherSecrets) {
    const trimmed = rawToken.trim();
    const forms = [rawToken, trimmed, trimmed.replace(/^bearer\s+/i, ''), ...trimmed.split(/[\r\n]+/), ...otherSecrets];
    return [...new Set(forms.map((f) => f.trim()).filter((f) => f.length >= MIN_SECRET_LENGTH))];
}
function characterForms(character) {
    const point = character.codePointAt(0) ?? 0;
    const bytes = [...Buffer.from(character, 'utf8')];
    const percent = bytes.map((b) => `%${hex(b)}`).join('');
    const json = point <= 0xffff ? `\\\\u${hex(point, 4)}` : '';
    const forms = [
        escapeRegExp(character),
        percent,
        ...(json ? [json] : []),
        `&#0*${point};`,
        `&#x0*${point.toString(16)};`,
        // JSON writes `/`, `"` and `\` with a backslash before them.
        ...('/"\\'.includes(character) ? [`\\\\${escapeRegExp(character)}`] : []),
    ];
    return `(?:${forms.join('|')})`;
}
function base64Forms(secret) {
    const standard = Buffer.from(secret, 'utf8').toString('base64');
    const bare = standard.replace(/=+$/, '');
    const urlSafe = bare.replace(/\+/g, '-').replace(/\//g, '_');
    return [...new Set([standard, bare, urlSafe])].filter((f) => f.length >= MIN_SECRET_LENGTH);
}
function hex(value, width = 2) {
    return value.toString(16).padStart(width, '0');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
