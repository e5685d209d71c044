/**
 * The contract between the HTTP client (http.ts) and the protocols that carry its requests (http1.ts, http2.ts):
 * one request out, one answer's head and body back. transport.ts chooses which protocol serves an instance.
 */

export interface Exchange {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  /** Bounds the connection, the head and the body alike. */
  readonly signal: AbortSignal;
  /** Called once the request's bytes have been written to the connection (or it failed before they could be). */
  readonly onWritten: () => void;
}

/** An answer's head, and its body to read. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: AsyncIterable<unknown>;
  /** Reads the body to its end and throws it away, so the connection can serve the next request. */
  discard(): void;
  /** Stops reading: what is left is not wanted. */
  abandon(): void;
}

export interface Transport {
  /** Resolves once the status line and headers are in. */
  exchange(exchange: Exchange): Promise<Answer>;
  close(): void;
}

/** Headers without HTTP/2's pseudo-headers (`:status`). */
export function withoutPseudoHeaders(
  headers: Readonly<Record<string, string | string[] | number | undefined>>,
): Record<string, string | string[] | undefined> {
  const plain: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith(':')) plain[name] = typeof value === 'number' ? String(value) : value;
  }
  return plain;
}
