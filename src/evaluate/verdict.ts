/** What the pull request comment and the tracking issue say about a run: decided here, once, with the policies. */
import type { CheckSettings } from '../inputs/settings.ts';
import type { CommentVerdict, Finding, IssueVerdict, Status } from '../report/model.ts';

export function commentVerdict(findings: readonly Finding[]): CommentVerdict {
  return findings.some((f) => f.severity === 'failure' || f.severity === 'warning') ? 'attention' : 'clear';
}

/**
 * An issue tracks what stops the bot: a dead, unusable or too narrow token always; excess scopes and an unknown state
 * only when the user made them fail the run. Anything else (healthy, or only warnings) closes an open issue.
 */
export function issueVerdict(
  status: Status,
  policy: Pick<CheckSettings, 'onExcess' | 'onUnreachable'> & Partial<Pick<CheckSettings, 'onMissing'>>,
): IssueVerdict {
  switch (status) {
    case 'revoked':
    case 'invalid':
    case 'account-unusable':
    case 'app-only':
    case 'under-scoped':
      return 'unhealthy';
    case 'under-declared':
      // `on-missing` defaults to fail, as the input does.
      return policy.onMissing === 'warn' ? 'healthy' : 'unhealthy';
    case 'over-scoped':
    case 'over-declared':
      return policy.onExcess === 'fail' ? 'unhealthy' : 'healthy';
    case 'unreachable':
      return policy.onUnreachable === 'fail' ? 'outage' : 'unknown';
    case 'healthy':
      return 'healthy';
    case 'skipped':
    case 'input-error':
      return 'unknown';
  }
}
