/**
 * The comment and issue sinks: find what an earlier run wrote (marker and author), then write only what changed.
 * Loaded on demand by sinks/github.ts. Never throws: GitHub's trouble is a warning, and the run's outcome stays the
 * token's alone.
 */
import type { Redactor } from '../../util/redact.ts';
import type { Report } from '../../report/model.ts';
import {
  apiFailureOf,
  closeIssue,
  createLabel,
  deleteLabel,
  getLabelDescription,
  createIssue,
  createIssueComment,
  describe,
  findIssueComment,
  findOpenIssue,
  NotGitHubAnswer,
  updateIssue,
  updateIssueComment,
  whoAmI,
  type Written,
} from './api.ts';
import { createGitHubClient, type GitHubClient } from './client.ts';
import type { Repository, RunContext } from '../../inputs/run-context.ts';
import type { Log } from '../../util/log.ts';
import { clip, oneLine } from '../../util/text.ts';
import {
  hasMarker,
  outageLabelDescription,
  outageLabelName,
  outageSinceOf,
  type StickyKey,
  type StickyKind,
} from './marker.ts';
import type { GitHubSinkPlan } from './plan.ts';
import { planComment, planIssue, planOutage, type IssueAction, type OutageMemory } from './sticky.ts';

/**
 * The GitHub phase ends with the run's own bound (`timeout-seconds`, counted from the start of the run) plus this
 * grace, whatever GitHub does: the comment or issue is worth a few seconds, not a hung job.
 */
export const GITHUB_GRACE_MS = 5_000;
/** Time GitHub gets even when the check itself took all of `timeout-seconds`. */
const MIN_GITHUB_MS = 2_000;

export interface PublishContext {
  readonly token: string;
  readonly event: RunContext;
  /** For the bodies written to GitHub. */
  readonly redact: Redactor;
  /** Redacts and cleans what it prints (util/log.ts). */
  readonly log: Log;
  readonly now?: Date;
  /** Epoch milliseconds: the end of the run's `timeout-seconds`. */
  readonly deadline?: number;
}

type Plan = Exclude<GitHubSinkPlan, { sink: 'none' }>;

/** What one run's writes share; `doing` names the step under way, for the warning if it fails. */
interface Session {
  readonly octokit: GitHubClient;
  readonly repository: Repository;
  readonly report: Report;
  readonly key: StickyKey;
  readonly event: RunContext;
  readonly redact: Redactor;
  readonly log: Log;
  readonly now: Date;
  doing: string;
}

export async function publishToGitHub(plan: Plan, report: Report, context: PublishContext): Promise<void> {
  const { event, redact, log } = context;
  if (!event.repository) return;
  let session: Session | undefined;
  try {
    session = {
      octokit: createGitHubClient(
        context.token,
        Math.max(MIN_GITHUB_MS, (context.deadline ?? Date.now() + 30_000) + GITHUB_GRACE_MS - Date.now()),
      ),
      repository: event.repository,
      report,
      // Several bots share one comment and one issue, kept under their file's name.
      key: {
        // A report that reaches GitHub has been checked or skipped: its instance is known ('' never happens).
        instance: report.bots ? `config:${report.bots.file}` : (report.instance.host ?? ''),
        workflow: event.workflow,
        job: event.job,
      },
      event,
      redact,
      log,
      now: context.now ?? new Date(),
      doing: 'connect to GitHub',
    };
    if (plan.sink === 'comment') await keepComment(session, plan);
    else await keepIssue(session, plan);
  } catch (error) {
    log.warning(
      failureMessage(plan.sink, session?.doing ?? 'connect to GitHub', error, event),
      plan.sink === 'comment' ? 'Pull request comment not written' : 'Tracking issue not written',
    );
  }
}

