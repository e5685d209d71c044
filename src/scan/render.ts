/**
 * The needs of the code as the `scopes` command prints them: each needed scope with the calls that need it
 * (file:line, what was called), then the calls whose endpoint could not be told, then the calls found in tests.
 * Pure. File names and call texts come from the repository, which may be hostile: they are printed on one line
 * without control characters, and inside code spans in Markdown.
 */
import type { CodeCall } from '../report/model.ts';
import { code, oneLine } from '../util/text.ts';
import { analyseNeeds, type JudgedCall, type NeedsAnalysis } from './needs.ts';
import type { ScanResult } from './scan.ts';
import type { UnresolvedCall } from './types.ts';

export interface ScopesView {
  readonly scan: ScanResult;
  readonly needs: NeedsAnalysis;
  /** the declaration compared, when one was given */
  readonly declared?: readonly string[];
}

/** One line of repository text for a terminal: no control characters, no line breaks, bounded. */
export const printable = oneLine;

const where = (c: { file: string; line: number }) => `${printable(c.file)}:${c.line}`;
const source = (c: JudgedCall) => (c.library ? ` (${printable(c.library, 60)})` : '');

function groupByNeed(calls: readonly JudgedCall[]): Map<string, JudgedCall[]> {
  const groups = new Map<string, JudgedCall[]>();
  for (const call of calls) {
    const key = call.need ?? '';
    groups.set(key, [...(groups.get(key) ?? []), call]);
  }
  return new Map([...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1)));
}

export function renderScopesText(view: ScopesView): string {
  const { scan, needs } = view;
  const out: string[] = [];
  const files = scan.stats.files;
  out.push(
    needs.needed.length
      ? `Needed scopes: ${needs.needed.join(' ')}`
      : scan.calls.length
        ? 'Needed scopes: none (the calls found take no scope)'
        : 'Needed scopes: none found (no Mastodon API call in the scanned code)',
  );
  out.push(
    `  from ${count(scan.calls.length, 'call')} in ${files} scanned ${files === 1 ? 'file' : 'files'}` +
      (scan.unresolved.length ? `, ${count(scan.unresolved.length, 'unresolved call')}` : ''),
  );
  if (view.declared?.length) {
    out.push(`Declared: ${view.declared.join(' ')}`);
    if (needs.undeclared.length) out.push(`Undeclared (the bot will fail without them): ${needs.undeclared.join(' ')}`);
    if (needs.unneeded.length)
      out.push(`Unneeded (declare ${needs.needed.join(' ') || 'nothing'} instead): ${needs.unneeded.join(' ')}`);
    if (!needs.undeclared.length && !needs.unneeded.length) out.push('The declaration matches the code.');
  }
  for (const [need, calls] of groupByNeed(needs.calls)) {
    out.push('', need ? `${need}` : 'No scope needed');
    for (const call of calls) out.push(`  ${where(call)}  ${printable(call.what)}${source(call)}`);
  }
  if (scan.unresolved.length) {
    out.push('', 'Unresolved: the endpoint could not be told; check these by hand');
    for (const u of scan.unresolved) out.push(`  ${where(u)}  ${printable(u.what)}: ${printable(u.reason, 300)}`);
  }
  const testOnly = scan.testCalls.length + scan.testUnresolved.length;
  if (testOnly) {
    out.push('', 'In tests only (not counted)');
    for (const c of analyseNeeds(scan.testCalls).calls) {
      out.push(`  ${where(c)}  ${printable(c.what)}${c.need ? `  (${c.need})` : ''}`);
    }
    for (const u of scan.testUnresolved) out.push(`  ${where(u)}  ${printable(u.what)}: unresolved`);
  }
  if (scan.stats.unmatched.length) {
    out.push('', `No files matched: ${scan.stats.unmatched.map((p) => printable(p)).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderScopesMarkdown(view: ScopesView, options: { headingLevel?: number } = {}): string {
  const { scan, needs } = view;
  const h = '#'.repeat(options.headingLevel ?? 2);
  const out: string[] = [];
  out.push(`${h} Scopes the code needs`, '');
  out.push(
    needs.needed.length
      ? `Needed: ${needs.needed.map((s) => code(s)).join(' ')} (${count(scan.calls.length, 'call')} in ${scan.stats.files} scanned files)`
      : `Needed: none (${count(scan.calls.length, 'call')} in ${scan.stats.files} scanned files)`,
  );
  if (view.declared?.length) {
    out.push('', `Declared: ${view.declared.map((s) => code(s)).join(' ')}`);
    if (needs.undeclared.length) out.push('', `Undeclared: ${needs.undeclared.map((s) => code(s)).join(' ')}`);
    if (needs.unneeded.length) out.push('', `Unneeded: ${needs.unneeded.map((s) => code(s)).join(' ')}`);
  }
  if (needs.calls.length) {
    out.push('', '| scope | where | what |', '|---|---|---|');
    for (const [need, calls] of groupByNeed(needs.calls)) {
      for (const call of calls) {
        out.push(
          `| ${need ? code(need) : 'none'} | ${code(where(call))} | ${code(printable(call.what))}${source(call) ? ` ${code(printable(call.library ?? '', 60))}` : ''} |`,
        );
      }
    }
  }
  if (scan.unresolved.length) {
    out.push('', `${h}# Unresolved`, '', 'The endpoint of these calls could not be told: check them by hand.', '');
    out.push('| where | what | why |', '|---|---|---|');
    for (const u of scan.unresolved) out.push(unresolvedRow(u));
  }
  const testOnly = scan.testCalls.length + scan.testUnresolved.length;
  if (testOnly) {
    out.push('', `${h}# In tests only (not counted)`, '');
    for (const c of scan.testCalls) out.push(`- ${code(where(c))} ${code(printable(c.what))}`);
    for (const u of scan.testUnresolved) out.push(`- ${code(where(u))} ${code(printable(u.what))} (unresolved)`);
  }
  return `${out.join('\n')}\n`;
}

const unresolvedRow = (u: UnresolvedCall) =>
  `| ${code(where(u))} | ${code(printable(u.what))} | ${code(printable(u.reason, 300))} |`;

/** A call as the JSON and the report's `code` part list it: the fields a call lacks are left out; no scope is null. */
export const codeCall = (c: JudgedCall): CodeCall => ({
  file: c.file,
  line: c.line,
  what: c.what,
  via: c.via,
  ...(c.method ? { method: c.method } : {}),
  ...(c.route ? { endpoint: c.route } : {}),
  ...(c.library ? { library: c.library } : {}),
  accepts: c.accepts,
  need: c.need ?? null,
});

/** The JSON of the command and of the report's `code` part: every call and every unresolved one. */
export function scopesJson(view: ScopesView) {
  const { scan, needs } = view;
  const call = (c: JudgedCall) => ({
    ...codeCall(c),
    ...(view.declared?.length ? { covered: c.covered } : {}),
  });
  return {
    needed: needs.needed,
    ...(view.declared?.length
      ? { declared: view.declared, undeclared: needs.undeclared, unneeded: needs.unneeded }
      : {}),
    calls: needs.calls.map(call),
    unresolved: scan.unresolved,
    tests: { calls: analyseNeeds(scan.testCalls).calls.map(call), unresolved: scan.testUnresolved },
    files: { scanned: scan.stats.files, skipped: scan.stats.skipped, unmatched: scan.stats.unmatched },
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
