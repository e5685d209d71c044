/** The report: plain data that every sink renders (outputs, summary, annotations, comment, issue, CLI). */
import type { ScopesSource } from '../inspect/inspect.ts';
import type { Links } from '../servers/pages.ts';

export type { Links, ScopesSource };

export type Status =
  | 'healthy'
  | 'over-scoped'
  | 'under-scoped'
  | 'over-declared'
  | 'under-declared'
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
  'unreachable',
  'revoked',
  'invalid',
  'account-unusable',
  'app-only',
  'under-scoped',
  'under-declared',
  'over-scoped',
  'over-declared',
  // The token was not checked; findings about the code still rank above it.
  'skipped',
  'healthy',
];

export type TokenState = 'active' | 'revoked' | 'invalid' | 'expired' | 'account-unusable' | 'app-only' | 'unknown';
export type Severity = 'failure' | 'warning' | 'notice';

/** `attention`: some finding is a failure or a warning, worth a reviewer's eye. `clear`: nothing to act on. */
export type CommentVerdict = 'attention' | 'clear';
/**
 * `unhealthy` keeps a tracking issue open, `healthy` closes it. `unknown`: the token's state could not be established
 * and that is only a warning, or the token was not checked: an open issue is left as it is. `outage`: it could not be
 * established and `on-unreachable: fail`: an issue only once the instance has stayed unreachable for a day
 * (sinks/github/sticky.ts `planOutage`), so that one maintenance window at the scheduled hour opens none.
 */
export type IssueVerdict = 'unhealthy' | 'healthy' | 'unknown' | 'outage';

/**
 * Every finding's stable key. The ids are hashed into the fingerprint that comments and issues already in users'
 * repositories carry (sinks/github/marker.ts): renaming one makes every such comment or issue look changed.
 */
export type FindingId =
  // the token itself (evaluate/findings/token.ts)
  | 'revoked'
  | 'invalid'
  | 'expired'
  | 'app-only'
  | 'unreachable'
  | 'account-suspended-or-disabled'
  | 'account-unconfirmed'
  | 'account-pending-approval'
  | 'account-server-closing'
  | 'account-other'
  // several causes a server gives one answer, and a server that is not supported (findings/token.ts, docs/servers/)
  | `refused:${string}`
  | 'not-supported'
  // its scopes (evaluate/findings/scopes.ts)
  | 'scopes-unknown'
  | 'probe-unexplained'
  | 'probe-bounded'
  | 'undetermined-scopes'
  | 'missing-scopes'
  | 'excess-scopes'
  | 'no-declaration'
  | 'scopes-upper-bound'
  | 'profile-tolerated'
  // the software's own rules (evaluate/findings/servers.ts, docs/servers/)
  | 'server-rules-unknown'
  | 'scopes-not-enforced'
  | 'scopes-not-on-server'
  // age, rate limit, inputs (evaluate/findings/)
  | 'age-unknown'
  | 'token-old'
  | 'token-expiring'
  | 'rate-limit-low'
  | `input-warning:${string}`
  // one bot of several (config/combine.ts): the bot's name and its own finding's id
  | `bot:${string}`
  // the needs of the code (scan/action.ts)
  | `undeclared-scope:${string}`
  | `unneeded-scope:${string}`
  | 'declaration-from-code'
  | 'unresolved-calls'
  | 'source-paths-unmatched'
  | 'no-calls'
  | 'symlinks-skipped'
  | 'scan-failed'
  // the special reports (evaluate/special-reports.ts)
  | 'skipped'
  | `input-error:${string}`;

export interface Finding {
  /** Stable key, e.g. `revoked`, `excess-scopes`: used to tell whether findings changed between runs. */
  readonly id: FindingId;
  readonly severity: Severity;
  /** The status this finding stands for, if it decides one. */
  readonly status?: Status;
  readonly title: string;
  /** What was found, in sentences; Markdown code spans only (the text views drop the backticks). */
  readonly message: string;
  /**
   * What to do, step by step, in the same Markdown. Steps are shared text: a step that several findings need (one new
   * token fixes excess and missing scopes and age together) is written with the same words, and the report shows it
   * once (report/todo.ts).
   */
  readonly fix: readonly string[];
  /** The line the annotation goes on (workspace-relative file, 1-based line), when there is one. */
  readonly location?: { readonly file: string; readonly line: number };
  /** One plain sentence for the annotation; by default the message's first sentence. */
  readonly short?: string;
}

