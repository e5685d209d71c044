/**
 * Turns what the instance said into findings, a status and the fix. Pure: the same facts give the same report.
 */
import type { Inspection } from '../mastodon/inspect.ts';
import { newTokenSteps } from './findings/fix.ts';
import { resolveScopes, scopeFindings } from './findings/scopes.ts';
import { tokenFindings, tokenStateOf } from './findings/token.ts';
import { worstStatus, type Finding, type Report, type Severity } from '../report/model.ts';
import { sortScopes } from '../mastodon/scopes.ts';
import type { Settings } from '../inputs/settings.ts';
import { code } from '../util/text.ts';

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
  const { credentials, tokenInfo, app, server } = inspection;
  const required = sortScopes(settings.requiredScopes);
  const unreachableSeverity: Severity = settings.onUnreachable === 'fail' ? 'failure' : 'warning';
  const newToken = newTokenSteps(links, required, settings.scopesDeclared);

  const tokenState = tokenStateOf(inspection);
  const findings: Finding[] = tokenFindings(tokenState, {
    credentials,
    instance,
    links,
    newToken,
    unreachableSeverity,
  });
  const add = (finding: Finding) => findings.push(finding);

  const scopesReadable =
    tokenState !== 'revoked' && tokenState !== 'invalid' && tokenState !== 'expired' && tokenState !== 'unknown';
  const none = { granted: [], source: '' as const, undetermined: [], missing: [], excess: [] };
  const scopes = scopesReadable ? resolveScopes(inspection, settings, required) : none;
  if (tokenState === 'active') {
    findings.push(...scopeFindings(scopes, { settings, required, inspection, newToken, unreachableSeverity }));
  }
  const { granted, source, undetermined, missing, excess } = scopes;

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
        fix: newToken,
      });
    }
  }

  const rateLimit = inspection.rateLimit;
  if (rateLimit && rateLimit.remaining < rateLimit.limit / 10) {
    add({
      id: 'rate-limit-low',
      severity: 'warning',
      title: 'Rate limit nearly spent',
      message: `The token has ${rateLimit.remaining} of ${rateLimit.limit} API requests left in this window (it resets at ${rateLimit.reset ? code(rateLimit.reset) : 'an unknown time'}): the bot, or something else using this token, is close to being throttled.`,
      fix: [
        "Spread the bot's requests out, or give each tool its own token: Mastodon limits each token to 300 requests per 5 minutes.",
      ],
    });
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
