import { Outputs, type OutputName } from '../inputs/names.ts';
import type { Report } from './model.ts';

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
    [Outputs.ScopesSource]: report.scopes.source,
    [Outputs.ServerSoftware]: report.instance.software,
    [Outputs.ServerVersion]: report.instance.version,
    [Outputs.TokenCreatedAt]: report.token.createdAt,
    [Outputs.TokenAgeDays]: report.token.ageDays === undefined ? '' : String(report.token.ageDays),
    [Outputs.Report]: JSON.stringify(report),
  };
}
