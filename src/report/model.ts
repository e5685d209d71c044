/** The report: plain data that every sink renders (outputs, summary, annotations, comment, issue, CLI). */

export type Status =
  | 'healthy'
  | 'over-scoped'
  | 'under-scoped'
  | 'revoked'
  | 'invalid'
  | 'account-unusable'
  | 'app-only'
  | 'unreachable'
  | 'skipped'
  | 'input-error';

/** Worst first (DESIGN.md): the status of a run is its worst finding's. */
export const STATUS_ORDER: readonly Status[] = [
  'input-error',
  'skipped',
  'unreachable',
  'revoked',
  'invalid',
  'account-unusable',
  'app-only',
  'under-scoped',
  'over-scoped',
  'healthy',
];

export type TokenState = 'active' | 'revoked' | 'invalid' | 'expired' | 'account-unusable' | 'app-only' | 'unknown';
export type ScopesSource = 'token-info' | 'probe' | 'app' | '';
export type Severity = 'failure' | 'warning' | 'notice';

export interface Finding {
  /** Stable key, e.g. `revoked`, `excess-scopes`: used to tell whether findings changed between runs. */
  readonly id: string;
  readonly severity: Severity;
  /** The status this finding stands for, if it decides one. */
  readonly status?: Status;
  readonly title: string;
  readonly message: string;
  /** What to do, step by step; may hold Markdown links. */
  readonly fix: readonly string[];
}

export interface Report {
  readonly status: Status;
  readonly tokenState: TokenState;
  /** Whether the run fails: some finding is a failure. */
  readonly failed: boolean;
  readonly instance: {
    readonly origin: string;
    readonly host: string;
    readonly software: string;
    readonly version: string;
  };
  readonly account: { readonly handle: string; readonly id: string; readonly url: string } | undefined;
  /** Why the account is not shown, when it is not. */
  readonly accountNote: string;
  readonly app: { readonly name: string; readonly website: string } | undefined;
  readonly scopes: {
    readonly granted: readonly string[];
    readonly required: readonly string[];
    readonly excess: readonly string[];
    readonly missing: readonly string[];
    readonly source: ScopesSource;
    /** Scopes the token may or may not hold, which probing could not tell apart. */
    readonly undetermined: readonly string[];
    readonly declared: boolean;
  };
  readonly token: { readonly createdAt: string; readonly ageDays: number | undefined };
  readonly findings: readonly Finding[];
  readonly links: { readonly authorizedApps: string; readonly development: string; readonly newApplication: string };
  readonly checkedAt: string;
}

export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'healthy';
  for (const status of statuses) if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(worst)) worst = status;
  return worst;
}
