/** Findings about the token itself: revoked, invalid, expired, account unusable, app-only, unknown. */
import type { AccountProblem, CredentialsFacts } from '../../mastodon/answers.ts';
import { code } from '../../util/text.ts';
import type { Inspection } from '../../mastodon/inspect.ts';
import type { Finding, Report, Severity, TokenState } from '../../report/model.ts';
import type { Instance } from '../../inputs/instance.ts';

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
}

export function tokenFindings(tokenState: TokenState, context: TokenFindingContext): Finding[] {
  const { credentials, instance, links, newToken, unreachableSeverity } = context;
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
              : `The instance does not know this token: it was regenerated or deleted with its app, revoked long enough ago to be purged, mistyped, or it belongs to another instance than ${instance.host}.`,
        fix: [`Check that \`instance\` is the server the token was made on (${instance.host}).`, ...newToken],
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
        fix: [
          `Use the account's own access token: open the app under Development (${links.development}) and copy "Your access token".`,
          ...newToken.slice(1),
        ],
      });
      break;
    case 'unknown':
      add({
        id: 'unreachable',
        severity: unreachableSeverity,
        status: 'unreachable',
        title: 'Token state unknown',
        message: `The token's state could not be established: ${credentials.kind === 'unreachable' ? credentials.detail : 'no usable answer'}. This says nothing about the token itself.`,
        fix: [
          `Check that \`instance\` (${instance.origin}) is the Mastodon server's address and that it is up.`,
          'Run the check again later; a scheduled run will notice when the server answers again.',
          `To let the run pass while the server cannot be reached, set \`on-unreachable: warn\`.`,
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
  const base = { id: `account-${problem}`, severity: 'failure' as const, status: 'account-unusable' as const };
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
