/**
 * The scan beside a check, the same for the action's one bot and each bot of a config file: with `required-scopes`
 * empty the code is read first (its needs are the declaration the token is checked against); with a declaration it
 * is read once the check's first requests are written, while the instance answers. The scanner itself loads only
 * when `source-paths` is set.
 */
import type { Check } from '../check.ts';
import type { CheckSettings, Settings } from '../inputs/settings.ts';
import type { Report } from '../report/model.ts';

type CodeSettings = Pick<
  Settings,
  'sourcePaths' | 'requiredScopes' | 'scopesDeclared' | 'onMissing' | 'onExcess' | 'onUnreachable'
>;

export interface ScanOptions {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  readonly workspace: string;
  /** GITHUB_WORKFLOW_REF, to put unneeded declared scopes on their line of the workflow. */
  readonly workflowRef?: string | undefined;
}

/** Starts the check and, with `source-paths`, the scan; the report has the code's findings added. */
export async function checkWithCode<S extends CheckSettings & CodeSettings>(
  settings: S,
  start: (settings: S) => Check,
  options: ScanOptions,
): Promise<{ check: Check; report: Promise<Report> }> {
  if (settings.sourcePaths.length === 0) {
    const check = start(settings);
    return { check, report: check.report };
  }
  const early = settings.scopesDeclared ? undefined : await scanTheCode(settings, options);
  const checked =
    early && early.needed.length ? { ...settings, requiredScopes: early.needed, scopesDeclared: true } : settings;
  const check = start(checked);
  const report = (async () => {
    const code: CodeScan = early ?? (await check.firstWaveWritten.then(() => scanTheCode(settings, options)));
    return code.addFindings(await check.report);
  })();
  return { check, report };
}

interface CodeScan {
  readonly needed: readonly string[];
  readonly addFindings: (report: Report) => Report;
}

async function scanTheCode(settings: CodeSettings, options: ScanOptions): Promise<CodeScan> {
  const scanner = await import('./action.ts');
  const context = {
    workspace: options.workspace,
    ...(options.workflowRef ? { workflowRef: options.workflowRef } : {}),
  };
  try {
    const scan = await scanner.scanCode(settings, options.workspace);
    return {
      needed: scanner.neededScopes(scan),
      addFindings: (report: Report) => scanner.withCodeFindings(report, scan, settings, context),
    };
  } catch (error) {
    return { needed: [], addFindings: (report: Report) => scanner.withScanFailure(report, error) };
  }
}
