/**
 * Findings that come from which software the instance runs (docs/servers/): scopes a server does not enforce or
 * does not have, and a server whose rules this check does not know.
 */
import type { Inspection } from '../../inspect/inspect.ts';
import type { Finding, Severity } from '../../report/model.ts';
import type { CheckSettings } from '../../inputs/settings.ts';
import { displayName } from '../../servers/identity.ts';
import { GOTOSOCIAL_SCOPES_SINCE, knownScopes, scopesEnforced } from '../../servers/scopes.ts';
import { code } from '../../util/text.ts';

export interface ServerFindingContext {
  readonly settings: Pick<CheckSettings, 'scopesDeclared' | 'onExcess'>;
  readonly required: readonly string[];
  readonly newToken: readonly string[];
  readonly unreachableSeverity: Severity;
}

export interface ServerFindings {
  readonly findings: Finding[];
  /** False when the server's scopes cannot be judged at all: the scope findings and scope outputs stay empty. */
  readonly scopesJudged: boolean;
}

/** What each server calls the Mastodon scopes it lacks (docs/servers/*.md §1). */
const INSTEAD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  gotosocial: {
    follow: '`read:follows`, `write:follows`, `read:blocks`, `write:blocks`, `read:mutes` or `write:mutes`',
  },
  pleroma: { profile: '`read:accounts`' },
  akkoma: { profile: '`read:accounts`' },
};

export function serverFindings(inspection: Inspection, context: ServerFindingContext): ServerFindings {
  const { server } = inspection;
  const { settings, required, unreachableSeverity } = context;
  if (!server || server.family === 'mastodon') return { findings: [], scopesJudged: true };
  const name = displayName(server);

  if (server.family === 'other' || server.family === 'misskey') {
    return {
      scopesJudged: false,
      findings: [
        {
          id: 'server-rules-unknown',
          ...(settings.scopesDeclared
            ? { severity: unreachableSeverity, status: 'unreachable' as const }
            : { severity: 'notice' as const }),
          title: 'Scopes unknown on this server',
          message: `The token works: the instance answered with its account. But ${name} is not one of the servers whose rules this check knows (Mastodon, GoToSocial, Pleroma, Akkoma), so its scopes were not established${settings.scopesDeclared ? ` and the declared scopes (${required.map((s) => code(s)).join(' ')}) were not checked` : ''}.`,
          fix: settings.scopesDeclared
            ? ['To let the run pass on this server, set `on-unreachable: warn`: liveness is still checked.']
            : [],
        },
      ],
    };
  }

  const findings: Finding[] = [];
  if (!scopesEnforced(server.family, server.version)) {
    const severity: Severity =
      settings.onExcess === 'fail' ? 'failure' : settings.onExcess === 'warn' ? 'warning' : 'notice';
    findings.push({
      id: 'scopes-not-enforced',
      severity,
      ...(settings.onExcess === 'ignore' ? {} : { status: 'over-scoped' as const }),
      title: 'Scopes not enforced',
      message: `${name} does not enforce OAuth scopes (GoToSocial does from ${GOTOSOCIAL_SCOPES_SINCE} on): this token can do everything its account can, whatever scopes it was granted. A leaked token is as powerful as the account.`,
      fix: [
        `Ask the instance's admin to upgrade GoToSocial to ${GOTOSOCIAL_SCOPES_SINCE} or later; from then on a token made with only the needed scopes is held to them.`,
      ],
    });
    return { findings, scopesJudged: false };
  }

  const known = knownScopes(server.family);
  const absent = known && settings.scopesDeclared ? required.filter((s) => !known.has(s)) : [];
  if (absent.length > 0) {
    const instead = absent.flatMap((s) => {
      const other = INSTEAD[server.family]?.[s];
      return other ? [`instead of ${code(s)}: ${other}`] : [];
    });
    findings.push({
      id: 'scopes-not-on-server',
      severity: 'warning',
      title: 'Scopes this server does not have',
      message: `${name} has no scope ${absent.map((s) => code(s)).join(', ')}: no endpoint there checks it, so a token holding it gains nothing from it.${instead.length ? ` Declare what this server uses ${instead.join('; ')}.` : ''}`,
      fix: [],
    });
  }
  return { findings, scopesJudged: true };
}
