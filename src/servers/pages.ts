/**
 * Where a user fixes a token on each server: the pages differ from Mastodon's, and Pleroma and Akkoma have none that
 * makes a token (docs/servers/*.md §6).
 */
import { versionAtLeast } from '../util/version.ts';
import type { Family } from './identity.ts';

/** GoToSocial's applications and access-token pages arrived with 0.19.0 (gotosocial.md §6). */
const GTS_PAGES_SINCE = '0.19.0';

/** The pages on the instance where a token is revoked and made: absolute addresses. */
export interface Links {
  readonly authorizedApps: string;
  readonly development: string;
  readonly newApplication: string;
}

/** Mastodon's pages: also where a report that does not know the server points, and the token commands. */
export function mastodonLinks(origin: string): Links {
  return {
    authorizedApps: `${origin}/oauth/authorized_applications`,
    development: `${origin}/settings/applications`,
    newApplication: `${origin}/settings/applications/new`,
  };
}

/** Undefined where the server has no such pages. */
export function linksOn(family: Family, version: string | undefined, origin: string): Links | undefined {
  switch (family) {
    case 'mastodon':
      return mastodonLinks(origin);
    case 'gotosocial':
      return version === undefined || versionAtLeast(version, GTS_PAGES_SINCE)
        ? {
            authorizedApps: `${origin}/settings/user/tokens`,
            development: `${origin}/settings/user/applications`,
            newApplication: `${origin}/settings/user/applications/new`,
          }
        : undefined;
    default:
      return undefined;
  }
}

const code = (text: string) => `\`${text}\``;

/**
 * The steps to a new token with exactly the needed scopes, on this server. `store` is the step that puts the token
 * where the bot reads it (the action and the CLI word it differently), kept as the caller gives it.
 */
export function newTokenStepsOn(
  family: Family,
  version: string | undefined,
  links: Links | undefined,
  required: readonly string[],
  declared: boolean,
  store: string,
): string[] | undefined {
  const scopes = declared ? `only ${required.map(code).join(' ')}` : 'only the scopes the bot uses';
  const oauthFlow = (software: string) =>
    `Make a new token through an OAuth client: register an app with ${scopes} (\`POST /api/v1/apps\`), authorize it as the bot's account (\`/oauth/authorize\`) and exchange the code (\`POST /oauth/token\`). ${software} has no page that makes a token.`;
  switch (family) {
    case 'gotosocial':
      if (links) {
        return [
          `Make a new token: Settings → Applications → New application (${links.newApplication}), tick ${scopes}, create it, then use "Request access token" on the app's page and copy the token.`,
          store,
          `Invalidate the old token under Settings → Access tokens (${links.authorizedApps}).`,
        ];
      }
      return [
        oauthFlow(`GoToSocial ${version ?? ''}`.trim()),
        store,
        "Revoke the old token with `POST /oauth/revoke` and its app's client id and secret.",
      ];
    case 'pleroma':
    case 'akkoma': {
      const name = family === 'akkoma' ? 'Akkoma' : 'Pleroma';
      return [
        oauthFlow(name),
        store,
        `Revoke the old token in ${name}'s web front-end: Settings → Security → OAuth tokens → Revoke.`,
      ];
    }
    default:
      // Mastodon keeps its own steps; for software whose pages are unknown there is nothing honest to point at.
      return undefined;
  }
}
