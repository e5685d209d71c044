/** Where the granted scopes come from, and the findings of comparing them with the declaration. */
import type { Inspection } from '../../mastodon/inspect.ts';
import type { Finding, ScopesSource, Severity } from '../../report/model.ts';
import { compareScopes, scopeInfo, sortScopes, versionAtLeast } from '../../mastodon/scopes.ts';
import type { Settings } from '../../inputs/settings.ts';
import { code } from '../../util/text.ts';
import { broadAdvice } from './fix.ts';

export interface ResolvedScopes {
  readonly granted: string[];
  readonly source: ScopesSource;
  readonly undetermined: string[];
  readonly missing: string[];
  readonly excess: string[];
}

/** Exact from token info, exact by probing, or the app's registered scopes as an upper bound. */
export function resolveScopes(
  { tokenInfo, app, probing }: Inspection,
  settings: Pick<Settings, 'probe' | 'scopesDeclared'>,
  required: readonly string[],
): ResolvedScopes {
  let granted: string[] = [];
  let source: ScopesSource = '';
  let undetermined: string[] = [];
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
  const compared = source && settings.scopesDeclared ? compareScopes(granted, required) : { missing: [], excess: [] };
  // An undetermined scope may be held: it is not known to be missing.
  const missing = compared.missing.filter((m) => !undetermined.some((u) => u === m || scopeInfo(m)?.parent === u));
  return { granted, source, undetermined, missing, excess: compared.excess };
}

export interface ScopeFindingContext {
  readonly settings: Pick<Settings, 'probe' | 'scopesDeclared' | 'onMissing' | 'onExcess'>;
  readonly required: readonly string[];
  readonly inspection: Inspection;
  readonly newToken: readonly string[];
  readonly unreachableSeverity: Severity;
}

export function scopeFindings(scopes: ResolvedScopes, context: ScopeFindingContext): Finding[] {
  const { settings, required, newToken, unreachableSeverity } = context;
  const { probing, server } = context.inspection;
  const { granted, source, undetermined, missing, excess } = scopes;
  const version = server?.software === 'mastodon' ? server.version : undefined;
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);
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
        message: `The token works, but its scopes could not be established: ${why}. The declared scopes (${required.map((s) => code(s)).join(' ')}) were not checked.`,
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
        message: `The token holds a scope outside those probed (${probing.candidates.map((s) => code(s)).join(' ')}); granted scopes may be incomplete.`,
        fix: [],
      });
    }
    if (!probing.candidatesFromApp) {
      add({
        id: 'probe-bounded',
        severity: 'notice',
        title: 'Scopes probed from the declaration',
        message: `Token info is not available and this server does not tell the app's registered scopes, so only the declared scopes, their parents and the broad scopes were probed (${probing.candidates.map((s) => code(s)).join(' ')}). Granular scopes outside the declaration were not looked for.`,
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
      message: `The token works, but ${unanswered.length} of the ${probed.length} harmless requests that establish its scopes got no usable answer (${unanswered[0]?.result.failure}), so whether it holds ${undetermined.map((s) => code(s)).join(', ')} is not known${settings.scopesDeclared ? ' and the declared scopes were not fully checked' : ''}. This says nothing about the token itself.`,
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
      message: `Probing could not tell whether the token holds ${undetermined.map((s) => code(s)).join(', ')}: every harmless request that would show it also accepts a scope the token has.`,
      fix: [],
    });
  }
  if (missing.length > 0) {
    const unsupported = version ? missing.filter((m) => !versionAtLeast(version, scopeInfo(m)?.since ?? '0.0.0')) : [];
    add({
      id: 'missing-scopes',
      severity: settings.onMissing === 'fail' ? 'failure' : 'warning',
      status: 'under-scoped',
      title: 'Missing scopes',
      message:
        `The token lacks ${missing.map((s) => code(s)).join(', ')}, which the bot declares it needs` +
        (source === 'app' ? ' (the app itself is not registered for them, so no token of it can hold them)' : '') +
        '.' +
        (unsupported.length > 0
          ? ` ${unsupported.map((s) => `${code(s)} needs Mastodon ${scopeInfo(s)?.since ?? '?'} or later`).join('; ')}; this server runs ${code(version ?? '')}.`
          : ''),
      fix: [...newToken],
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
        `The token ${upperBound ? 'may hold (its app is registered for)' : 'holds'} ${excess.map((s) => code(s)).join(', ')}, which the bot does not declare. ` +
        `A leaked token can do everything its scopes allow; grant exactly: ${required.map((s) => code(s)).join(' ')}.` +
        broadAdvice(excess, required),
      fix: [...newToken],
    });
  }
  if (!settings.scopesDeclared) {
    add({
      id: 'no-declaration',
      severity: 'notice',
      title: 'No scopes declared',
      message: `No \`required-scopes\` were given, so the granted scopes${granted.length ? ` (${granted.map((s) => code(s)).join(' ')})` : ''} were reported but not compared with the bot's needs.`,
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
  return findings;
}
