/**
 * The one HTTP client: the token only to the instance's origin, every request bounded by the check's deadline,
 * transient faults retried. The protocol underneath is transport.ts's: HTTP/2 on one connection when the instance
 * offers it, else HTTP/1.1, all on Node's own http, https, http2 and tls (undici as a bundled dependency was most of
 * dist/index.js and a large part of the start-up time: npm run bench).
 */
import { messageOf } from '../util/errors.ts';
import { RequestError, type RequestFailureKind } from './errors.ts';
import { createRedactor, redactDeep, secretForms, warmRedactor, type Redactor } from '../util/redact.ts';
import { code } from '../util/text.ts';
import { USER_AGENT } from '../util/user-agent.ts';
import type { Answer } from './exchange.ts';
import { createTransport } from './transport.ts';

/** What is read of a body at most: every answer we use is a few kB; a larger one is not Mastodon's. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;
const MAX_ATTEMPTS = 3;

export interface HttpResponse {
  readonly method: string;
  /** Path and query as requested (never holds the token: it travels in the Authorization header only). */
  readonly path: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** The parsed body when it is JSON, else undefined. */
  readonly json: unknown;
  /** How many attempts the answer took (retries of transient faults). */
  readonly attempts: number;
}

export interface RequestOptions {
  readonly method?: string;
  /** Send the token. Public endpoints (instance metadata) go without it. */
  readonly auth?: boolean;
}

export interface HttpClient {
  /** Resolves with any HTTP answer; rejects with RequestError when there is none (network, TLS, timeout…). */
  request(path: string, options?: RequestOptions): Promise<HttpResponse>;
  /**
   * Settles the first time no request is left waiting to go out (every request asked for so far has been written,
   * or has failed), or when the client is closed without that: work that would hold the event loop may start then
   * without holding a request or a handshake back. The action's start-up timing hangs on this one promise (main.ts).
   */
  readonly firstWaveWritten: Promise<void>;
  close(): Promise<void>;
}

export interface HttpClientOptions {
  readonly origin: string;
  readonly token: string;
  /** Epoch milliseconds after which no request may still run: the whole check's bound, retries included. */
  readonly deadline: number;
  readonly isLoopback: boolean;
  /** Waits between retries; injectable so tests need not sleep. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told of every answer and failure, one line each, for debug logs. Never given the token. */
  readonly debug?: (line: string) => void;
  /**
   * The run's redactor (util/redact.ts), when it has one: it must find every form of the token, and may find more
   * secrets. One redactor for the run means one pattern to compile. Default: one made for the token.
   */
  readonly redact?: Redactor;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { origin, token, deadline } = options;
  const sleep = options.sleep ?? defaultSleep;
  // A proxy, an echo service or a debug page may send the Authorization header back. What the server sent is
  // cleaned of the token here, before anything reads it: later code clips server texts to a length, and a token cut
  // in two would slip past the redaction of what the program writes. The raw text and headers are cleaned of every
  // form of it (util/redact.ts), and the parsed JSON again: JSON.parse turns escapes into characters.
  const scrub = options.redact ?? createRedactor(secretForms(token));
  const transport = createTransport({ origin: new URL(origin), isLoopback: options.isLoopback });
  let unwritten = 0;
  let markWaveWritten = () => {};
  const firstWaveWritten = new Promise<void>((resolve) => (markWaveWritten = resolve));
  // The redactor's pattern compiles while the answers are awaited, not when they arrive (util/redact.ts says why).
  void firstWaveWritten.then(() => warmRedactor(scrub));

  /** Resolves once the status line and headers are in; the body is read by the caller. */
  function exchange(url: URL, method: string, auth: boolean, signal: AbortSignal): Promise<Answer> {
    unwritten++;
    let written = false;
    const onWritten = () => {
      if (written) return;
      written = true;
      // Settling again (a later wave) is a no-op.
      if (--unwritten === 0) markWaveWritten();
    };
    const headers = {
      accept: 'application/json',
      // Pleroma and Akkoma translate their error texts by Accept-Language, not `?lang=` (docs/servers/akkoma.md §3).
      'accept-language': 'en',
      'user-agent': USER_AGENT,
      ...(auth ? { authorization: `Bearer ${token}` } : {}),
    };
    return transport.exchange({ method, url, headers, signal, onWritten });
  }

  async function once(method: string, path: string, auth: boolean): Promise<Omit<HttpResponse, 'attempts'>> {
    let current = path;
    for (let hop = 0; ; hop++) {
      const url = new URL(current, origin);
      const shownUrl = `${url.origin}${url.pathname}${url.search}`;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new RequestError('timeout', method, shownUrl, 'no time left within timeout-seconds');
      // One signal bounds the connection, the headers and the body alike.
      const signal = AbortSignal.timeout(remaining);
      let answer: Answer;
      try {
        answer = await exchange(url, method, auth, signal);
      } catch (error) {
        throw toRequestError(signal.aborted ? signal.reason : error, method, shownUrl);
      }
      const status = answer.status;
      const headers = flattenHeaders(answer.headers, scrub);
      const location = headers['location'];
      if (status >= 300 && status < 400 && location !== undefined) {
        answer.discard();
        const target = safeUrl(location, url);
        if (!target || target.origin !== new URL(origin).origin) {
          // The token never follows a redirect to another origin (DESIGN.md, safety promises).
          throw new RequestError(
            'redirect',
            method,
            shownUrl,
            `the server redirected to ${target ? code(target.origin) : 'an invalid address'}, another origin; the request was not repeated there, so the token was not sent`,
          );
        }
        if (method !== 'GET' || hop >= MAX_REDIRECTS) {
          throw new RequestError(
            'redirect',
            method,
            shownUrl,
            `too many redirects or a redirect of a ${method} request`,
          );
        }
        current = `${target.pathname}${target.search}`;
        continue;
      }
      const text = scrub(await readCapped(answer, method, shownUrl, signal));
      return { method, path: current, status, headers, text, json: redactDeep(parseJson(text, headers), scrub) };
    }
  }

