/**
 * The one logging interface: diagnostic lines for whoever runs the check. The action writes them through the
 * runner's protocol (inputs/runner.ts), the CLI to standard error. Not for the report itself: outputs, the summary
 * and the annotations are the Actions sink's (sinks/actions.ts).
 */
import type { Redactor } from './redact.ts';
import { oneLine } from './text.ts';

/** A log line is one line; past this it is clipped. */
const MAX_LOG_LINE = 2000;

export interface Log {
  /** Shown only when the run is debugged (ACTIONS_STEP_DEBUG, MASTODON_TOKEN_HEALTH_DEBUG). */
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, title?: string): void;
}

/**
 * Every line redacted, then made one printable line (util/text.ts), on its way out: a log never carries the token or
 * a server's control characters, whoever wrote the line. Redacted first: cleaning first could break a token up and
 * hide it from the redactor.
 */
export function safeLog(log: Log, redact: Redactor): Log {
  const clean = (text: string) => oneLine(redact(text), MAX_LOG_LINE);
  return {
    debug: (message) => log.debug(clean(message)),
    info: (message) => log.info(clean(message)),
    warning: (message, title) => log.warning(clean(message), title === undefined ? undefined : clean(title)),
  };
}
