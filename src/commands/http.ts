/**
 * HTTP for the token commands: form posts to the OAuth endpoints with client authentication, GETs with a bearer
 * token, all to the one instance origin. Unlike the check's client (src/http.ts), nothing here is retried: an app
 * registration or a code exchange sent twice is a second app or a refused code, so a failure is reported as it is.
 * Redirects are never followed: the OAuth endpoints do not redirect, and credentials must not travel to where a
 * redirect points.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { RequestError } from '../mastodon/errors.ts';
import { messageOf } from '../util/errors.ts';
import { USER_AGENT } from '../util/user-agent.ts';

const MAX_BODY_BYTES = 256 * 1024;

export interface CommandResponse {
  readonly method: string;
  /** Path and query as requested: never holds a secret (secrets travel in headers and bodies only). */
  readonly path: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** The parsed body when it is JSON, else undefined. */
  readonly json: unknown;
}

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface CommandRequest {
  readonly method?: 'GET' | 'POST';
  /** Form fields, sent as application/x-www-form-urlencoded (what RFC 6749 and RFC 7009 specify). */
  readonly form?: Readonly<Record<string, string>>;
  readonly bearer?: string;
  /** HTTP Basic client authentication (RFC 6749 §2.3.1: client_secret_basic). */
  readonly client?: ClientCredentials;
}

export interface CommandHttp {
  readonly origin: string;
  request(path: string, options?: CommandRequest): Promise<CommandResponse>;
  close(): void;
}

export interface CommandHttpOptions {
  readonly origin: string;
  readonly isLoopback: boolean;
  /** Each request's bound, in milliseconds. */
  readonly timeoutMs: number;
  readonly debug?: (line: string) => void;
}

/** The client of a token command: the one instance, each request bounded by `--timeout-seconds`. */
export function commandHttpFor(
  instance: { readonly origin: string; readonly isLoopback: boolean },
  timeoutSeconds: number,
): CommandHttp {
  return createCommandHttp({
    origin: instance.origin,
    isLoopback: instance.isLoopback,
    timeoutMs: timeoutSeconds * 1000,
  });
}

export function createCommandHttp(options: CommandHttpOptions): CommandHttp {
  const { origin } = options;
  const secure = new URL(origin).protocol === 'https:';
  const agentOptions = { keepAlive: true, ...(options.isLoopback ? {} : { proxyEnv: process.env }) };
  const agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  const send = secure ? httpsRequest : httpRequest;

  return {
    origin,
    async request(path, { method = 'GET', form, bearer, client } = {}) {
      const url = new URL(path, origin);
      if (url.origin !== new URL(origin).origin)
        throw new Error(`refusing a request to another origin (${url.origin})`);
      const shown = `${url.origin}${url.pathname}${url.search}`;
      const body = form ? new URLSearchParams(form).toString() : undefined;
      const headers: Record<string, string> = { accept: 'application/json', 'user-agent': USER_AGENT };
      if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      if (bearer !== undefined) headers['authorization'] = `Bearer ${bearer}`;
      if (client) {
        // RFC 6749 §2.3.1: id and secret are form-encoded before Basic. Doorkeeper's ids and secrets are URL-safe
        // Base64, which the encoding leaves as they are.
        const pair = `${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`;
        headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
      }
      const signal = AbortSignal.timeout(options.timeoutMs);
      let answer: IncomingMessage;
      try {
        answer = await new Promise<IncomingMessage>((resolve, reject) => {
          const req = send(url, { method, agent, signal, headers });
          req.once('response', resolve);
          req.once('error', reject);
          req.end(body);
        });
      } catch (error) {
        options.debug?.(`${method} ${url.pathname} -> ${messageOf(error)}`);
        throw toRequestError(error, signal, method, shown);
      }
      const status = answer.statusCode ?? 0;
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
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

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

async function readCapped(body: IncomingMessage, signal: AbortSignal, method: string, url: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_BODY_BYTES) {
        body.destroy();
        throw new RequestError('too-large', method, url, `the answer is larger than ${MAX_BODY_BYTES} bytes`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof RequestError) throw error;
    throw toRequestError(error, signal, method, url);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toRequestError(error: unknown, signal: AbortSignal, method: string, url: string): RequestError {
  if (signal.aborted) return new RequestError('timeout', method, url, 'no answer in time', { cause: error });
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new RequestError('dns', method, url, `the host name could not be resolved (${code})`, { cause: error });
  if (typeof code === 'string' && /CERT|SSL|TLS|SELF_SIGNED/.test(code))
    return new RequestError('tls', method, url, `the TLS connection failed (${code})`, { cause: error });
  return new RequestError(
    'network',
    method,
    url,
    `the connection failed (${typeof code === 'string' ? code : messageOf(error)})`,
    {
      cause: error,
    },
  );
}
