/** Findings about the token itself: revoked, invalid, expired, account unusable, app-only, unknown. */
import { type AccountProblem, type CredentialsFacts, type RefusalCause } from '../../mastodon/answers.ts';
import { displayName, type ServerIdentity } from '../../servers/identity.ts';
import { code } from '../../util/text.ts';
import type { Inspection } from '../../inspect/inspect.ts';
import type { Finding, Report, Severity, TokenState } from '../../report/model.ts';
import type { Instance } from '../../inputs/instance.ts';
import type { FailOrWarn } from '../../inputs/settings.ts';
import { voiceFor, type Voice } from './voice.ts';

/**
 * verify_credentials decides; token info adds what it alone knows: no user behind the token, and a revoked token
 * behind a suspension, because Mastodon checks suspension before the token (reference §3).
 */
export function tokenStateOf({ credentials, tokenInfo, probing }: Inspection): TokenState {
  let state = stateOf(credentials);
  if (state === 'account-unusable' && tokenInfo.kind === 'inaccessible') state = 'invalid';
  // A narrow app-only token is refused on scope before Mastodon looks for a user; token info still shows no owner.
  const appOnly =
    credentials.kind === 'app-only' ||
    (credentials.kind === 'narrow' && tokenInfo.kind === 'ok' && tokenInfo.resourceOwnerId === null) ||
    (probing?.appOnly ?? false);
  return appOnly && state === 'active' ? 'app-only' : state;
}

export interface TokenFindingContext {
  readonly credentials: CredentialsFacts;
  readonly instance: Instance;
  readonly links: Report['links'];
  /** The steps to a new token, with the scopes to tick. */
  readonly newToken: readonly string[];
  readonly unreachableSeverity: Severity;
  /** The software, when the instance told it: its own words for its own answers. */
  readonly server?: ServerIdentity | undefined;
  readonly voice?: Voice;
  readonly onUnreachable?: FailOrWarn;
}

export function tokenFindings(tokenState: TokenState, context: TokenFindingContext): Finding[] {
  const { credentials, instance, links, newToken, unreachableSeverity, server } = context;
  const voice = context.voice ?? voiceFor();
  if (credentials.kind === 'refused') return [refusedFinding(credentials.causes, credentials.detail, context)];
  if (tokenState === 'unknown' && server?.family === 'misskey') return [notSupportedFinding(server, context)];
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);
  switch (tokenState) {
    case 'revoked':
      add({
        id: 'revoked',
        severity: 'failure',
        status: 'revoked',
        title: 'Token revoked',
        message:
          'The instance says this access token was revoked. Someone revoked its app under Authorized apps, or the password was reset (by e-mail or by an admin), which revokes every token of the account.',
        fix: [...newToken],
      });
      break;
    case 'invalid':
    case 'expired':
      add({
        id: tokenState,
        severity: 'failure',
        status: 'invalid',
        title: tokenState === 'expired' ? 'Token expired' : 'Token invalid',
        message:
          tokenState === 'expired'
            ? 'The instance says this access token expired.'
            : credentials.kind === 'account-unusable'
              ? `The account is unusable (${code(credentials.detail)}) and the token itself is no longer valid: it was revoked or deleted.`
              : credentials.kind === 'rejected' && credentials.unread
                ? `The instance refuses this token: it was revoked, or the instance does not know it (deleted with its app, regenerated, mistyped, or made on another instance than ${instance.host}). Which of the two, its answer does not say in a language this check reads (${code(credentials.detail)}).`
                : server?.family === 'gotosocial'
                  ? `${displayName(server)} does not know this token: it was revoked or invalidated (GoToSocial deletes a revoked token, so it cannot tell revoked from unknown), deleted with its app, mistyped, or it belongs to another instance than ${instance.host}.`
                  : `The instance does not know this token: it was regenerated or deleted with its app, revoked long enough ago to be purged, mistyped, or it belongs to another instance than ${instance.host}.`,
        fix: [
          `Check that ${voice.setting('instance')} is the server the token was made on (${instance.host}).`,
          ...newToken,
        ],
      });
      break;
    case 'account-unusable':
      if (credentials.kind === 'account-unusable')
        add(accountFinding(credentials.problem, credentials.detail, instance.host));
      break;
    case 'app-only':
      add({
        id: 'app-only',
        severity: 'failure',
        status: 'app-only',
        title: 'App-only token',
        message:
          'This token was obtained with client credentials: no user stands behind it, so it cannot post or read as an account.',
        // Mastodon's Development page shows the account's own token; elsewhere a new token is made as the account.
        fix: links
          ? [
              `Use the account's own access token: open the app under Development (${links.development}) and copy "Your access token".`,
              ...newToken.slice(1),
            ]
          : [...newToken],
      });
      break;
    case 'unknown':
      add({
        id: 'unreachable',
        severity: unreachableSeverity,
        status: 'unreachable',
        title: 'Token state unknown',
        message: `The token's state could not be established: ${credentials.kind === 'unreachable' ? credentials.detail : 'no usable answer'}. This says nothing about the token itself.`,
        short: `The token's state could not be established (${credentials.kind === 'unreachable' ? credentials.detail : 'no usable answer'}); this says nothing about the token itself.`,
        fix: [
          `Check that ${voice.setting('instance')} (${instance.origin}) is the Mastodon server's address and that it is up.`,
          voice.surface === 'cli'
            ? 'Run the check again later.'
            : 'Run the check again later; a scheduled run will notice when the server answers again.',
          ...(context.onUnreachable !== 'warn'
            ? [
                `To let the run pass while the server cannot be reached, set ${voice.setting('on-unreachable', 'warn')}.`,
              ]
            : []),
        ],
      });
      break;
    case 'active':
      break;
  }
  return findings;
}

