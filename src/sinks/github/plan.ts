/**
 * Whether this run keeps a pull request comment or a tracking issue, decided from the report, the settings and the
 * event alone. Pure, and free of the GitHub client: a run that writes neither never loads it.
 */
import { Inputs } from '../../inputs/names.ts';
import type { Report } from '../../report/model.ts';
import type { Settings } from '../../inputs/settings.ts';
import type { RunEvent } from './event.ts';

/** `attention`: some finding is a failure or a warning, worth a reviewer's eye. `clear`: nothing to act on. */
export type CommentVerdict = 'attention' | 'clear';
/** `unknown`: the token's state could not be established and that is only a warning: an open issue is left as is. */
export type IssueVerdict = 'unhealthy' | 'healthy' | 'unknown';

export type GitHubSinkPlan =
  | { readonly sink: 'none'; readonly reason: string; readonly warning?: string }
  | { readonly sink: 'comment'; readonly pullRequest: number; readonly verdict: CommentVerdict }
  | { readonly sink: 'issue'; readonly verdict: Exclude<IssueVerdict, 'unknown'> };

export type SinkSettings = Pick<Settings, 'comment' | 'issue' | 'onExcess' | 'onUnreachable' | 'githubToken'>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const WATCH_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export function planGitHubSinks(report: Report, settings: SinkSettings | undefined, event: RunEvent): GitHubSinkPlan {
  if (!settings) return none('the inputs are invalid');
  // A skipped run (secrets withheld) knows nothing about the token, and its token for GitHub is read-only anyway.
  if (report.status === 'skipped' || report.status === 'input-error') return none(`the check is ${report.status}`);

  let plan: GitHubSinkPlan | undefined;
  const pullRequest = event.pullRequest;
  if (
    pullRequest &&
    (settings.comment === 'always' || (settings.comment === 'auto' && PULL_REQUEST_EVENTS.has(event.eventName)))
  ) {
    plan = { sink: 'comment', pullRequest: pullRequest.number, verdict: commentVerdict(report) };
  } else if (settings.issue === 'auto' && WATCH_EVENTS.has(event.eventName)) {
    const verdict = issueVerdict(report, settings);
    if (verdict === 'unknown') return none("the token's state is unknown, so a tracking issue is left as it is");
    plan = { sink: 'issue', verdict };
  }
  if (!plan) return none(`no comment or issue on '${event.eventName || 'unknown'}' events with these settings`);

  const what = plan.sink === 'comment' ? 'pull request comment' : 'tracking issue';
  if (!event.repository)
    return none('GITHUB_REPOSITORY is not set', `The ${what} was not written: GITHUB_REPOSITORY is not set.`);
  if (!settings.githubToken) {
    return none(
      `'${Inputs.GithubToken}' is empty`,
      `The ${what} was not written: input '${Inputs.GithubToken}' is empty. Leave it out to use the workflow's token, or set '${plan.sink}: never'.`,
    );
  }
  return plan;
}

export function commentVerdict(report: Report): CommentVerdict {
  return report.findings.some((f) => f.severity === 'failure' || f.severity === 'warning') ? 'attention' : 'clear';
}

/**
 * An issue tracks what stops the bot: a dead, unusable or too narrow token always; excess scopes and an unknown state
 * only when the user made them fail the run. Anything else (healthy, or only warnings) closes an open issue.
 */
export function issueVerdict(report: Report, settings: Pick<Settings, 'onExcess' | 'onUnreachable'>): IssueVerdict {
  switch (report.status) {
    case 'revoked':
    case 'invalid':
    case 'account-unusable':
    case 'app-only':
    case 'under-scoped':
      return 'unhealthy';
    case 'over-scoped':
      return settings.onExcess === 'fail' ? 'unhealthy' : 'healthy';
    case 'unreachable':
      return settings.onUnreachable === 'fail' ? 'unhealthy' : 'unknown';
    case 'healthy':
      return 'healthy';
    case 'skipped':
    case 'input-error':
      return 'unknown';
  }
}

function none(reason: string, warning?: string): GitHubSinkPlan {
  return warning === undefined ? { sink: 'none', reason } : { sink: 'none', reason, warning };
}
