/**
 * Turns what the instance said into findings, a status and the fix. Pure: the same facts give the same report.
 */
import { serverText, type AccountProblem, type CredentialsFacts } from './mastodon/answers.ts';
import type { Inspection } from './mastodon/inspect.ts';
import {
  worstStatus,
  type Finding,
  type Report,
  type ScopesSource,
  type Severity,
  type TokenState,
} from './report-model.ts';
import { compareScopes, scopeInfo, sortScopes, versionAtLeast } from './scopes.ts';
import type { Settings } from './settings.ts';

export type EvaluationSettings = Pick<
  Settings,
  | 'instance'
  | 'requiredScopes'
  | 'scopesDeclared'
  | 'onExcess'
  | 'onMissing'
  | 'onUnreachable'
  | 'maxTokenAgeDays'
  | 'probe'
  | 'inputWarnings'
>;

const DAY_MS = 86_400_000;

export function linksFor(origin: string): Report['links'] {
  return {
    authorizedApps: `${origin}/oauth/authorized_applications`,
    development: `${origin}/settings/applications`,
    newApplication: `${origin}/settings/applications/new`,
  };
}

export function evaluate(settings: EvaluationSettings, inspection: Inspection, now: Date): Report {
  const { instance } = settings;
  const links = linksFor(instance.origin);
  const findings: Finding[] = [];
  const { credentials, tokenInfo, app, server, probing } = inspection;
  const required = sortScopes(settings.requiredScopes);
  const add = (finding: Finding) => findings.push(finding);
  const unreachableSeverity: Severity = settings.onUnreachable === 'fail' ? 'failure' : 'warning';

  // Token state: verify_credentials decides; token info adds what it alone knows (no user behind it; revoked behind
  // a suspension, because Mastodon checks suspension before the token: reference §3).
  let tokenState: TokenState = stateOf(credentials);
  if (tokenState === 'account-unusable' && tokenInfo.kind === 'inaccessible') tokenState = 'invalid';
  // A narrow app-only token is refused on scope before Mastodon looks for a user; token info still shows no owner.
  const appOnly =
    credentials.kind === 'app-only' ||
    (credentials.kind === 'narrow' && tokenInfo.kind === 'ok' && tokenInfo.resourceOwnerId === null) ||
    (probing?.appOnly ?? false);
  if (appOnly && tokenState === 'active') tokenState = 'app-only';

  const newToken = newTokenSteps(links, required, settings.scopesDeclared);
  switch (tokenState) {
    case 'revoked':
      add({
        id: 'revoked',
        severity: 'failure',
        status: 'revoked',
        title: 'Token revoked',
        message:
          'The instance says this access token was revoked. Someone revoked its app under Authorized apps, or the password was reset (by e-mail or by an admin), which revokes every token of the account.',
        fix: newToken,
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
              ? `The account is unusable (${serverText(credentials.detail)}) and the token itself is no longer valid: it was revoked or deleted.`
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

  // Scopes: exact from token info, exact-by-probing, or the app's registered scopes as an upper bound.
  let granted: string[] = [];
  let source: ScopesSource = '';
  let undetermined: string[] = [];
  const scopesReadable =
    tokenState !== 'revoked' && tokenState !== 'invalid' && tokenState !== 'expired' && tokenState !== 'unknown';
  if (scopesReadable) {
    if (probing && settings.probe !== 'never' && (tokenInfo.kind !== 'ok' || settings.probe === 'always')) {
      granted = probing.solution.granted;
      undetermined = probing.solution.undetermined;
      source = 'probe';
    } else if (tokenInfo.kind === 'ok') {
      granted = sortScopes(tokenInfo.scopes);
      source = 'token-info';
    } else if (app?.scopes) {
      granted = sortScopes(app.scopes);
      source = 'app';
    }
  }

  const comparison = compareScopes(granted, required);
  let missing = source && settings.scopesDeclared ? comparison.missing : [];
  // An undetermined scope may be held: it is not known to be missing.
  missing = missing.filter((m) => !undetermined.some((u) => u === m || scopeInfo(m)?.parent === u));
  const excess = source && settings.scopesDeclared ? comparison.excess : [];
  const version = server?.software === 'mastodon' ? server.version : undefined;

  if (scopesReadable && tokenState === 'active') {
    if (!source) {
      const why =
        settings.probe === 'never'
          ? "token info is not available and probing is off ('probe: never')"
          : "neither token info nor the app's registered scopes could be read";
      if (settings.scopesDeclared) {
        add({
          id: 'scopes-unknown',
          severity: unreachableSeverity,
          status: 'unreachable',
          title: 'Scopes unknown',
          message: `The token works, but its scopes could not be established: ${why}. The declared scopes (${required.join(' ')}) were not checked.`,
          fix: [
            'Set `probe: auto` (the default) so that harmless requests can establish the scopes.',
            'If a proxy blocks `/oauth/token/info`, allow it for GET requests.',
          ],
        });
      }
    }
    if (source === 'probe' && probing) {
      if (probing.solution.unexplained) {
        add({
          id: 'probe-unexplained',
          severity: 'notice',
          title: 'Scopes beyond those probed',
          message: `The token holds a scope outside those probed (${probing.candidates.join(' ')}); granted scopes may be incomplete.`,
          fix: [],
        });
      }
      if (!probing.candidatesFromApp) {
        add({
          id: 'probe-bounded',
          severity: 'notice',
          title: 'Scopes probed from the declaration',
          message: `Token info is not available and this server does not tell the app's registered scopes, so only the declared scopes, their parents and the broad scopes were probed (${probing.candidates.join(' ')}). Granular scopes outside the declaration were not looked for.`,
          fix: [],
        });
      }
    }
    // Probes that got no answer (timeout, 5xx, 429) leave scopes open for a reason that is no fact about the token.
    const probed = source === 'probe' ? (probing?.results ?? []) : [];
    const unanswered = probed.filter(({ result }) => result.failure !== undefined);
    if (unanswered.length > 0 && undetermined.length > 0) {
      // Like `scopes-unknown` above: it decides the status only when there is a declaration to check.
      add({
        id: 'scopes-unknown',
        ...(settings.scopesDeclared
          ? { severity: unreachableSeverity, status: 'unreachable' as const }
          : { severity: 'notice' as const }),
        title: 'Scopes unknown',
        message: `The token works, but ${unanswered.length} of the ${probed.length} harmless requests that establish its scopes got no usable answer (${unanswered[0]?.result.failure}), so whether it holds ${undetermined.map(code).join(', ')} is not known${settings.scopesDeclared ? ' and the declared scopes were not fully checked' : ''}. This says nothing about the token itself.`,
        fix: [
          'Run the check again later; a scheduled run will notice when the server answers again.',
          'If a proxy blocks `/oauth/token/info`, allow it for GET requests: the scopes are then read, not probed.',
          'To let the run pass while the scopes cannot be established, set `on-unreachable: warn`.',
        ],
      });
    } else if (undetermined.length > 0) {
      add({
        id: 'undetermined-scopes',
        severity: 'notice',
        title: 'Scopes not told apart',
        message: `Probing could not tell whether the token holds ${undetermined.map(code).join(', ')}: every harmless request that would show it also accepts a scope the token has.`,
        fix: [],
      });
    }
    if (missing.length > 0) {
      const unsupported = version
        ? missing.filter((m) => !versionAtLeast(version, scopeInfo(m)?.since ?? '0.0.0'))
        : [];
      add({
        id: 'missing-scopes',
        severity: settings.onMissing === 'fail' ? 'failure' : 'warning',
        status: 'under-scoped',
        title: 'Missing scopes',
        message:
          `The token lacks ${missing.map(code).join(', ')}, which the bot declares it needs` +
          (source === 'app' ? ' (the app itself is not registered for them, so no token of it can hold them)' : '') +
          '.' +
          (unsupported.length > 0
            ? ` ${unsupported.map((s) => `${code(s)} needs Mastodon ${scopeInfo(s)?.since ?? '?'} or later`).join('; ')}; this server runs ${version}.`
            : ''),
        fix: newToken,
      });
    }
    if (excess.length > 0 && settings.scopesDeclared && settings.onExcess !== 'ignore') {
      const upperBound = source === 'app';
      add({
        id: 'excess-scopes',
        severity: settings.onExcess === 'fail' ? 'failure' : 'warning',
        status: 'over-scoped',
        title: 'Excess scopes',
        message:
          `The token ${upperBound ? 'may hold (its app is registered for)' : 'holds'} ${excess.map(code).join(', ')}, which the bot does not declare. ` +
          `A leaked token can do everything its scopes allow; grant exactly: ${required.map(code).join(' ')}.` +
          broadAdvice(excess, required),
        fix: newToken,
      });
    }
    if (!settings.scopesDeclared) {
      add({
        id: 'no-declaration',
        severity: 'notice',
        title: 'No scopes declared',
        message: `No \`required-scopes\` were given, so the granted scopes${granted.length ? ` (${granted.join(' ')})` : ''} were reported but not compared with the bot's needs.`,
        fix: ['Declare what the bot uses, e.g. `required-scopes: write:statuses write:media`.'],
      });
    }
    if (source === 'app') {
      add({
        id: 'scopes-upper-bound',
        severity: 'notice',
        title: 'Scopes from the app',
        message:
          "The token's own scopes could not be read; the scopes shown are the app's registered scopes, an upper bound on the token's.",
        fix: [],
      });
    }
  }

  // Age: a rotation policy, when the instance tells when the token was made.
  const createdAt = tokenInfo.kind === 'ok' ? tokenInfo.createdAt : undefined;
  const ageDays = createdAt ? Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS) : undefined;
  if (settings.maxTokenAgeDays !== undefined && scopesReadable) {
    if (ageDays === undefined) {
      add({
        id: 'age-unknown',
        severity: 'notice',
        title: 'Token age unknown',
        message: `\`max-token-age-days\` is ${settings.maxTokenAgeDays}, but the instance does not tell when this token was created.`,
        fix: [],
      });
    } else if (ageDays > settings.maxTokenAgeDays) {
      add({
        id: 'token-old',
        severity: 'warning',
        title: 'Token due for rotation',
        message: `The token is ${ageDays} days old, older than \`max-token-age-days\` (${settings.maxTokenAgeDays}).`,
        fix: [...newToken, `Then revoke the old token under Authorized apps (${links.authorizedApps}).`],
      });
    }
  }

  for (const warning of settings.inputWarnings) {
    add({ id: `input-warning:${warning}`, severity: 'warning', title: 'Input', message: warning, fix: [] });
  }

  const account =
    credentials.kind === 'account'
      ? {
          handle: credentials.account.acct.includes('@')
            ? `@${credentials.account.acct}`
            : `@${credentials.account.username}@${server?.domain ?? instance.host.replace(/:\d+$/, '')}`,
          id: credentials.account.id,
          url: credentials.account.url ?? '',
        }
      : undefined;
  const accountNote =
    account !== undefined
      ? ''
      : credentials.kind === 'narrow' && tokenState === 'active'
        ? 'The token may not read its owner (it holds none of profile, read, read:accounts); with `profile` the report would show the account.'
        : tokenState === 'app-only'
          ? 'No account: the token belongs to the app alone.'
          : 'The account could not be read.';

  const status = worstStatus(findings.flatMap((f) => (f.status ? [f.status] : [])));
  return {
    status,
    tokenState,
    failed: findings.some((f) => f.severity === 'failure'),
    instance: {
      origin: instance.origin,
      host: instance.host,
      software: server?.software ?? '',
      version: server?.version ?? '',
    },
    account,
    accountNote,
    app: app ? { name: app.name, website: app.website ?? '' } : undefined,
    scopes: { granted, required, excess, missing, source, undetermined, declared: settings.scopesDeclared },
    token: { createdAt: createdAt?.toISOString() ?? '', ageDays },
    findings,
    links,
    checkedAt: now.toISOString(),
  };
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
        message: `The instance refuses the account (${serverText(detail)}): it is suspended, disabled by a moderator, set to be deleted, moved to another account, or a memorial. Suspension does not revoke tokens, but none of them works.`,
        fix: [
          `Log in to ${host} in a browser to see why; appeal a moderation decision there or contact the instance's staff.`,
          'If the bot moved to another account, make a token on the new account and update the secret.',
        ],
      };
    case 'unconfirmed':
      return {
        ...base,
        title: 'E-mail not confirmed',
        message: `The account has not confirmed its e-mail address (${serverText(detail)}).`,
        fix: [`Open the confirmation link that ${host} sent, or log in and resend it.`],
      };
    case 'pending-approval':
      return {
        ...base,
        title: 'Account pending approval',
        message: `The instance's staff have not approved the account yet (${serverText(detail)}).`,
        fix: [`Wait for approval on ${host}, or contact its staff.`],
      };
    case 'server-closing':
      return {
        ...base,
        title: 'Instance shutting down',
        message: `The instance is in self-destruct mode (${serverText(detail)}): it is going away, and no token on it will work again.`,
        fix: ['Move the bot to another instance and make a token there.'],
      };
    case 'other':
      return { ...base, title: 'Account unusable', message: serverText(detail), fix: [] };
  }
}

function newTokenSteps(links: Report['links'], required: readonly string[], declared: boolean): string[] {
  const scopes = declared ? `only ${required.map(code).join(' ')}` : 'only the scopes the bot uses';
  return [
    `Make a new token: Preferences → Development → New application (${links.newApplication}), tick ${scopes}, save, open the app and copy "Your access token".`,
    'Store it in the repository secret this step reads (Settings → Secrets and variables → Actions).',
    `Revoke the old app under Authorized apps (${links.authorizedApps}).`,
  ];
}

function broadAdvice(excess: readonly string[], required: readonly string[]): string {
  const broad = excess.filter((e) => required.some((r) => scopeInfo(r)?.parent === e));
  return broad.length > 0
    ? ` ${broad.map(code).join(', ')} covers what is needed but grants far more than ${required
        .filter((r) => broad.includes(scopeInfo(r)?.parent ?? ''))
        .map(code)
        .join(' ')}.`
    : '';
}

function code(text: string): string {
  return `\`${text}\``;
}
