/**
 * `revoke`: POST /oauth/revoke with the token's app credentials, then the proof: the instance answers 401 for it.
 * RFC 7009 answers 200 even for a token the server does not know, so the 200 alone is never taken as done.
 */
import type { Console } from './console.ts';
import { StepError, UsageError } from './errors.ts';
import { authorizedAppsUrl } from './flow.ts';
import { commandHttpFor, type ClientCredentials, type CommandHttp } from './http.ts';
import { revokeToken, tokenLiveness } from './oauth.ts';
import { fileOf, instanceOf, oldCredentialsOf, timeoutOf, type Flags } from './options.ts';
import type { LineReader } from './prompt.ts';

export async function revoke(flags: Flags, con: Console, reader: () => LineReader): Promise<number> {
  const file = await fileOf(flags);
  const instance = instanceOf(flags, file);
  const timeoutSeconds = timeoutOf(flags);
  const old = await oldCredentialsOf(flags, con, file, reader);
  if (!old.client) {
    throw new UsageError(
      `revoke needs the client id and secret of the app that made the token: --client-id-env NAME --client-secret-env NAME, or --from FILE (what mint --output wrote). Without them, revoke it by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account, Revoke on its app.`,
    );
  }
  con.line(
    `revoke: the token from ${old.tokenSource} on ${instance.host}, with the app credentials from ${old.clientSource}`,
  );
  const http = commandHttpFor(instance, timeoutSeconds);
  try {
    await revokeAndConfirm(con, http, old.client, old.token);
    con.line('Done. The token is revoked: the instance no longer accepts it.');
    return 0;
  } catch (error) {
    con.line(`revoke failed: ${con.redact(error instanceof Error ? error.message : String(error))}`);
    con.line(
      `The token may still be live. Revoke it by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account, Revoke on its app.`,
    );
    return error instanceof UsageError ? 2 : 1;
  } finally {
    http.close();
  }
}

/** Revokes, then asks the instance: done only when it answers 401 for the token. */
export async function revokeAndConfirm(
  con: Console,
  http: CommandHttp,
  client: ClientCredentials,
  token: string,
): Promise<void> {
  await revokeToken(http, client, token, con.redact);
  con.done('Revocation sent (POST /oauth/revoke answered 200, which RFC 7009 also answers for unknown tokens).');
  const { liveness, detail } = await tokenLiveness(http, token);
  if (liveness === 'dead') {
    con.done(`Confirmed dead: ${detail}.`);
    return;
  }
  throw new StepError(
    liveness === 'live'
      ? `the instance still accepts the token after the revocation (${detail}).`
      : `whether the token is dead could not be told (${detail}).`,
  );
}
