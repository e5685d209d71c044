/**
 * `rotate`: mint, store, check, then revoke the old token and confirm. The old token is never revoked before the new
 * one is stored and checked, and every failure says which token is live.
 */
import { resolve } from 'node:path';
import { checkToken } from '../check.ts';
import { InputErrors } from '../inputs/errors.ts';
import type { Report } from '../report/model.ts';
import { parseSettings } from '../inputs/settings.ts';
import type { Console } from './console.ts';
import { StepError, UsageError } from './errors.ts';
import {
  authorizedAppsUrl,
  checkNewToken,
  credentialsOf,
  discardUnstored,
  obtainToken,
  storeAll,
  type Progress,
} from './flow.ts';
import { commandHttpFor } from './http.ts';
import { tokenOwner } from './oauth.ts';
import {
  fileOf,
  instanceOf,
  newTokenPlanOf,
  oldCredentialsOf,
  requestedScopes,
  storesOf,
  timeoutOf,
  type Flags,
} from './options.ts';
import type { LineReader } from './prompt.ts';
import { revokeAndConfirm } from './revoke.ts';

const DEAD_STATES = new Set(['revoked', 'invalid', 'expired']);

export async function rotate(flags: Flags, con: Console, reader: () => LineReader, now: () => Date): Promise<number> {
  const file = await fileOf(flags);
  const instance = instanceOf(flags, file);
  const timeoutSeconds = timeoutOf(flags);
  const declared = await requestedScopes(flags, con);
  const old = await oldCredentialsOf(flags, con, file, reader);
  // Rotating a file in place: --output naming the --from file replaces it (atomically) without --force.
  const from = typeof flags['from'] === 'string' ? flags['from'] : undefined;
  const output = typeof flags['output'] === 'string' ? flags['output'] : undefined;
  const inPlace = from !== undefined && output !== undefined && resolve(from) === resolve(output);
  const { stores, repository } = await storesOf(inPlace ? { ...flags, force: true } : flags, con, now);

  con.line(`rotate: a new token for ${instance.host}, then the old one (from ${old.tokenSource}) revoked`);
  const oldReport = await checkOld(instance.origin, old.token, declared, timeoutSeconds);
  const oldDead = DEAD_STATES.has(oldReport.tokenState);
  if (oldReport.tokenState === 'unknown') {
    throw new StepError(
      `the old token's state could not be told (${oldReport.findings[0]?.message ?? oldReport.status}); nothing was changed. Try again when ${instance.host} answers.`,
    );
  }
  const exactOld = oldReport.scopes.source === 'token-info' || oldReport.scopes.source === 'probe';
  const scopes = declared ?? (exactOld && !oldDead ? [...oldReport.scopes.granted] : undefined);
  if (!scopes || scopes.length === 0) {
    throw new UsageError(
      oldDead
        ? `The old token is ${oldReport.tokenState}, so its scopes cannot be copied: give --scopes "...".`
        : 'The old token\'s exact scopes cannot be read on this server: give --scopes "...".',
    );
  }
  con.done(
    oldDead
      ? `Old token: ${oldReport.tokenState} already; the new token gets ${scopes.join(' ')}.`
      : `Old token: active${oldReport.account ? ` for ${oldReport.account.handle}` : ''}, scopes ${oldReport.scopes.granted.join(' ')}; the new one gets ${scopes.join(' ')}${declared ? ' (from --scopes)' : ' (the same)'}.`,
  );

  const plan = newTokenPlanOf(flags, con.io.cwd, { instance, scopes, repository, timeoutSeconds });
  const http = commandHttpFor(instance, timeoutSeconds);
  const progress: Progress = { stored: [] };
  const oldLive = oldDead
    ? 'You have no live token: the old one was already dead.'
    : 'The old token is unchanged and live.';
  try {
    for (const store of stores) await store.prepare();
    const oldOwner = oldDead ? undefined : await tokenOwner(http, old.token);
    const minted = await obtainToken(con, http, plan, reader, progress);
    await checkNewToken(con, plan, minted.token);
    const newOwner = await tokenOwner(http, minted.token);
    if (oldOwner !== undefined && newOwner !== undefined && oldOwner !== newOwner) {
      throw new StepError(
        "the new token belongs to another account than the old one: the app was approved while logged in as someone else. Log in as the bot's account and run rotate again.",
      );
    }
    await storeAll(con, stores, credentialsOf(plan, minted), progress);
  } catch (error) {
    con.line(`rotate failed: ${con.redact(error instanceof Error ? error.message : String(error))}`);
    if (progress.stored.length > 0) {
      con.line(
        `Live tokens: the new one, stored in ${progress.stored.join(' and ')}, and the old one, which was not revoked because storing did not finish.`,
      );
    } else {
      con.line(`${await discardUnstored(con, http, progress)} ${oldLive}`);
    }
    http.close();
    return error instanceof UsageError ? 2 : 1;
  }

  const where = progress.stored.join(' and ');
  try {
    if (oldDead) {
      con.line(`Done. The live token is the new one, in ${where}. The old one was already ${oldReport.tokenState}.`);
      return 0;
    }
    if (!old.client) {
      const app = oldReport.app ? `"${oldReport.app.name}"` : 'the old token’s app';
      const secretName = typeof flags['github-secret'] === 'string' ? flags['github-secret'] : undefined;
      const kept = secretName
        ? ` (if they are in the repository secrets ${secretName}_CLIENT_ID and ${secretName}_CLIENT_SECRET: GitHub never hands a secret back, so only a workflow step can pass them to revoke)`
        : ' (a token from the Development page, or no --client-id-env/--from)';
      con.line(
        `Done, but the old token is still live: its app's client id and secret are not known${kept}. Revoke it by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account, Revoke on ${app}; or under Development, delete that application.`,
      );
      con.line(`The new token is live, in ${where}.`);
      return 0;
    }
    await revokeAndConfirm(con, http, old.client, old.token);
    con.line(`Done. The live token is the new one, in ${where}; the old one is revoked.`);
    return 0;
  } catch (error) {
    con.line(
      `rotate failed revoking the old token: ${con.redact(error instanceof Error ? error.message : String(error))}`,
    );
    con.line(
      `Live tokens: the new one, in ${where}, and the old one. Revoke the old one by hand: ${authorizedAppsUrl(instance.origin)} (Authorized apps), logged in as the bot's account.`,
    );
    return 1;
  } finally {
    http.close();
  }
}

/** The old token through the `check` engine: its state, scopes, app and account, judged against the declaration. */
async function checkOld(
  origin: string,
  token: string,
  declared: readonly string[] | undefined,
  timeoutSeconds: number,
): Promise<Report> {
  try {
    const settings = parseSettings(
      {
        instance: origin,
        token,
        'required-scopes': declared?.join(' ') ?? '',
        'timeout-seconds': String(timeoutSeconds),
      },
      { eventName: 'cli', actor: '' },
    );
    return await checkToken(settings);
  } catch (error) {
    if (error instanceof InputErrors) throw new UsageError(`The old token cannot be checked: ${error.message}`);
    throw error;
  }
}
