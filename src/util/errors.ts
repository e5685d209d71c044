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

/** What the action and the CLI say of a failure nothing else caught: what failed, and where to report it. */
export function unexpectedFailure(error: unknown): string {
  return `mastodon-token-health failed unexpectedly: ${messageOf(error)}. Please report this at the action's repository.`;
}