function stateOf(credentials: CredentialsFacts): TokenState {
  switch (credentials.kind) {
    case 'refused':
      // The run fails either way; the state names the worst cause the answer allows.
      return credentials.causes.includes('dead-token')
        ? 'invalid'
        : credentials.causes.includes('account-unusable')
          ? 'account-unusable'
          : 'app-only';
    case 'account':
    case 'narrow':
      return 'active';
    case 'app-only':
      return 'app-only';
    case 'rejected':
      return credentials.state;
    case 'account-unusable':
      return 'account-unusable';
    case 'unreachable':
      return 'unknown';
  }
}

function accountFinding(problem: AccountProblem, detail: string, host: string): Finding {
  const base = { id: `account-${problem}` as const, severity: 'failure' as const, status: 'account-unusable' as const };
  switch (problem) {
    case 'suspended-or-disabled':
      return {
        ...base,
        title: 'Account disabled',
        message: `The instance refuses the account (${code(detail)}): it is suspended, disabled by a moderator, set to be deleted, moved to another account, or a memorial. Suspension does not revoke tokens, but none of them works.`,
        fix: [
          `Log in to ${host} in a browser to see why; appeal a moderation decision there or contact the instance's staff.`,
          'If the bot moved to another account, make a token on the new account and update the secret.',
        ],
      };
    case 'unconfirmed':
      return {
        ...base,
        title: 'E-mail not confirmed',
        message: `The account has not confirmed its e-mail address (${code(detail)}).`,
        fix: [`Open the confirmation link that ${host} sent, or log in and resend it.`],
      };
    case 'pending-approval':
      return {
        ...base,
        title: 'Account pending approval',
        message: `The instance's staff have not approved the account yet (${code(detail)}).`,
        fix: [`Wait for approval on ${host}, or contact its staff.`],
      };
    case 'server-closing':
      return {
        ...base,
        title: 'Instance shutting down',
        message: `The instance is in self-destruct mode (${code(detail)}): it is going away, and no token on it will work again.`,
        fix: ['Move the bot to another instance and make a token there.'],
      };
    case 'other':
      return { ...base, title: 'Account unusable', message: code(detail), fix: [] };
  }
}

const CAUSE_TEXT: Readonly<Record<RefusalCause, string>> = {
  'dead-token': 'the token is dead (revoked, unknown, or expired)',
  'account-unusable':
    "the account cannot log in (deactivated or suspended, its e-mail not confirmed, not yet approved by the instance's staff, or a password reset pending)",
  'app-only': 'the token is an app-only token (client credentials), with no account behind it',
};

/**
 * A server that gives several causes one answer (GoToSocial's "user not supplied", Pleroma's "Invalid credentials."):
 * the finding says each possible cause and how to tell them apart by hand, never one guessed cause.
 */
function refusedFinding(causes: readonly RefusalCause[], detail: string, context: TokenFindingContext): Finding {
  const { instance, newToken, server } = context;
  const software = server ? displayName(server) : 'The instance';
  const status = causes.includes('dead-token')
    ? ('invalid' as const)
    : causes.includes('account-unusable')
      ? ('account-unusable' as const)
      : ('app-only' as const);
  const title = causes.includes('dead-token') ? 'Token or account refused' : 'App-only token, or account unusable';
  return {
    id: `refused:${[...causes].sort().join('+')}`,
    severity: 'failure',
    status,
    title,
    message: `${software} refuses these credentials (${code(detail)}) and gives the same answer when ${causes.map((c) => CAUSE_TEXT[c]).join(', or when ')}. It does not tell which; the token does not work for the bot either way.`,
    fix: [
      `Log in to ${instance.host} in a browser as the bot's account: if that fails or shows a notice, the account is the problem (contact the instance's staff).`,
      ...(causes.includes('app-only')
        ? [
            "If the token was obtained with client credentials (`grant_type=client_credentials`), it has no account: make one as the bot's account instead.",
          ]
        : []),
      ...newToken,
    ],
  };
}

function notSupportedFinding(server: ServerIdentity, context: TokenFindingContext): Finding {
  return {
    id: 'not-supported',
    severity: context.unreachableSeverity,
    status: 'unreachable',
    title: 'Server not supported',
    message: `${context.instance.host} runs ${displayName(server)}, which does not speak Mastodon's client API: its tokens cannot be checked by this action. This says nothing about the token itself.`,
    fix: [
      `Check that \`instance\` is the server the bot posts to; this action checks tokens of Mastodon, GoToSocial, Pleroma and Akkoma servers.`,
      `To keep a workflow that lists this server from failing, set \`on-unreachable: warn\`.`,
    ],
  };
}
