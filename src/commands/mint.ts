/**
 * `mint`: a new token with exactly the scopes asked for, checked, and stored only where told. Order: prepare the
 * stores (nothing made yet), register the app, approve, exchange, check, store. A token that fails its check or
 * cannot be stored is revoked at once.
 */
import type { Console } from './console.ts';
import type { StoredCredentials } from './credentials-file.ts';
import { UsageError } from './errors.ts';
import { checkNewToken, discardUnstored, obtainToken, storeAll, type Progress } from './flow.ts';
import { createCommandHttp } from './http.ts';
import { appNameOf, instanceOf, requestedScopes, storesOf, timeoutOf, websiteOf, type Flags } from './options.ts';
import type { LineReader } from './prompt.ts';

export async function mint(flags: Flags, con: Console, reader: () => LineReader, now: () => Date): Promise<number> {
  const instance = instanceOf(flags, undefined);
  const scopes = await requestedScopes(flags, con);
  if (!scopes)
    throw new UsageError(
      'mint needs --scopes "..." (the scopes the bot needs, e.g. "write:statuses write:media") or --scopes-from PATH (the code that uses them).',
    );
  const timeoutSeconds = timeoutOf(flags);
  const { stores, repository } = await storesOf(flags, con, now);
  const plan = {
    instance,
    scopes,
    appName: appNameOf(flags, repository, con.io.cwd),
    website: websiteOf(flags, repository),
    browser: flags['no-browser'] !== true,
    timeoutSeconds,
  };

  con.line(`mint: a token for ${instance.host} with exactly the scopes ${scopes.join(' ')}`);
  const http = createCommandHttp({
    origin: instance.origin,
    isLoopback: instance.isLoopback,
    timeoutMs: timeoutSeconds * 1000,
  });
  const progress: Progress = { stored: [] };
  try {
    for (const store of stores) await store.prepare();
    const minted = await obtainToken(con, http, plan, reader, progress);
    await checkNewToken(con, plan, minted.token);
    const credentials: StoredCredentials = {
      instance: instance.origin,
      token: minted.token,
      clientId: minted.app.clientId,
      clientSecret: minted.app.clientSecret,
      scopes,
    };
    await storeAll(con, stores, credentials, progress);
    con.line(`Done. The live token is the new one, in ${progress.stored.join(' and ')}.`);
    return 0;
  } catch (error) {
    con.line(`mint failed: ${con.redact(error instanceof Error ? error.message : String(error))}`);
    if (progress.stored.length > 0) {
      con.line(
        `The new token is live and stored in ${progress.stored.join(' and ')}; it was not stored anywhere else.`,
      );
    } else {
      con.line(`${await discardUnstored(con, http, progress)} Any token you had before is unchanged.`);
    }
    return error instanceof UsageError ? 2 : 1;
  } finally {
    http.close();
  }
}
