/** Where the granted scopes come from, and the findings of comparing them with the declaration. */
import type { Inspection } from '../../inspect/inspect.ts';
import type { Finding, ScopesSource, Severity } from '../../report/model.ts';
import { scopeInfo } from '../../mastodon/scopes.ts';
import { versionAtLeast } from '../../util/version.ts';
import { compareScopesOn, knownScopes, satisfiesOn } from '../../servers/scopes.ts';
import { displayName } from '../../servers/identity.ts';
import type { CheckSettings } from '../../inputs/settings.ts';
import { code } from '../../util/text.ts';
import { broadAdvice } from './fix.ts';
import { voiceFor, type Voice } from './voice.ts';

export interface ResolvedScopes {
  readonly granted: string[];
  readonly source: ScopesSource | undefined;
  readonly undetermined: string[];
  readonly missing: string[];
  readonly excess: string[];
}

/** The granted scopes as the inspection decided them, compared with the declaration. */
export function resolveScopes(
  { scopes, server }: Inspection,
  settings: Pick<CheckSettings, 'scopesDeclared'>,
  required: readonly string[],
): ResolvedScopes {
  const { source } = scopes;
  const granted = [...scopes.granted];
  const undetermined = [...scopes.undetermined];
  // Each server's own hierarchy (docs/servers/*.md §1): Mastodon's when the software is not known.
  const family = server?.family ?? 'mastodon';
  const compared =
    source && settings.scopesDeclared ? compareScopesOn(family, granted, required) : { missing: [], excess: [] };
  // An undetermined scope may be held: it is not known to be missing.
  // A scope the server does not have is no need there (findings/servers.ts says so), and cannot be missing.
  const known = knownScopes(family);
  const missing = compared.missing.filter(
    (m) => !undetermined.some((u) => satisfiesOn(family, u, m)) && (known?.has(m) ?? true),
  );
  // DESIGN.md: `profile` reads only the owner's own account and lets this check name it: tolerated, never excess.
  const excess = compared.excess.filter((scope) => scope !== 'profile');
  return { granted, source, undetermined, missing, excess };
}

export interface ScopeFindingContext {
  readonly settings: Pick<CheckSettings, 'scopesDeclared' | 'onMissing' | 'onExcess'>;
  readonly required: readonly string[];
  readonly inspection: Inspection;
  readonly newToken: readonly string[];
  readonly unreachableSeverity: Severity;
  readonly voice?: Voice;
}

export function scopeFindings(scopes: ResolvedScopes, context: ScopeFindingContext): Finding[] {
  const { settings, required, newToken, unreachableSeverity } = context;
  const voice = context.voice ?? voiceFor();
  const passMeanwhile =
    unreachableSeverity === 'failure'
      ? [`To let the run pass while the scopes cannot be established, set ${voice.setting('on-unreachable', 'warn')}.`]
      : [];
  const { probing, server } = context.inspection;
  const { granted, source, undetermined, missing, excess } = scopes;
  const version = server?.software === 'mastodon' ? server.version : undefined;
  const findings: Finding[] = [];
  const add = (finding: Finding) => findings.push(finding);
  if (!source) {
    const why = context.inspection.scopes.probingOff
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
          ...(context.inspection.scopes.probingOff
            ? [
                `Set ${voice.setting('probe', 'auto')} (the default) so that harmless requests can establish the scopes.`,
              ]
            : []),
          ...(server && server.family !== 'mastodon'
            ? []
            : ['If a proxy blocks `/oauth/token/info`, allow it for GET requests.']),
          ...passMeanwhile,
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
        'Run the check again later.',
        'If a proxy blocks `/oauth/token/info`, allow it for GET requests: the scopes are then read, not probed.',
        ...passMeanwhile,
      ],
    });
  } else if (undetermined.length > 0) {
    add({
      id: 'undetermined-scopes',
      severity: 'notice',
      title: 'Scopes not told apart',
      message:
        server && server.family !== 'mastodon'
          ? `Whether the token holds ${undetermined.map((s) => code(s)).join(', ')} could not be established: ${displayName(server)} has no token info, and no harmless request shows ${undetermined.length > 1 ? 'them' : 'it'} apart (its write endpoints act, so they are not probed). A scope held through a parent shows as that parent.`
          : `Probing could not tell whether the token holds ${undetermined.map((s) => code(s)).join(', ')}: every harmless request that would show it also accepts a scope the token has.`,
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
  if (settings.scopesDeclared && granted.includes('profile') && !required.includes('profile')) {
    add({
      id: 'profile-tolerated',
      severity: 'notice',
      title: 'Undeclared profile tolerated',
      message:
        "The token holds `profile`, which the bot does not declare. It is not counted as excess: it only reads the account's own profile, and it is what lets this check name the account.",
      fix: [],
    });
  }
  if (!settings.scopesDeclared) {
    add({
      id: 'no-declaration',
      severity: 'notice',
      title: 'No scopes declared',
      message: `No ${voice.setting('required-scopes')} were given, so the granted scopes${granted.length ? ` (${granted.map((s) => code(s)).join(' ')})` : ''} were reported but not compared with the bot's needs.`,
      fix: [`Declare what the bot uses, e.g. ${voice.setting('required-scopes', 'write:statuses write:media')}.`],
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
