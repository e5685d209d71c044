/** A bad input: the run fails before any request, with a message that names the input. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly input: string;
  constructor(input: string, message: string) {
    super(message);
    this.input = input;
  }
}

/** Several input errors at once, so a user fixes them in one go rather than one run each. */
export class InputErrors extends Error {
  override readonly name = 'InputErrors';
  readonly errors: readonly InputError[];
  constructor(errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
  }
}

export type RequestFailureKind = 'network' | 'dns' | 'tls' | 'timeout' | 'too-large' | 'redirect';

/** A request that got no usable HTTP answer. The message names method and URL, never the token. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly kind: RequestFailureKind;
  readonly method: string;
  readonly url: string;
  constructor(kind: RequestFailureKind, method: string, url: string, detail: string, options?: { cause?: unknown }) {
    super(`${method} ${url}: ${detail}`, options);
    this.kind = kind;
    this.method = method;
    this.url = url;
  }
}

/** The message of anything thrown, Error or not. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
