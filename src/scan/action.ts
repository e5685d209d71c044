/**
 * The scan in a check: scan `source-paths`, then turn the needs of the code into findings on the report
 * (`under-declared`, `over-declared`, unresolved calls), each on the line it is about, and the report's `code` part.
 * Loaded only when `source-paths` is set (main.ts), so a check without it pays nothing for the scanner.
 */
import { code } from '../util/text.ts';
import { commentVerdict, issueVerdict } from '../evaluate/verdict.ts';
import { worstStatus, type CodeReport, type Finding, type Report } from '../report/model.ts';
import type { Settings } from '../inputs/settings.ts';
import { analyseNeeds, type JudgedCall } from './needs.ts';
import { codeCall, printable } from './render.ts';
import { scanSources, type ScanResult } from './scan.ts';
import { readWorkspaceFile } from './walk.ts';
import { messageOf } from '../util/errors.ts';

export type CodeSettings = Pick<
  Settings,
  'sourcePaths' | 'requiredScopes' | 'scopesDeclared' | 'onMissing' | 'onExcess' | 'onUnreachable'
>;

export interface CodeContext {
  /** the checked-out repository (GITHUB_WORKSPACE) */
  readonly workspace: string;
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/x.yml@ref`, to put unneeded scopes on their line */
  readonly workflowRef?: string;
}

export function scanCode(settings: Pick<Settings, 'sourcePaths'>, workspace: string): Promise<ScanResult> {
  return scanSources({ root: workspace, paths: settings.sourcePaths });
}

/** With `required-scopes` empty the needs of the code stand as the declaration the token is checked against. */
export function neededScopes(scan: ScanResult): string[] {
  return analyseNeeds(scan.calls).needed;
}

const MAX_LISTED = 5;
const at = (c: { file: string; line: number }) => code(`${printable(c.file)}:${c.line}`);
const called = (c: { what: string }) => code(printable(c.what));

/** The report with the code's findings added, its status and outcome decided again, and its `code` part. */
export function withCodeFindings(
  report: Report,
  scan: ScanResult,
  settings: CodeSettings,
  context: CodeContext,
): Report {
  const version =
    report.instance.software === 'mastodon' && report.instance.version ? report.instance.version : undefined;
  const declared = settings.scopesDeclared ? settings.requiredScopes : [];
  const needs = analyseNeeds(scan.calls, declared, version);
  const findings: Finding[] = [];
  const exactly = needs.needed.length ? needs.needed.map((s) => code(s)).join(' ') : 'no scope';
  // One step for both kinds of finding: the fix list shows it once.
  const declareExactly = needs.needed.length
    ? `Declare exactly what the code needs, \`required-scopes: ${needs.needed.join(' ')}\`, and give the token those scopes.`
    : 'Declare no scope: the scanned code calls no endpoint that needs one.';

  for (const need of needs.undeclared) {
    const calls = needs.calls.filter((c) => !c.covered && c.need === need);
    const first = calls[0] as JudgedCall;
    const more =
      calls.length > 1
        ? ` ${calls.length - 1} more ${calls.length === 2 ? 'call needs' : 'calls need'} it: ${calls.slice(1, MAX_LISTED).map(at).join(', ')}${calls.length > MAX_LISTED ? ', …' : ''}.`
        : '';
    findings.push({
      id: `undeclared-scope:${need}`,
      severity: settings.onMissing === 'fail' ? 'failure' : 'warning',
      status: 'under-declared',
      title: `Undeclared scope ${need}`,
      message: `${called(first)} at ${at(first)} needs ${code(need)} (its endpoint accepts ${first.accepts.map((s) => code(s)).join(', ')}), which \`required-scopes\` does not declare: the bot will fail here once deployed.${more}`,
      fix: [declareExactly],
      location: { file: first.file, line: first.line },
    });
  }

  if (settings.onExcess !== 'ignore') {
    const lines = context.workflowRef
      ? declarationLines(context.workspace, context.workflowRef, needs.unneeded)
      : new Map();
    for (const scope of needs.unneeded) {
      const narrower = needs.calls.filter((c) => c.covered && c.need && c.accepts.includes(scope) && c.need !== scope);
      const why = narrower.length
        ? `the code needs only ${[...new Set(narrower.map((c) => c.need as string))].map((s) => code(s)).join(', ')} of what it grants (${called(narrower[0] as JudgedCall)} at ${at(narrower[0] as JudgedCall)})`
        : 'no call in the scanned code uses it';
      const location = lines.get(scope);
      findings.push({
        id: `unneeded-scope:${scope}`,
        severity: settings.onExcess === 'fail' ? 'failure' : 'warning',
        status: 'over-declared',
        title: `Unneeded scope ${scope}`,
        message: `\`required-scopes\` declares ${code(scope)}, but ${why}. A token made to this declaration can do more than the bot does.`,
        fix: [declareExactly],
        ...(location ? { location } : {}),
      });
    }
  }

