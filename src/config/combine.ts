/**
 * Several bots' reports as one: the sum that the outputs, the step's outcome, the annotations, the comment and the
 * issue speak of. Pure. Each bot keeps its own report whole (`bots`); the sum has no instance, account or scopes of
 * its own, and its findings are the bots' findings, each named with its bot.
 */
import type { BotReport, CommentVerdict, Finding, IssueVerdict, Report } from '../report/model.ts';
import { notInspected, worstStatus } from '../report/model.ts';

export function combineBotReports(file: string, bots: readonly BotReport[], now: Date): Report {
  const findings: Finding[] = bots.flatMap(({ name, report }) =>
    report.findings.map((f) => ({ ...f, id: `bot:${name}:${f.id}` as const, title: `${name}: ${f.title}` })),
  );
  return {
    status: worstStatus(bots.map((b) => b.report.status)),
    failed: bots.some((b) => b.report.failed),
    ...notInspected(),
    findings,
    links: undefined,
    sticky: {
      comment: combinedComment(bots.map((b) => b.report.sticky.comment)),
      issue: combinedIssue(bots.map((b) => b.report.sticky.issue)),
    },
    checkedAt: now.toISOString(),
    bots: { file, bots },
  };
}

const combinedComment = (verdicts: readonly CommentVerdict[]): CommentVerdict =>
  verdicts.includes('attention') ? 'attention' : 'clear';

/** One issue for the job: open while any bot is unhealthy; closed only when every bot is known to be healthy. */
const combinedIssue = (verdicts: readonly IssueVerdict[]): IssueVerdict =>
  verdicts.includes('unhealthy') ? 'unhealthy' : verdicts.includes('unknown') ? 'unknown' : 'healthy';
