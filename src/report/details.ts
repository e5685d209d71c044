/**
 * The details under the verdict, the fix and the findings: facts a reader looks up, not reads first. Each section is
 * a function of the report; a new kind of fact (the code's needs, the blast radius, one bot of several) is one more
 * function in DETAIL_SECTIONS. Rows without a value are left out. Values are Markdown (code spans only).
 */
import { code } from '../util/text.ts';
import type { Report } from './model.ts';

export interface DetailRow {
  readonly label: string;
  /** Markdown with code spans only; empty leaves the row out. */
  readonly value: string;
}

export interface DetailSection {
  readonly title: string;
  readonly rows: readonly DetailRow[];
}

const scopeList = (scopes: readonly string[]) => scopes.map((s) => code(s)).join(' ');

function tokenSection(report: Report): DetailSection {
  const { origin, software, version } = report.instance;
  const server = [software, version].filter(Boolean).join(' ');
  return {
    title: 'Token',
    rows: [
      { label: 'Instance', value: origin ? origin + (server ? ` (${code(server)})` : '') : '' },
      {
        label: 'Account',
        value: report.account
          ? `${code(report.account.handle)}${report.account.id ? ` (id ${code(report.account.id)})` : ''}`
          : (report.accountNote ?? ''),
      },
      { label: 'App', value: report.app ? code(report.app.name) : '' },
      { label: 'Token state', value: report.tokenState === 'unknown' ? '' : code(report.tokenState) },
      {
        label: 'Links',
        // None when the instance is not known, nor on Pleroma and Akkoma, which have no such pages (docs/servers/ §6).
        value: report.links
          ? `[Authorized apps](${report.links.authorizedApps}) (revoke) · [Development](${report.links.development}) (new token)`
          : '',
      },
      {
        label: 'Token age',
        value:
          report.token.ageDays !== undefined
            ? `${report.token.ageDays} ${report.token.ageDays === 1 ? 'day' : 'days'} (created ${(report.token.createdAt ?? '').slice(0, 10)})`
            : '',
      },
    ],
  };
}

function scopesSection(report: Report): DetailSection {
  const { scopes } = report;
  return {
    title: 'Scopes',
    rows: [
      { label: 'Granted', value: scopeList(scopes.granted) + (scopes.source ? ` (${sourceText(scopes.source)})` : '') },
      { label: 'Declared', value: scopes.declared ? scopeList(scopes.required) : '' },
      { label: 'Excess', value: scopeList(scopes.excess) },
      { label: 'Missing', value: scopeList(scopes.missing) },
      { label: 'Not told apart', value: scopeList(scopes.undetermined) },
    ],
  };
}

function sourceText(source: Report['scopes']['source']): string {
  switch (source) {
    case 'token-info':
      return 'from token info: exact';
    case 'probe':
      return 'by harmless requests: exact';
    case 'app':
      return "the app's registered scopes: an upper bound";
    case undefined:
      return '';
  }
}

/**
 * What the code needs (`source-paths`): per scope, granted vs declared vs needed and the calls that need it; then
 * the calls that could not be resolved and those found only in tests. File names and call texts come from the
 * repository: code spans only.
 */
function codeSection(report: Report): DetailSection | undefined {
  const scanned = report.code;
  if (!scanned) return undefined;
  const where = (c: { file: string; line: number }) => code(`${c.file}:${c.line}`);
  const few = <T>(items: readonly T[], show: (item: T) => string) =>
    items.slice(0, MAX_LISTED).map(show).join(', ') +
    (items.length > MAX_LISTED ? `, and ${items.length - MAX_LISTED} more` : '');
  const declared = scanned.declared;
  const granted = report.scopes.source ? report.scopes.granted : undefined;
  const scopes = [...new Set([...(granted ?? []), ...declared, ...scanned.needed])].sort();
  const mark = (label: string, yes: boolean) => `${label} ${yes ? '✓' : '✗'}`;
  return {
    title: 'Needs of the code',
    rows: [
      {
        label: 'Scanned',
        value: `${scanned.calls.length} ${scanned.calls.length === 1 ? 'call' : 'calls'} in ${scanned.files.scanned} ${scanned.files.scanned === 1 ? 'file' : 'files'} of ${scanList(scanned.sourcePaths)}`,
      },
      {
        label: 'Needed',
        value:
          (scopeList(scanned.needed) || 'none') +
          (scanned.declaration === 'code' ? ' (no `required-scopes`: the needs stood as the declaration)' : ''),
      },
      { label: 'Undeclared', value: scopeList(scanned.undeclared) },
      { label: 'Unneeded', value: scopeList(scanned.unneeded) },
      ...scopes.map((scope) => {
        const calls = scanned.calls.filter((c) => c.need === scope);
        return {
          label: code(scope),
          value: [
            ...(granted ? [mark('granted', granted.includes(scope))] : []),
            ...(scanned.declaration === 'required-scopes' ? [mark('declared', declared.includes(scope))] : []),
            calls.length ? `needed by ${few(calls, (c) => `${where(c)} ${code(c.what)}`)}` : 'not needed',
          ].join(' · '),
        };
      }),
      {
        label: 'Unresolved (check by hand)',
        value: few(scanned.unresolved, (u) => `${where(u)} ${code(u.what)} (${code(u.reason)})`),
      },
      {
        label: 'In tests only (not counted)',
        value: few([...scanned.tests.calls, ...scanned.tests.unresolved], (c) => `${where(c)} ${code(c.what)}`),
      },
    ],
  };
}

const MAX_LISTED = 5;
const scanList = (paths: readonly string[]) => paths.map((p) => code(p)).join(' ');

/** In the order shown. Add a section here; it appears in the summary, the comment, the issue and the CLI. */
export const DETAIL_SECTIONS: readonly ((report: Report) => DetailSection | undefined)[] = [
  tokenSection,
  scopesSection,
  codeSection,
];

/** The sections with something to show, each with only the rows that have a value. */
export function detailsOf(report: Report): DetailSection[] {
  if (report.status === 'input-error') return [];
  // A run whose token was not checked (a fork's pull request) still shows what the code needs.
  const skipped = report.tokenState === 'unknown' && report.findings.some((f) => f.id === 'skipped');
  const sections = skipped ? [codeSection] : DETAIL_SECTIONS;
  return sections.flatMap((section) => {
    const shown = section(report);
    const rows = shown?.rows.filter((row) => row.value.trim() !== '') ?? [];
    return shown && rows.length > 0 ? [{ title: shown.title, rows }] : [];
  });
}
