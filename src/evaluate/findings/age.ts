/** The token's age against the rotation policy (`max-token-age-days`), when the instance tells when it was made. */
import type { Finding } from '../../report/model.ts';
import { voiceFor, type Voice } from './voice.ts';

const DAY_MS = 86_400_000;
/** How far a server's clock may run ahead of the runner's before its `created_at` is no time at all. */
const CLOCK_SKEW_MS = DAY_MS;

export interface TokenAge {
  readonly createdAt: Date | undefined;
  readonly ageDays: number | undefined;
  /** Why a `created_at` the instance gave cannot be used, when it cannot. */
  readonly problem: string | undefined;
}

/**
 * The token's age from token info's `created_at` (already a plausible time, or the reason it is not: see
 * mastodon/answers.ts): a time in the future is no age, never a negative one that passes any policy.
 */
export function tokenAge(createdAt: Date | undefined, unusable: string | undefined, now: Date): TokenAge {
  if (!createdAt) return { createdAt: undefined, ageDays: undefined, problem: unusable };
  const ms = now.getTime() - createdAt.getTime();
  if (ms < -CLOCK_SKEW_MS) {
    return { createdAt: undefined, ageDays: undefined, problem: `\`${createdAt.toISOString()}\`, in the future` };
  }
  return { createdAt, ageDays: Math.max(0, Math.floor(ms / DAY_MS)), problem: undefined };
}

export function ageFindings(
  age: TokenAge,
  maxTokenAgeDays: number | undefined,
  newToken: readonly string[],
  voice: Voice = voiceFor(),
): Finding[] {
  if (maxTokenAgeDays === undefined) return [];
  const { ageDays, problem } = age;
  if (ageDays === undefined) {
    return [
      problem
        ? {
            id: 'age-unknown',
            // The policy could not be checked although the instance claimed to tell: worth a look, not a pass.
            severity: 'warning',
            title: 'Token age unknown',
            message: `${voice.setting('max-token-age-days')} is ${maxTokenAgeDays}, but the instance gives the token's creation time (\`created_at\` in token info) as ${problem}, which is no usable time: the token's age is unknown, and the rotation policy was not checked.`,
            fix: ["Check the token's age under Authorized apps on the instance, and rotate it if it is due."],
          }
        : {
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
