/**
 * `mint`: a new token with exactly the scopes asked for, checked, and stored only where told. Order: prepare the
 * stores (nothing made yet), register the app, approve, exchange, check, store. A token that fails its check or
 * cannot be stored is revoked at once.
 */
import type { Console } from './console.ts';
import { UsageError } from './errors.ts';
import { checkNewToken, credentialsOf, discardUnstored, obtainToken, storeAll, type Progress } from './flow.ts';
import { commandHttpFor } from './http.ts';
import { instanceOf, newTokenPlanOf, requestedScopes, storesOf, timeoutOf, type Flags } from './options.ts';
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
  const plan = newTokenPlanOf(flags, con.io.cwd, { instance, scopes, repository, timeoutSeconds });

  con.line(`mint: a token for ${instance.host} with exactly the scopes ${scopes.join(' ')}`);
  const http = commandHttpFor(instance, timeoutSeconds);
  const progress: Progress = { stored: [] };
  try {
    for (const store of stores) await store.prepare();
    const minted = await obtainToken(con, http, plan, reader, progress);
    await checkNewToken(con, plan, minted.token);
    await storeAll(con, stores, credentialsOf(plan, minted), progress);
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
