/** The HTTP boundary's typed errors. */
import { code } from '../util/text.ts';

export type RequestFailureKind = 'network' | 'dns' | 'tls' | 'timeout' | 'too-large' | 'redirect';

/**
 * A request that got no usable HTTP answer. The message names method and URL (in a code span: after a redirect, its
 * path is the server's choice), never the token.
 */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly kind: RequestFailureKind;
  readonly method: string;
  readonly url: string;
  constructor(kind: RequestFailureKind, method: string, url: string, detail: string, options?: { cause?: unknown }) {
    super(`${method} ${code(url, { max: 300 })}: ${detail}`, options);
    this.kind = kind;
    this.method = method;
    this.url = url;
  }
}
