/** What the inputs made the check normalise or warn about: shown as warnings, never fatal. */
import type { Finding } from '../../report/model.ts';

export function inputWarningFindings(inputWarnings: readonly string[]): Finding[] {
  return inputWarnings.map((warning) => ({
    id: `input-warning:${warning}`,
    severity: 'warning',
    title: 'Input',
    message: warning,
    fix: [],
  }));
}