  return {
    async request(path, { method = 'GET', auth = true } = {}) {
      for (let attempt = 1; ; attempt++) {
        let response: Omit<HttpResponse, 'attempts'>;
        try {
          response = await once(method, path, auth);
        } catch (error) {
          options.debug?.(`${method} ${path} -> ${messageOf(error)} (attempt ${attempt})`);
          const retryable = error instanceof RequestError && error.kind === 'network';
          if (!retryable || !(await backoff(attempt, undefined))) throw error;
          continue;
        }
        options.debug?.(`${method} ${response.path} -> ${response.status} (attempt ${attempt})`);
        if (isTransient(response.status) && (await backoff(attempt, response))) continue;
        return { ...response, attempts: attempt };
      }
    },
    firstWaveWritten,
    async close() {
      markWaveWritten();
      transport.close();
    },
  };

  /** Sleeps before another attempt when one is allowed and fits in the time left; says whether to retry. */
  async function backoff(attempt: number, response: Omit<HttpResponse, 'attempts'> | undefined): Promise<boolean> {
    if (attempt >= MAX_ATTEMPTS) return false;
    let wait = 250 * 2 ** (attempt - 1);
    if (response?.status === 429) {
      // Mastodon sends no Retry-After on 429, only X-RateLimit-Reset as ISO 8601 (reference §6).
      const reset = Date.parse(response.headers['x-ratelimit-reset'] ?? '');
      const retryAfter = Number(response.headers['retry-after']);
      if (Number.isFinite(reset)) wait = Math.max(wait, reset - Date.now() + 100);
      else if (Number.isFinite(retryAfter)) wait = Math.max(wait, retryAfter * 1000);
    }
    // Keep time for the retried request itself to answer.
    if (Date.now() + wait + 500 > deadline) return false;
    await sleep(wait);
    return true;
  }
}

function isTransient(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

function flattenHeaders(
  raw: Record<string, string | string[] | undefined>,
  scrub: (text: string) => string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = scrub(Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function safeUrl(location: string, base: URL): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

async function readCapped(answer: Answer, method: string, url: string, signal: AbortSignal): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of answer.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_BODY_BYTES) {
        answer.abandon();
        throw new RequestError(
          'too-large',
          method,
          url,
          `the answer is larger than ${MAX_BODY_BYTES} bytes; not Mastodon's`,
        );
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof RequestError) throw error;
    // An abort mid-body surfaces as the socket's reset: the deadline is the cause.
    throw toRequestError(signal.aborted ? signal.reason : error, method, url);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string, headers: Record<string, string>): unknown {
  const type = headers['content-type'] ?? '';
  if (!/\bjson\b/i.test(type) && !/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** TLS failures that are about the certificate: the server speaks TLS, but cannot prove it is the host. */
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ALTNAME/;
/** TLS failures of the protocol itself: typically plain http on the port, or not a web server at all. */
const TLS_PROTOCOL_CODES = /^ERR_SSL_|^EPROTO$|TLS/;

/** What a socket error means, in words a user can act on (the code stays in the message for a search). */
const NETWORK_MEANINGS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the host refused it: nothing listens at this address and port',
  ECONNRESET: 'the server closed the connection before it answered in full',
  UND_ERR_SOCKET: 'the server closed the connection before it answered in full',
  EPIPE: 'the server closed the connection before it answered in full',
  EHOSTUNREACH: 'the host cannot be reached from this network',
  ENETUNREACH: 'the network is unreachable from this machine',
  ERR_STREAM_PREMATURE_CLOSE: 'the server closed the connection before it answered in full',
  ERR_HTTP2_STREAM_ERROR: 'the server reset the request (HTTP/2 RST_STREAM) before it answered in full',
  ERR_HTTP2_STREAM_CANCEL: 'the HTTP/2 connection ended before the server answered',
  ERR_HTTP2_GOAWAY_SESSION: 'the server was closing the HTTP/2 connection (GOAWAY)',
  ERR_HTTP2_SESSION_ERROR: 'the server closed the HTTP/2 connection with an error (GOAWAY)',
  ERR_HTTP2_INVALID_SESSION: 'the HTTP/2 connection had already ended',
  ERR_HTTP2_ERROR: 'the server broke the HTTP/2 protocol',
};

function toRequestError(error: unknown, method: string, url: string): RequestError {
  const code = errorCode(error);
  const name = error instanceof Error ? error.name : '';
  let kind: RequestFailureKind = 'network';
  let detail: string;
  if (name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) {
    kind = 'timeout';
    detail = 'no answer within timeout-seconds';
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    kind = 'dns';
    detail = `the host name could not be resolved (${code})`;
  } else if (CERTIFICATE_CODES.test(code)) {
    kind = 'tls';
    detail = `the TLS connection failed (${code}): the certificate is not valid for this host or not trusted`;
  } else if (TLS_PROTOCOL_CODES.test(code)) {
    kind = 'tls';
    detail = `the TLS connection failed (${code}): the server does not speak https on this port (is it plain http, or another port?)`;
  } else {
    const meaning = NETWORK_MEANINGS[code];
    detail = `the connection failed (${code || messageOf(error)})${meaning ? `: ${meaning}` : ''}`;
  }
  return new RequestError(kind, method, url, detail, { cause: error });
}

/** The code that tells what happened may sit on a wrapped error's cause (an AbortSignal's reason, a TLS socket's). */
function errorCode(error: unknown): string {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_CONNECT') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return (error as { code?: string } | undefined)?.code ?? '';
}
