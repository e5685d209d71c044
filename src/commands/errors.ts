/** Failures of the token commands: each message says what failed, why, and what to do. */

/** Exit status 2: the command line was wrong; nothing was done on any server. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit status 1: a step failed. The message is the step's own; the orchestrator adds which token is live. */
export class StepError extends Error {
  override readonly name = 'StepError';
}

/**
 * Text a server chose (an error description, a header), made safe to print: secrets removed first (a clipped token
 * would slip past redaction), then one line without control characters, clipped.
 */
export function serverText(text: string, redact: (s: string) => string): string {
  const line = redact(text)
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return `"${line.length > 200 ? `${line.slice(0, 197)}...` : line}"`;
}
