/** The fix every finding about a token ends with, and the advice on broad scopes. */
import type { Report } from '../../report/model.ts';
import { scopeInfo } from '../../mastodon/scopes.ts';
import { code } from '../../util/text.ts';

export function newTokenSteps(links: Report['links'], required: readonly string[], declared: boolean): string[] {
  const scopes = declared ? `only ${required.map((s) => code(s)).join(' ')}` : 'only the scopes the bot uses';
  return [
    `Make a new token: Preferences → Development → New application (${links.newApplication}), tick ${scopes}, save, open the app and copy "Your access token".`,
    'Store it in the repository secret this step reads (Settings → Secrets and variables → Actions).',
    `Revoke the old app under Authorized apps (${links.authorizedApps}).`,
  ];
}

export function broadAdvice(excess: readonly string[], required: readonly string[]): string {
  const broad = excess.filter((e) => required.some((r) => scopeInfo(r)?.parent === e));
  return broad.length > 0
    ? ` ${broad.map((s) => code(s)).join(', ')} covers what is needed but grants far more than ${required
        .filter((r) => broad.includes(scopeInfo(r)?.parent ?? ''))
        .map((s) => code(s))
        .join(' ')}.`
    : '';
}
