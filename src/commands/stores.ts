/**
 * Where a new token goes, only where told: a GitHub repository secret (with the app's client id and secret beside
 * it), a file, or standard output. Each store is prepared before any token exists, so that a store that cannot be
 * written fails the command while nothing has changed.
 */
import type { Console } from './console.ts';
import { PartiallyStored } from './errors.ts';
import { checkWritable, formatCredentials, writeSecretFile, type StoredCredentials } from './credentials-file.ts';
import { createSecretWriter, repositoryName, type GitHubTarget } from './github-secrets.ts';

export interface TokenStore {
  /** Where, in words: "GitHub secret MASTODON_TOKEN of octo-org/bot". */
  readonly where: string;
  prepare(): Promise<void>;
  store(credentials: StoredCredentials): Promise<void>;
}

export function githubSecretStore(target: GitHubTarget, name: string, console: Console): TokenStore {
  const writer = createSecretWriter(target, console.redact);
  return {
    where: `GitHub secret ${name} of ${repositoryName(target.repository)} (with ${name}_CLIENT_ID and ${name}_CLIENT_SECRET)`,
    prepare: () => writer.prepare(),
    // The token first: it is what the bot runs on. The app's credentials beside it only serve a later revoke, so
    // once the token is written a failure there leaves the new token stored and live (never revoked).
    store: async (c) => {
      await writer.write([{ name, value: c.token }]);
      try {
        await writer.write([
          { name: `${name}_CLIENT_ID`, value: c.clientId },
          { name: `${name}_CLIENT_SECRET`, value: c.clientSecret },
        ]);
      } catch (error) {
        throw new PartiallyStored(
          error instanceof Error ? error.message : String(error),
          `GitHub secret ${name} of ${repositoryName(target.repository)} (but not all of ${name}_CLIENT_ID and ${name}_CLIENT_SECRET: to revoke this token later, use Authorized apps)`,
        );
      }
    },
  };
}

export function fileStore(path: string, force: boolean, now: () => Date): TokenStore {
  return {
    where: `file ${path} (mode 0600)`,
    prepare: () => checkWritable(path, force),
    store: (c) => writeSecretFile(path, formatCredentials(c, now()), force),
  };
}

export function printStore(console: Console, now: () => Date): TokenStore {
  return {
    where: 'standard output',
    prepare: async () => {},
    store: async (c) => console.printSecretBlock(formatCredentials(c, now())),
  };
}
