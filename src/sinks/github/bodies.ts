/**
 * The Markdown of the pull request comment, the tracking issue and its closing comment: the same report as the job
 * summary (report/markdown.ts), with the hidden marker and state. Pure. Everything the server chose is already inside
 * code spans (util/text.ts `code`, the one escaper), so it can neither mention anyone nor inject
 * Markdown; the caller passes every body through the redactor before it leaves.
 */
import { headline } from '../../report/headline.ts';
import { renderMarkdown } from '../../report/markdown.ts';
import { code } from '../../util/text.ts';
import { shownHost } from '../../inputs/instance.ts';
import type { Report } from '../../report/model.ts';
import { markerOf, RESOLVED, stateLine, type StickyKey, type StickyState } from './marker.ts';

const HEADING_LEVEL = 3;

function keeper(key: StickyKey): string {
  const job = key.job ? `the ${code(key.job)} job` : 'the job';
  return key.workflow ? `${job} of the ${code(key.workflow)} workflow` : job;
}

export function commentBody(report: Report, key: StickyKey, fingerprint: string): string {
  return [
    markerOf('comment', key),
    stateLine({ fingerprint }),
    renderMarkdown(report, { headingLevel: HEADING_LEVEL }).trimEnd(),
    '',
    `<sub>Kept by ${keeper(key)}: edited in place on later runs, and marked resolved when the token is healthy.</sub>`,
    '',
  ].join('\n');
}

/** A short note that replaces the findings once the token is healthy. */
export function resolvedCommentBody(report: Report, key: StickyKey): string {
  return [
    markerOf('comment', key),
    stateLine({ fingerprint: RESOLVED }),
    report.bots
      ? `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: ${headline(report).toLowerCase()} in ${code(report.bots.file)}`
      : `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: token healthy${onInstance(report)}`,
    '',
    `${healthySentence(report)} The findings this comment showed before are fixed.`,
    '',
    `<sub>Checked ${report.checkedAt} by ${keeper(key)}.</sub>`,
    '',
  ].join('\n');
}

export function issueTitle(report: Report): string {
  if (report.bots) return `Mastodon bots of ${report.bots.file}: ${headline(report)}`;
  const host = report.instance.host;
  return `Mastodon token${host ? ` on ${shownHost(host)}` : ''}: ${headline(report)}`;
}

export function issueBody(report: Report, key: StickyKey, state: StickyState): string {
  const run = (url: string | undefined) => (url ? ` ([run](${url}))` : '');
  // The verdict and the fix first, like the job summary; when and who keeps it come last.
  return [
    markerOf('issue', key),
    stateLine(state),
    renderMarkdown(report, { headingLevel: HEADING_LEVEL }).trimEnd(),
    '',
    `**First seen** ${timeOf(state.firstSeen)}${run(state.firstRun)} · **last seen** ${(state.lastSeen ?? '').slice(0, 10)} (UTC)${run(state.lastRun)}`,
    '',
    `<sub>Kept by ${keeper(key)}${whereOf(report)}: edited when the findings change, and at most once a day otherwise to move "last seen"; closed with a comment when the token is healthy again.</sub>`,
    '',
  ].join('\n');
}

export function closingComment(report: Report, key: StickyKey, runUrl: string, firstSeen: string | undefined): string {
  const since = firstSeen ? ` It was first seen unhealthy ${timeOf(firstSeen)}.` : '';
  const warnings = report.findings.filter((f) => f.severity !== 'notice').map((f) => f.title);
  const remaining = warnings.length
    ? ` Still worth a look (warnings only): ${warnings.join('; ')}; see the run's job summary.`
    : '';
  const what = report.status === 'healthy' ? 'token healthy' : 'token works again';
  return [
    `${'#'.repeat(HEADING_LEVEL)} ✅ Resolved: ${report.bots ? headline(report).toLowerCase() : what}${whereOf(report)}`,
    '',
    `${healthySentence(report)}${since}${remaining} Closing this issue; a new one is opened if the token breaks again.`,
    '',
    `<sub>Checked ${report.checkedAt} by ${keeper(key)}${runUrl ? ` ([run](${runUrl}))` : ''}.</sub>`,
    '',
  ].join('\n');
}

/** Where the findings are, after a space: the instance, or for several bots their file. */
function whereOf(report: Report): string {
  return report.bots ? ` in ${code(report.bots.file)}` : onInstance(report);
}

/** ` on `host``; nothing when the report knows no instance. */
function onInstance(report: Report): string {
  return report.instance.host ? ` on ${code(shownHost(report.instance.host))}` : '';
}

function healthySentence(report: Report): string {
  if (report.bots) return `Every bot's token works.`;
  const owner = report.account ? ` for ${code(report.account.handle)}` : '';
  return report.scopes.declared && report.scopes.excess.length === 0
    ? `The token${owner} works and holds exactly the declared scopes.`
    : `The token${owner} works.`;
}

function timeOf(iso: string | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'unknown';
}