async function keepComment(session: Session, plan: Extract<Plan, { sink: 'comment' }>): Promise<void> {
  const { octokit, repository, redact, log } = session;
  const number = plan.pullRequest;
  const debug = (line: string) => log.debug(line);
  session.doing = `look for this job's comment on pull request #${number}`;
  const login = await whoAmI(octokit, debug);
  const existing = await findIssueComment(
    octokit,
    repository,
    number,
    (item) => isMine(item, 'comment', session.key, login),
    debug,
  );
  const action = planComment(existing, session.report, plan.verdict, session.key);
  switch (action.kind) {
    case 'none':
      log.info(`Pull request comment left as it is: ${action.reason}.`);
      return;
    case 'create': {
      session.doing = `comment on pull request #${number}`;
      const url = await createIssueComment(octokit, repository, number, body(redact, action.body));
      log.info(`Pull request comment written: ${url}`);
      return;
    }
    case 'update': {
      session.doing = `update this job's comment on pull request #${number}`;
      try {
        const url = await updateIssueComment(octokit, repository, action.id, body(redact, action.body));
        log.info(`Pull request comment updated: ${url}`);
      } catch (error) {
        // Deleted between the listing and the edit (by someone, or by another run): not a permissions problem.
        if (apiFailureOf(error).status !== 404) throw error;
        if (plan.verdict !== 'attention') {
          log.info(
            'Pull request comment left out: the earlier one was deleted meanwhile, and nothing needs attention.',
          );
          return;
        }
        session.doing = `comment on pull request #${number} (this job's comment was deleted meanwhile)`;
        const url = await createIssueComment(octokit, repository, number, body(redact, action.body));
        log.info(`Pull request comment written anew (the earlier one was deleted meanwhile): ${url}`);
      }
      return;
    }
  }
}

async function keepIssue(session: Session, plan: Extract<Plan, { sink: 'issue' }>): Promise<void> {
  const { octokit, repository, log } = session;
  const debug = (line: string) => log.debug(line);
  session.doing = "look for this job's open tracking issue";
  const login = await whoAmI(octokit, debug);
  const existing = await findOpenIssue(
    octokit,
    repository,
    login,
    (item) => isMine(item, 'issue', session.key, login),
    debug,
  );
  const context = { now: session.now, runUrl: session.event.runUrl };
  // An outage is remembered in a label until it has lasted a day (sticky.ts planOutage); any run that reaches the
  // instance forgets it.
  const label = outageLabelName(session.key);
  session.doing = 'look for the label that remembers an outage';
  const labelDescription = await getLabelDescription(octokit, repository, label);
  let action: IssueAction;
  let memory: OutageMemory;
  if (plan.verdict === 'outage') {
    ({ issue: action, memory } = planOutage(existing, session.report, session.key, {
      ...context,
      outageSince:
        labelDescription === undefined ? undefined : (outageSinceOf(labelDescription) ?? context.now.toISOString()),
    }));
  } else {
    action = planIssue(existing, session.report, plan.verdict, session.key, context);
    memory = 'forget';
  }
  if (memory === 'remember' && labelDescription === undefined) {
    session.doing = 'remember the outage in a label';
    await createLabel(octokit, repository, label, outageLabelDescription(session.key, session.now.toISOString()));
    session.log.info(`The outage is remembered in the label '${label}' until the instance answers again.`);
  }
  await carryOut(session, action);
  if (memory === 'forget' && labelDescription !== undefined) {
    session.doing = 'delete the label that remembered an outage';
    await deleteLabel(octokit, repository, label);
  }
}

