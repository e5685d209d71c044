/**
 * What to write, given what is there: the sticky pull request comment and the tracking issue. Pure: the caller finds
 * the existing comment or issue (marker and author) and carries out the answer.
 */
import type { CommentVerdict, Report } from '../../report/model.ts';
import { closingComment, commentBody, issueBody, issueTitle, resolvedCommentBody } from './bodies.ts';
import { fingerprintOf, readState, RESOLVED, type StickyKey } from './marker.ts';

export interface ExistingComment {
  readonly id: number;
  readonly body: string;
}

export type CommentAction =
  | { readonly kind: 'create'; readonly body: string }
  | { readonly kind: 'update'; readonly id: number; readonly body: string }
  | { readonly kind: 'none'; readonly reason: string };

export function planComment(
  existing: ExistingComment | undefined,
  report: Report,
  verdict: CommentVerdict,
  key: StickyKey,
): CommentAction {
  const fingerprint = verdict === 'attention' ? fingerprintOf(report) : RESOLVED;
  if (!existing) {
    return verdict === 'attention'
      ? { kind: 'create', body: commentBody(report, key, fingerprint) }
      : { kind: 'none', reason: 'the token is healthy and there is no comment to resolve' };
  }
  // The body holds the time of the check, so compare what was found, not the text.
  if (readState(existing.body)?.fingerprint === fingerprint) {
    return { kind: 'none', reason: 'the findings are unchanged' };
  }
  const body = verdict === 'attention' ? commentBody(report, key, fingerprint) : resolvedCommentBody(report, key);
  return { kind: 'update', id: existing.id, body };
}

export interface ExistingIssue {
  readonly number: number;
  readonly body: string;
}

export type IssueAction =
  | { readonly kind: 'open'; readonly title: string; readonly body: string }
  | { readonly kind: 'update'; readonly number: number; readonly title: string; readonly body: string }
  | { readonly kind: 'close'; readonly number: number; readonly comment: string }
  | { readonly kind: 'none'; readonly reason: string };

export interface IssueContext {
  readonly now: Date;
  readonly runUrl: string;
  /** When the problem began, if known before the issue is opened (an outage remembered by its label). */
  readonly firstSeen?: string | undefined;
}

export function planIssue(
  existing: ExistingIssue | undefined,
  report: Report,
  verdict: 'healthy' | 'unhealthy',
  key: StickyKey,
  context: IssueContext,
): IssueAction {
  const now = context.now.toISOString();
  const previous = existing ? readState(existing.body) : undefined;
  if (verdict === 'healthy') {
    return existing
      ? {
          kind: 'close',
          number: existing.number,
          comment: closingComment(report, key, context.runUrl, previous?.firstSeen),
        }
      : { kind: 'none', reason: 'the token is healthy and no tracking issue is open' };
  }

  const fingerprint = fingerprintOf(report);
  // "Last seen" is shown as a day: moving it once a day keeps it true without an edit on every run.
  if (existing && previous?.fingerprint === fingerprint && previous.lastSeen?.slice(0, 10) === now.slice(0, 10)) {
    return { kind: 'none', reason: 'the findings are unchanged and were already seen today' };
  }
  const body = issueBody(report, key, {
    fingerprint,
    status: report.status,
    firstSeen: previous?.firstSeen ?? context.firstSeen ?? now,
    firstRun: previous?.firstSeen ? previous.firstRun : context.firstSeen ? undefined : context.runUrl || undefined,
    lastSeen: now,
    lastRun: context.runUrl || undefined,
  });
  return existing
    ? { kind: 'update', number: existing.number, title: issueTitle(report), body }
    : { kind: 'open', title: issueTitle(report), body };
}

/** An instance must stay unreachable this long, across runs, before it gets a tracking issue. */
export const OUTAGE_GRACE_MS = 24 * 60 * 60 * 1000;

/** What to do with the outage label (marker.ts `outageLabelName`): start remembering, keep it, or delete it. */
export type OutageMemory = 'remember' | 'keep' | 'forget';

/**
 * A run that cannot reach the instance, with `on-unreachable: fail`. One such run (a maintenance window at the
 * scheduled hour) opens no issue: it remembers when the outage began, in a label. A run that still cannot reach it a
 * day or more later opens the issue, first seen when the outage began. An open issue about the token itself is left
 * as it is (an unreachable instance says nothing new about the token); an open outage issue moves "last seen". Pure.
 */
export function planOutage(
  existing: ExistingIssue | undefined,
  report: Report,
  key: StickyKey,
  context: IssueContext & { readonly outageSince: string | undefined },
): { readonly issue: IssueAction; readonly memory: OutageMemory } {
  if (existing) {
    if (readState(existing.body)?.status === 'unreachable') {
      return { issue: planIssue(existing, report, 'unhealthy', key, context), memory: 'forget' };
    }
    return {
      issue: {
        kind: 'none',
        reason:
          'the instance cannot be reached on this run, which says nothing new about the token: the open issue stays as it is',
      },
      memory: 'keep',
    };
  }
  const since = context.outageSince;
  if (since === undefined) {
    const opensAfter = new Date(context.now.getTime() + OUTAGE_GRACE_MS).toISOString().slice(0, 16);
    return {
      issue: {
        kind: 'none',
        reason: `the instance cannot be reached for the first time: no tracking issue yet; one is opened if a run at ${opensAfter} UTC or later still cannot reach it`,
      },
      memory: 'remember',
    };
  }
  if (context.now.getTime() - Date.parse(since) < OUTAGE_GRACE_MS) {
    const opensAfter = new Date(Date.parse(since) + OUTAGE_GRACE_MS).toISOString().slice(0, 16);
    return {
      issue: {
        kind: 'none',
        reason: `the instance has not been reached since ${since.slice(0, 16)} UTC: a tracking issue is opened if a run at ${opensAfter} UTC or later still cannot reach it`,
      },
      memory: 'keep',
    };
  }
  return { issue: planIssue(undefined, report, 'unhealthy', key, { ...context, firstSeen: since }), memory: 'forget' };
}
