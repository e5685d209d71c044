/**
 * Whether this run keeps a pull request comment or a tracking issue, decided from the report (which carries the
 * verdict), the publish settings and the run context alone. Pure, and free of the GitHub client: a run that writes neither never loads it.
 */
import { Inputs } from '../../inputs/names.ts';
import { commentsOnAuto, type RunContext } from '../../inputs/run-context.ts';
import type { PublishSettings } from '../../inputs/settings.ts';
import type { CommentVerdict, IssueVerdict, Report } from '../../report/model.ts';

export type GitHubSinkPlan =
  | { readonly sink: 'none'; readonly reason: string; readonly warning?: string }
  | { readonly sink: 'comment'; readonly pullRequest: number; readonly verdict: CommentVerdict }
  | { readonly sink: 'issue'; readonly verdict: Exclude<IssueVerdict, 'unknown'> };

const WATCH_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export function planGitHubSinks(report: Report, settings: PublishSettings, event: RunContext): GitHubSinkPlan {
  // A skipped run (secrets withheld) knows nothing about the token, and its token for GitHub is read-only anyway:
  // the code's findings of such a run (source-paths) go to the annotations and the job summary.
  if (report.status === 'input-error') return none('the check is input-error');
  if (report.status === 'skipped' || report.findings.some((f) => f.id === 'skipped')) {
    return none('the check is skipped');
  }

  let plan: GitHubSinkPlan | undefined;
  const pullRequest = event.pullRequest;
  if (
    pullRequest &&
    (settings.comment === 'always' || (settings.comment === 'auto' && commentsOnAuto(event.eventName)))
  ) {
    plan = { sink: 'comment', pullRequest: pullRequest.number, verdict: report.sticky.comment };
  } else if (settings.issue === 'auto' && WATCH_EVENTS.has(event.eventName)) {
    const verdict = report.sticky.issue;
    if (verdict === 'unknown') return none("the token's state is unknown, so a tracking issue is left as it is");
    plan = { sink: 'issue', verdict };
  }
  if (!plan && !pullRequest && settings.comment !== 'never' && commentsOnAuto(event.eventName)) {
    // A pull request event whose payload names no pull request: say so, rather than skip the comment in silence.
    const why = event.payloadProblem
      ? `the event payload (GITHUB_EVENT_PATH) could not be read (${event.payloadProblem})`
      : 'the event payload names no pull request';
    return none(why, `The pull request comment was not written: ${why}, so the pull request is not known.`);
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

function none(reason: string, warning?: string): GitHubSinkPlan {
  return warning === undefined ? { sink: 'none', reason } : { sink: 'none', reason, warning };
}
