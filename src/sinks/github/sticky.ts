/**
 * What to write, given what is there: the sticky pull request comment and the tracking issue. Pure: the caller finds
 * the existing comment or issue (marker and author) and carries out the answer.
 */
import type { CommentVerdict, IssueVerdict, Report } from '../../report/model.ts';
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
}

export function planIssue(
  existing: ExistingIssue | undefined,
  report: Report,
  verdict: Exclude<IssueVerdict, 'unknown'>,
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
    firstSeen: previous?.firstSeen ?? now,
    firstRun: previous?.firstSeen ? previous.firstRun : context.runUrl || undefined,
    lastSeen: now,
    lastRun: context.runUrl || undefined,
  });
  return existing
    ? { kind: 'update', number: existing.number, title: issueTitle(report), body }
    : { kind: 'open', title: issueTitle(report), body };
}
