/** The fix every finding about a token ends with, and the advice on broad scopes. */
import type { Links } from '../../report/model.ts';
import { scopeInfo } from '../../mastodon/scopes.ts';
import { code } from '../../util/text.ts';
import { voiceFor, type Voice } from './voice.ts';

export interface NewTokenOptions {
  readonly voice: Voice;
  /** Whether the old token still works, so that revoking its app is a step; not for a revoked or unknown token. */
  readonly revokeOld: boolean;
  /** The instance as the user gives it (`mastodon.social`), for the one-command fix (`mint`, `rotate`). */
  readonly instance?: string;
}

/** The steps to a new token with exactly the declared scopes, where to store it, and the old one revoked. */
export function newTokenSteps(
  links: Links,
  required: readonly string[],
  declared: boolean,
  options: NewTokenOptions = { voice: voiceFor(), revokeOld: true },
): string[] {
  // `follow` is deprecated and is no granular box to tick: name what to tick instead of it.
  const granular = required.filter((s) => s !== 'follow').map((s) => code(s));
  if (required.includes('follow')) {
    granular.push(
      'the granular scopes the bot uses from `read:follows` `write:follows` `read:blocks` `write:blocks` `read:mutes` `write:mutes` (not the deprecated `follow`)',
    );
  }
  const scopes = declared
    ? `only ${granular.join(required.includes('follow') ? ', ' : ' ')}`
    : 'only the scopes the bot uses';
  const steps = [
    `Make a new token: Preferences → Development → New application (${links.newApplication}), tick ${scopes}, save, open the app and copy "Your access token".`,
    options.voice.storeStep,
  ];
  if (options.revokeOld) steps.push(`Revoke the old app under Authorized apps (${links.authorizedApps}).`);
  if (options.instance) steps.push(oneCommandStep(options.instance, required, declared, options));
  return steps;
}

/**
 * The same fix as one command (src/commands): `rotate` while the old token works (new token made, checked and stored,
 * then the old one revoked), `mint` when there is nothing left to revoke.
 */
function oneCommandStep(
  instance: string,
  required: readonly string[],
  declared: boolean,
  options: NewTokenOptions,
): string {
  const scopes = declared && required.length > 0 ? required.join(' ') : '…';
  const store = options.voice.surface === 'cli' ? '--output FILE' : '--github-secret SECRET_NAME';
  const command = options.revokeOld ? 'rotate' : 'mint';
  const line = `npx mastodon-token-health ${command} --instance ${instance} --scopes "${scopes}" ${store}`;
  return options.revokeOld
    ? `Or all of this in one command, in a terminal with the old token in \`MASTODON_ACCESS_TOKEN\`: \`${line}\` (it makes the new token, checks it, stores it, then revokes the old one).`
    : `Or in one command, in a terminal: \`${line}\` (it makes the new token, checks it and stores it).`;
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
