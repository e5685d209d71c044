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