async function carryOut(session: Session, action: IssueAction): Promise<void> {
  const { octokit, repository, redact, log } = session;
  switch (action.kind) {
    case 'none':
      log.info(`Tracking issue left as it is: ${action.reason}.`);
      return;
    case 'open': {
      session.doing = 'open a tracking issue';
      const url = await createIssue(octokit, repository, title(redact, action.title), body(redact, action.body));
      log.info(`Tracking issue opened: ${url}`);
      return;
    }
    case 'update': {
      session.doing = `update tracking issue #${action.number}`;
      try {
        const url = await updateIssue(
          octokit,
          repository,
          action.number,
          title(redact, action.title),
          body(redact, action.body),
        );
        log.info(`Tracking issue updated: ${url}`);
      } catch (error) {
        // Deleted or transferred since it was listed: open a new one rather than blame permissions.
        if (apiFailureOf(error).status !== 404 && apiFailureOf(error).status !== 410) throw error;
        session.doing = `open a tracking issue (#${action.number} is gone)`;
        const url = await createIssue(octokit, repository, title(redact, action.title), body(redact, action.body));
        log.info(`Tracking issue opened anew (#${action.number} is gone): ${url}`);
      }
      return;
    }
    case 'close': {
      // Comment first: an issue closed without the reason would leave its readers guessing.
      session.doing = `comment on tracking issue #${action.number} before closing it`;
      await createIssueComment(octokit, repository, action.number, body(redact, action.comment));
      session.doing = `close tracking issue #${action.number}`;
      log.info(`Tracking issue closed: ${await closeIssue(octokit, repository, action.number)}`);
      return;
    }
  }
}

/** GitHub refuses a comment or issue body past 65,536 characters, and an issue title past 256. */
export const MAX_BODY = 65_000;
export const MAX_TITLE = 256;

/**
 * What is sent to GitHub: redacted first, then clipped to what GitHub accepts (a clip never cuts a token in two, as
 * redaction came first). Every server string in a report is already bounded, so this is the last guard, not the rule.
 */
export function body(redact: Redactor, text: string): string {
  const clean = redact(text);
  if (clean.length <= MAX_BODY) return clean;
  return `${clip(clean, MAX_BODY - 200)}\n\n<sub>Clipped: the report is longer than GitHub allows here; the run's job summary has all of it.</sub>\n`;
}

export function title(redact: Redactor, text: string): string {
  return clip(oneLine(redact(text), MAX_TITLE), MAX_TITLE);
}

/**
 * The marker alone would let anyone who pastes it into a comment or issue have this action edit or close theirs;
 * the author check keeps to what this token wrote. The marker counts only where this action writes it, as the
 * body's first line: the same text further down (a server string quoted in a report) is no marker. The first match
 * in the listing (oldest first) wins, so a duplicate from two runs racing is left alone rather than edited in turn.
 */
function isMine(item: Written, kind: StickyKind, key: StickyKey, login: string): boolean {
  return item.author === login && hasMarker(item.body, kind, key);
}

function failureMessage(sink: Plan['sink'], doing: string, error: unknown, event: RunContext): string {
  const failure = apiFailureOf(error);
  const permission = `\`permissions: ${sink === 'comment' ? 'pull-requests: write' : 'issues: write'}\``;
  const what = `Could not ${doing}: ${describe(error)}.`;
  let advice: string;
  if (failure.status === 403 || failure.status === 404) {
    advice =
      sink === 'comment' && event.pullRequest?.fromFork && event.eventName === 'pull_request'
        ? `This pull request comes from a fork, and GitHub gives its runs a read-only token whatever ${permission} says: run the check on \`pull_request_target\` (see the README) or set \`comment: never\`.`
        : `Add ${permission} to the job, or pass a 'github-token' that may write ${sink === 'comment' ? 'pull request comments' : 'issues'}, or set \`${sink}: never\`.`;
  } else if (failure.status === 401) {
    advice = `The 'github-token' was refused: leave the input out to use the workflow's token (with ${permission}), or pass a valid one.`;
  } else if (error instanceof NotGitHubAnswer) {
    advice = "The next run tries again; if this persists, check the runner's proxy and GITHUB_API_URL.";
  } else {
    const trouble =
      failure.status === undefined
        ? /abort|timeout/i.test(failure.message)
          ? "GitHub's API did not answer within the run's time (timeout-seconds and a few seconds more)"
          : "GitHub's API did not answer"
        : 'GitHub failed';
    advice = `${trouble}; the next run tries again. (Writing the ${sink === 'comment' ? 'comment' : 'issue'} needs ${permission}.)`;
  }
  return `${what} ${advice} The token check's outcome does not depend on this.`;
}
