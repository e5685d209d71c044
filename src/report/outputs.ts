import { reportJson } from './json.ts';
import type { Report } from './model.ts';

/** Output names as action.yml spells them. */
export const Outputs = {
  Status: 'status',
  TokenState: 'token-state',
  Account: 'account',
  AccountId: 'account-id',
  AppName: 'app-name',
  GrantedScopes: 'granted-scopes',
  RequiredScopes: 'required-scopes',
  ExcessScopes: 'excess-scopes',
  MissingScopes: 'missing-scopes',
  ScopesSource: 'scopes-source',
  ServerSoftware: 'server-software',
  ServerVersion: 'server-version',
  TokenCreatedAt: 'token-created-at',
  TokenAgeDays: 'token-age-days',
  NeededScopes: 'needed-scopes',
  UndeclaredScopes: 'undeclared-scopes',
  UnneededScopes: 'unneeded-scopes',
  Report: 'report',
} as const;

export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Every output of action.yml, from the report, in one place. */
export function outputsOf(report: Report): Record<OutputName, string> {
  return {
    [Outputs.Status]: report.status,
    [Outputs.TokenState]: report.tokenState,
    [Outputs.Account]: report.account?.handle ?? '',
    [Outputs.AccountId]: report.account?.id ?? '',
    [Outputs.AppName]: report.app?.name ?? '',
    [Outputs.GrantedScopes]: report.scopes.granted.join(' '),
    [Outputs.RequiredScopes]: report.scopes.required.join(' '),
    [Outputs.ExcessScopes]: report.scopes.excess.join(' '),
    [Outputs.MissingScopes]: report.scopes.missing.join(' '),
    [Outputs.ScopesSource]: report.scopes.source ?? '',
    [Outputs.ServerSoftware]: report.instance.software ?? '',
    [Outputs.ServerVersion]: report.instance.version ?? '',
    [Outputs.TokenCreatedAt]: report.token.createdAt ?? '',
    [Outputs.TokenAgeDays]: report.token.ageDays === undefined ? '' : String(report.token.ageDays),
    [Outputs.NeededScopes]: report.code?.needed.join(' ') ?? '',
    [Outputs.UndeclaredScopes]: report.code?.undeclared.join(' ') ?? '',
    [Outputs.UnneededScopes]: report.code?.unneeded.join(' ') ?? '',
    [Outputs.Report]: JSON.stringify(reportJson(report)),
  };
}
