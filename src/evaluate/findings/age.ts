/** The token's age against the rotation policy (`max-token-age-days`), when the instance tells when it was made. */
import type { Finding } from '../../report/model.ts';
import { voiceFor, type Voice } from './voice.ts';

const DAY_MS = 86_400_000;

export function tokenAgeDays(createdAt: Date | undefined, now: Date): number | undefined {
  return createdAt ? Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS) : undefined;
}

export function ageFindings(
  ageDays: number | undefined,
  maxTokenAgeDays: number | undefined,
  newToken: readonly string[],
  voice: Voice = voiceFor(),
): Finding[] {
  if (maxTokenAgeDays === undefined) return [];
  if (ageDays === undefined) {
    return [
      {
        id: 'age-unknown',
        severity: 'notice',
        title: 'Token age unknown',
        message: `${voice.setting('max-token-age-days')} is ${maxTokenAgeDays}, but the instance does not tell when this token was created.`,
        fix: [],
      },
    ];
  }
  if (ageDays > maxTokenAgeDays) {
    return [
      {
        id: 'token-old',
        severity: 'warning',
        title: 'Token due for rotation',
        message: `The token is ${ageDays} days old, older than ${voice.setting('max-token-age-days')} (${maxTokenAgeDays}).`,
        fix: newToken,
      },
    ];
  }
  return [];
}
