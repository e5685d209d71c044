/** The fix every finding about a token ends with, and small text helpers for findings. */
import type { Report } from '../../report/model.ts';
import { scopeInfo } from '../../mastodon/scopes.ts';

export function newTokenSteps(links: Report['links'], required: readonly string[], declared: boolean): string[] {
  const scopes = declared ? `only ${required.map(code).join(' ')}` : 'only the scopes the bot uses';
  return [
    `Make a new token: Preferences → Development → New application (${links.newApplication}), tick ${scopes}, save, open the app and copy "Your access token".`,
    'Store it in the repository secret this step reads (Settings → Secrets and variables → Actions).',
    `Revoke the old app under Authorized apps (${links.authorizedApps}).`,
  ];
}

export function broadAdvice(excess: readonly string[], required: readonly string[]): string {
  const broad = excess.filter((e) => required.some((r) => scopeInfo(r)?.parent === e));
  return broad.length > 0
    ? ` ${broad.map(code).join(', ')} covers what is needed but grants far more than ${required
        .filter((r) => broad.includes(scopeInfo(r)?.parent ?? ''))
        .map(code)
        .join(' ')}.`
    : '';
}

export function code(text: string): string {
  return `\`${text}\``;
}