export interface Report {
  readonly status: Status;
  readonly tokenState: TokenState;
  /** Whether the run fails: some finding is a failure. */
  readonly failed: boolean;
  /**
   * Unknown is undefined in the report, here as elsewhere: '' only where the outputs are written (report/outputs.ts)
   * and null in the report JSON (report/json.ts). The origin and host are unknown on an input error that left the
   * instance unread and on the sum of several bots; the software and version when the instance did not say.
   */
  readonly instance: {
    readonly origin: string | undefined;
    readonly host: string | undefined;
    readonly software: string | undefined;
    readonly version: string | undefined;
  };
  readonly account: { readonly handle: string; readonly id: string; readonly url: string | undefined } | undefined;
  /** Why the account is not shown, when it is not. */
  readonly accountNote: string | undefined;
  readonly app: { readonly name: string; readonly website: string | undefined } | undefined;
  readonly scopes: {
    readonly granted: readonly string[];
    readonly required: readonly string[];
    readonly excess: readonly string[];
    readonly missing: readonly string[];
    /** Undefined when the scopes could not be read. */
    readonly source: ScopesSource | undefined;
    /** Scopes the token may or may not hold, which probing could not tell apart. */
    readonly undetermined: readonly string[];
    readonly declared: boolean;
  };
  readonly token: { readonly createdAt: string | undefined; readonly ageDays: number | undefined };
  readonly findings: readonly Finding[];
  /**
   * What the pull request comment and the tracking issue say, decided by evaluate with the run's policies, so that
   * no sink reads a policy again. Not part of the `report` output (report/json.ts).
   */
  readonly sticky: { readonly comment: CommentVerdict; readonly issue: IssueVerdict };
  /** Undefined when there is no page to point at: the instance is not known, or its software has none (Pleroma). */
  readonly links: Links | undefined;
  readonly checkedAt: string;
  /**
   * Several bots checked in one run (`config`): each bot's own report. The report around them is their sum: the
   * worst status, every finding (prefixed with the bot's name), and no single instance, account or scopes.
   */
  readonly bots?: BotsPart | undefined;
  /** The needs of the scanned code (`source-paths`), when it was scanned. */
  readonly code?: CodeReport;
}

export interface BotsPart {
  /** The config file, workspace-relative, as the step names it. */
  readonly file: string;
  readonly bots: readonly BotReport[];
}

export interface BotReport {
  readonly name: string;
  /** The line of the bot's entry in the file. */
  readonly line: number;
  readonly report: Report;
}

/** A call found in the code, as the report lists it. */
export interface CodeCall {
  readonly file: string;
  readonly line: number;
  readonly what: string;
  readonly via: string;
  readonly method?: string;
  /** the endpoint as Mastodon's routes spell it, or `stream:<channel>` */
  readonly endpoint?: string;
  readonly library?: string;
  /** any one of these passes the endpoint's check */
  readonly accepts: readonly string[];
  /** the narrowest of them; null for an endpoint that takes no scope */
  readonly need: string | null;
}

/** A call found in the code whose endpoint could not be told, and why. */
export interface CodeUnresolved {
  readonly file: string;
  readonly line: number;
  readonly what: string;
  readonly reason: string;
}

export interface CodeReport {
  readonly sourcePaths: readonly string[];
  readonly needed: readonly string[];
  readonly undeclared: readonly string[];
  readonly unneeded: readonly string[];
  /** `required-scopes` when given, else `code`: the needs stood as the declaration */
  readonly declaration: 'required-scopes' | 'code';
  /** the declared scopes the needs were compared with (empty when the needs stood as the declaration) */
  readonly declared: readonly string[];
  readonly calls: readonly CodeCall[];
  readonly unresolved: readonly CodeUnresolved[];
  /** found only in tests: not counted */
  readonly tests: { readonly calls: readonly CodeCall[]; readonly unresolved: readonly CodeUnresolved[] };
  readonly files: { readonly scanned: number; readonly skipped: Readonly<Record<string, number>> };
}

/**
 * What a report says of a token that was not inspected (a skipped run, an input error, the sum of several bots):
 * its state, account, app, scopes and age unknown, nothing granted or required. The instance's origin and host when
 * they are known.
 */
export function notInspected(
  instance?: { readonly origin: string; readonly host: string } | undefined,
): Pick<Report, 'tokenState' | 'instance' | 'account' | 'accountNote' | 'app' | 'scopes' | 'token'> {
  return {
    tokenState: 'unknown',
    instance: { origin: instance?.origin, host: instance?.host, software: undefined, version: undefined },
    account: undefined,
    accountNote: undefined,
    app: undefined,
    scopes: {
      granted: [],
      required: [],
      excess: [],
      missing: [],
      source: undefined,
      undetermined: [],
      declared: false,
    },
    token: { createdAt: undefined, ageDays: undefined },
  };
}

export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'healthy';
  for (const status of statuses) if (STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(worst)) worst = status;
  return worst;
}
