/** Failures of the token commands: each message says what failed, why, and what to do. */
import { oneLine } from '../util/text.ts';

/** Exit status 2: the command line was wrong; nothing was done on any server. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit status 1: a step failed. The message is the step's own; the orchestrator adds which token is live. */
export class StepError extends Error {
  override readonly name = 'StepError';
}

/** A store that took the token but not all that goes beside it: the token is live there, and must not be revoked. */
export class PartiallyStored extends StepError {
  /** Where the token now is, in words. */
  readonly where: string;
  constructor(message: string, where: string) {
    super(message);
    this.where = where;
  }
}

/**
 * Text a server chose (an error description, a header), made safe to print: secrets removed first (a clipped token
 * would slip past redaction), then the one sanitiser (util/text.ts), in quotes.
 */
export function serverText(text: string, redact: (s: string) => string): string {
  return `"${oneLine(redact(text))}"`;
}
