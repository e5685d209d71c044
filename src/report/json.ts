/**
 * The report as JSON: the action's `report` output and the CLI's `--format json`, one and the same. One shape in
 * every case, input errors and skipped runs included: every key is present (null when unknown, never missing), links
 * are absolute (null when the instance is not known or has no such pages), and `schemaVersion` changes only with a
 * major release.
 * README "The report JSON" documents it; report.test.ts and unknown-values.test.ts pin it.
 */
import type { CapabilityLine } from '../capabilities/blast-radius.ts';
import { beyondCodeOf, blastOf } from './blast.ts';
import { headline } from './headline.ts';
import type { CodeReport, Report, Severity, Status } from './model.ts';
import { plain, todoOf } from './todo.ts';

export const SCHEMA_VERSION = 1;

export interface ReportJson {
  readonly schemaVersion: number;
  readonly status: Status;
  readonly failed: boolean;
  /** The headline, plain: `Token revoked`. */
  readonly verdict: string;
  /** What to do, once for all findings, in order; Markdown code spans only. */
  readonly todo: readonly string[];
  readonly findings: readonly {
    readonly id: string;
    readonly severity: Severity;
    readonly status: Status | null;
    readonly title: string;
    readonly message: string;
    readonly fix: readonly string[];
  }[];
  readonly tokenState: Report['tokenState'];
  readonly instance: {
    readonly origin: string | null;
    readonly host: string | null;
    readonly software: string | null;
    readonly version: string | null;
  };
  readonly account: { readonly handle: string; readonly id: string; readonly url: string | null } | null;
  readonly accountNote: string | null;
  readonly app: { readonly name: string; readonly website: string | null } | null;
  readonly scopes: {
    readonly granted: readonly string[];
    readonly required: readonly string[];
    readonly excess: readonly string[];
    readonly missing: readonly string[];
    readonly undetermined: readonly string[];
    readonly source: 'token-info' | 'probe' | 'app' | null;
    readonly declared: boolean;
  };
  readonly token: { readonly createdAt: string | null; readonly ageDays: number | null };
  /**
   * What a leaked token could do (empty when the token is not live or its scopes are not known), what it could still
   * do after the fix (null when there is no narrower declaration), and each granted scope with all it allows.
   */
  readonly blastRadius: {
    readonly could: readonly CapabilityLine[];
    readonly afterFix: readonly CapabilityLine[] | null;
    readonly byScope: readonly { readonly scope: string; readonly can: readonly string[] }[];
    /** With `source-paths` and `required-scopes`: what the declared scopes allow that the code never uses. */
    readonly beyondCode: readonly CapabilityLine[];
  };
  readonly links: {
    readonly authorizedApps: string | null;
    readonly development: string | null;
    readonly newApplication: string | null;
  };
  readonly checkedAt: string;
  /**
   * Several bots (`config`): each bot's report, in this same shape, keyed by its name; `null` for a one-bot run.
   * The report around them is their sum: the worst status, every finding (ids `bot:<name>:<id>`), no single token.
   */
  readonly bots: Readonly<Record<string, ReportJson>> | null;
  /** The needs of the scanned code (`source-paths`): every call with its endpoint, accepted scopes and need, and every
   * unresolved call; null without `source-paths`. */
  readonly code: CodeReport | null;
}

const orNull = (text: string | undefined): string | null => (text ? text : null);
const absolute = (url: string | undefined): string | null => (url && /^https?:\/\/[^/]/.test(url) ? url : null);

export function reportJson(report: Report): ReportJson {
  const radius = blastOf(report);
  return {
    schemaVersion: SCHEMA_VERSION,
    status: report.status,
    failed: report.failed,
    verdict: headline(report),
    todo: todoOf(report),
    findings: report.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      status: f.status ?? null,
      title: plain(f.title),
      message: f.message,
      fix: [...f.fix],
    })),
    tokenState: report.tokenState,
    instance: {
      origin: orNull(report.instance.origin),
      host: orNull(report.instance.host),
      software: orNull(report.instance.software),
      version: orNull(report.instance.version),
    },
    account: report.account
      ? { handle: report.account.handle, id: report.account.id, url: orNull(report.account.url) }
      : null,
    accountNote: orNull(report.accountNote),
    app: report.app ? { name: report.app.name, website: orNull(report.app.website) } : null,
    scopes: {
      granted: [...report.scopes.granted],
      required: [...report.scopes.required],
      excess: [...report.scopes.excess],
      missing: [...report.scopes.missing],
      undetermined: [...report.scopes.undetermined],
      source: report.scopes.source || null,
      declared: report.scopes.declared,
    },
    token: { createdAt: orNull(report.token.createdAt), ageDays: report.token.ageDays ?? null },
    blastRadius: {
      could: radius ? [...radius.could] : [],
      afterFix: radius?.afterFix ? [...radius.afterFix] : null,
      byScope: radius ? [...radius.byScope] : [],
      beyondCode: beyondCodeOf(report),
    },
    links: {
      authorizedApps: absolute(report.links?.authorizedApps),
      development: absolute(report.links?.development),
      newApplication: absolute(report.links?.newApplication),
    },
    checkedAt: report.checkedAt,
    bots: report.bots ? Object.fromEntries(report.bots.bots.map((bot) => [bot.name, reportJson(bot.report)])) : null,
    code: report.code ?? null,
  };
}
