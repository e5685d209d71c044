/**
 * Turns what the instance said into findings, a status and the fix. Pure: the same facts give the same report.
 */
import type { Inspection } from '../inspect/inspect.ts';
import { ageFindings, tokenAge } from './findings/age.ts';
import { expiryFindings } from './findings/expiry.ts';
import { newTokenSteps } from './findings/fix.ts';
import { voiceFor } from './findings/voice.ts';
import { linksFor } from './links.ts';
import { commentVerdict, issueVerdict } from './verdict.ts';
import { inputWarningFindings } from './findings/inputs.ts';
import { rateLimitFindings } from './findings/rate-limit.ts';
import { resolveScopes, scopeFindings } from './findings/scopes.ts';
import { tokenFindings, tokenStateOf } from './findings/token.ts';
import { worstStatus, type Finding, type Report, type Severity } from '../report/model.ts';
import { sortScopes } from '../mastodon/scopes.ts';
import { linksOn, newTokenStepsOn } from '../servers/pages.ts';
import { serverFindings } from './findings/servers.ts';
import type { CheckSettings } from '../inputs/settings.ts';

export type EvaluationSettings = Pick<
  CheckSettings,
  | 'instance'
  | 'requiredScopes'
  | 'scopesDeclared'
  | 'onExcess'
  | 'onMissing'
  | 'onUnreachable'
  | 'maxTokenAgeDays'
  | 'inputWarnings'
> &
  Partial<Pick<CheckSettings, 'surface'>>;

export function evaluate(settings: EvaluationSettings, inspection: Inspection, now: Date): Report {
  const { instance } = settings;
  const { credentials, tokenInfo, app, server } = inspection;
  // Each server's own pages (docs/servers/*.md §6); Mastodon's when the software is not known.
  const family = server?.family ?? 'mastodon';
  const links = linksOn(family, server?.version, instance.origin);
  const required = sortScopes(settings.requiredScopes);
  const unreachableSeverity: Severity = settings.onUnreachable === 'fail' ? 'failure' : 'warning';
  const voice = voiceFor(settings.surface);
  const tokenState = tokenStateOf(inspection);
  // A revoked, unknown or purged token needs no revoking; one that still works does, once it is replaced.
  const revokeOld = !['revoked', 'invalid', 'expired', 'unknown'].includes(tokenState);
  const mastodonSteps = newTokenSteps(linksFor(instance.origin), required, settings.scopesDeclared, {
    voice,
    revokeOld,
    instance: instance.host,
  });
  const newToken =
    newTokenStepsOn(family, server?.version, links, required, settings.scopesDeclared, voice.storeStep)?.slice(
      0,
      revokeOld ? undefined : 2,
    ) ?? mastodonSteps;

  const findings: Finding[] = tokenFindings(tokenState, {
    credentials,
    instance,
    links,
    newToken,
    unreachableSeverity,
    server,
    voice,
    onUnreachable: settings.onUnreachable,
  });

  const scopesReadable =
    tokenState !== 'revoked' && tokenState !== 'invalid' && tokenState !== 'expired' && tokenState !== 'unknown';
  // A server whose rules are not known, or that does not enforce scopes, has no scopes to judge (docs/servers/).
  const fromServer = serverFindings(inspection, { settings, required, newToken, unreachableSeverity });
  const none = { granted: [], source: undefined, undetermined: [], missing: [], excess: [] };
  const scopes = scopesReadable && fromServer.scopesJudged ? resolveScopes(inspection, settings, required) : none;
  if (tokenState === 'active') {
    findings.push(...fromServer.findings);
    if (fromServer.scopesJudged)
      findings.push(...scopeFindings(scopes, { settings, required, inspection, newToken, unreachableSeverity, voice }));
  }
  const { granted, source, undetermined, missing, excess } = scopes;

  // Age: a rotation policy, when the instance tells when the token was made.
  const age =
    tokenInfo.kind === 'ok'
      ? tokenAge(tokenInfo.createdAt, tokenInfo.createdAtUnusable, now)
      : tokenAge(undefined, undefined, now);
  const { createdAt, ageDays } = age;
  if (scopesReadable) findings.push(...ageFindings(age, settings.maxTokenAgeDays, newToken, voice));
  findings.push(...expiryFindings(inspection.expiresAt, tokenState, now, newToken));
  findings.push(...rateLimitFindings(inspection.rateLimit));
  findings.push(...inputWarningFindings(settings.inputWarnings, voice));

  const account =
    credentials.kind === 'account'
      ? {
          handle: credentials.account.acct.includes('@')
            ? `@${credentials.account.acct}`
            : `@${credentials.account.username}@${server?.domain ?? instance.host.replace(/:\d+$/, '')}`,
          id: credentials.account.id,
          url: credentials.account.url,
        }
      : undefined;
  const accountNote =
    account !== undefined
      ? undefined
      : credentials.kind === 'narrow' && tokenState === 'active'
        ? family === 'pleroma' || family === 'akkoma'
          ? 'The token may not read its owner (it holds neither read nor read:accounts); with `read:accounts` the report would show the account.'
          : 'The token may not read its owner (it holds none of profile, read, read:accounts); with `profile` the report would show the account.'
        : tokenState === 'app-only'
          ? 'No account: the token belongs to the app alone.'
          : tokenState === 'active'
            ? 'The account could not be read.'
            : undefined;

  const status = worstStatus(findings.flatMap((f) => (f.status ? [f.status] : [])));
  return {
    status,
    tokenState,
    failed: findings.some((f) => f.severity === 'failure'),
    instance: {
      origin: instance.origin,
      host: instance.host,
      software: server?.software,
      // A server that names no version (Misskey, told by its error answer) says '' in the inspection: unknown here.
      version: server?.version || undefined,
    },
    account,
    accountNote,
    app: app ? { name: app.name, website: app.website } : undefined,
    scopes: { granted, required, excess, missing, source, undetermined, declared: settings.scopesDeclared },
    token: { createdAt: createdAt?.toISOString(), ageDays },
    findings,
    sticky: { comment: commentVerdict(findings), issue: issueVerdict(status, settings) },
    links,
    checkedAt: now.toISOString(),
  };
}
