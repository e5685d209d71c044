/** What the inputs made the check normalise or warn about: shown as warnings, never fatal. */
import type { Finding } from '../../report/model.ts';
import { speakInputs, voiceFor, type Voice } from './voice.ts';

export function inputWarningFindings(inputWarnings: readonly string[], voice: Voice = voiceFor()): Finding[] {
  return inputWarnings.map((warning) => ({
    id: `input-warning:${warning}`,
    severity: 'warning',
    title: 'Input warning',
    message: speakInputs(warning, voice),
    fix: [],
  }));
}