  if (!settings.scopesDeclared) {
    findings.push({
      id: 'declaration-from-code',
      severity: 'notice',
      title: 'Scopes declared by the code',
      message: `No \`required-scopes\` were given, so the needs of the code stood as the declaration: ${exactly}.`,
      fix: needs.needed.length ? [`To pin it, declare \`required-scopes: ${needs.needed.join(' ')}\`.`] : [],
    });
  }
  if (scan.unresolved.length) {
    const first = scan.unresolved[0] as ScanResult['unresolved'][number];
    const listed = scan.unresolved
      .slice(0, MAX_LISTED)
      .map((u) => `${at(u)} ${called(u)} (${printable(u.reason, 160)})`)
      .join('; ');
    findings.push({
      id: 'unresolved-calls',
      severity: 'notice',
      title: `${scan.unresolved.length} call${scan.unresolved.length === 1 ? '' : 's'} not resolved`,
      message: `The endpoint of ${scan.unresolved.length === 1 ? 'this call' : 'these calls'} could not be told from the code, so ${scan.unresolved.length === 1 ? 'its' : 'their'} scopes are not in \`needed-scopes\`: ${listed}${scan.unresolved.length > MAX_LISTED ? '; …' : ''}.`,
      fix: ['Check these calls by hand against the endpoint table, and declare what they need.'],
      location: { file: first.file, line: first.line },
    });
  }
  if (scan.stats.unmatched.length) {
    findings.push({
      id: 'source-paths-unmatched',
      severity: 'warning',
      title: 'Source paths match nothing',
      message: `\`source-paths\` ${scan.stats.unmatched.map((p) => code(printable(p))).join(', ')} matched no file in the workspace.`,
      fix: [
        'Check out the code before this step (`actions/checkout`), and give paths relative to the repository root.',
      ],
    });
  }
  if (!scan.calls.length && !scan.unresolved.length) {
    findings.push({
      id: 'no-calls',
      severity: 'notice',
      title: 'No API use found',
      message: `No Mastodon API call was found in ${scan.stats.files} scanned file${scan.stats.files === 1 ? '' : 's'} of \`source-paths\`${scan.testCalls.length ? ` (${scan.testCalls.length} in tests only, not counted)` : ''}.`,
      fix: [],
    });
  }
  if (scan.stats.symlinks.length) {
    findings.push({
      id: 'symlinks-skipped',
      severity: 'notice',
      title: 'Links not followed',
      message: `Symbolic links are never followed (one could point outside the workspace): ${scan.stats.symlinks
        .slice(0, MAX_LISTED)
        .map((p) => code(printable(p)))
        .join(', ')}${scan.stats.symlinks.length > MAX_LISTED ? ', …' : ''}.`,
      fix: [],
    });
  }

  const all = [...report.findings, ...findings];
  const codeReport: CodeReport = {
    sourcePaths: settings.sourcePaths,
    needed: needs.needed,
    undeclared: needs.undeclared,
    unneeded: needs.unneeded,
    declaration: settings.scopesDeclared ? 'required-scopes' : 'code',
    declared: [...declared].sort(),
    calls: needs.calls.map(codeCall),
    unresolved: scan.unresolved,
    tests: { calls: analyseNeeds(scan.testCalls, [], version).calls.map(codeCall), unresolved: scan.testUnresolved },
    files: { scanned: scan.stats.files, skipped: scan.stats.skipped },
  };
  const status =
    report.status === 'input-error' ? report.status : worstStatus(all.flatMap((f) => (f.status ? [f.status] : [])));
  return {
    ...report,
    sticky: { comment: commentVerdict(all), issue: issueVerdict(status, settings) },
    status,
    failed: all.some((f) => f.severity === 'failure'),
    findings: all,
    code: codeReport,
  };
}

/** The report when the code could not be scanned at all (the workspace is missing, say): a warning, never a pass. */
export function withScanFailure(report: Report, error: unknown): Report {
  const finding: Finding = {
    id: 'scan-failed',
    severity: 'warning',
    title: 'Code not scanned',
    message: `The code under \`source-paths\` could not be scanned: ${printable(messageOf(error), 300)}. No needs were worked out.`,
    fix: ['Check out the repository before this step (`actions/checkout`).'],
  };
  return { ...report, findings: [...report.findings, finding] };
}

/**
 * The line of the running workflow that declares each scope: `required-scopes: write read` on one line, or one of
 * the lines of a block (`required-scopes: |`). The workflow is read from the workspace like any other file.
 */
export function declarationLines(
  workspace: string,
  workflowRef: string,
  scopes: readonly string[],
): Map<string, { file: string; line: number }> {
  const found = new Map<string, { file: string; line: number }>();
  const path = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef)?.[1];
  if (!path || !scopes.length) return found;
  const text = readWorkspaceFile(workspace, path);
  if (text === undefined) return found;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const key = /^(\s*)required-scopes\s*:(.*)$/.exec(lines[i] as string);
    if (!key) continue;
    const indent = (key[1] as string).length;
    const candidates: { text: string; line: number }[] = [{ text: key[2] as string, line: i + 1 }];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as string;
      if (next.trim() && next.length - next.trimStart().length <= indent) break;
      candidates.push({ text: next, line: j + 1 });
    }
    for (const scope of scopes) {
      if (found.has(scope)) continue;
      const hit = candidates.find((c) => c.text.split(/[\s,'"]+/).includes(scope));
      if (hit) found.set(scope, { file: path, line: hit.line });
    }
  }
  return found;
}
