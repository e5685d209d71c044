/** The token's rate-limit window, as verify_credentials's headers tell it (reference §6). */
import type { RateLimitFacts } from '../../mastodon/answers.ts';
import type { Finding } from '../../report/model.ts';
import { code } from '../../util/text.ts';

export function rateLimitFindings(rateLimit: RateLimitFacts | undefined): Finding[] {
  if (!rateLimit || rateLimit.remaining >= rateLimit.limit / 10) return [];
  return [
    {
      id: 'rate-limit-low',
      severity: 'warning',
      title: 'Rate limit nearly spent',
      message: `The token has ${rateLimit.remaining} of ${rateLimit.limit} API requests left in this window (it resets at ${rateLimit.reset ? code(rateLimit.reset) : 'an unknown time'}): the bot, or something else using this token, is close to being throttled.`,
      fix: [
        "Spread the bot's requests out, or give each tool its own token: Mastodon limits each token to 300 requests per 5 minutes.",
      ],
    },
  ];
}
