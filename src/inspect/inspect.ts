/**
 * The network phase: asks the instance what it knows of the token, in as few sequential waves as the facts allow.
 * Wave 1 sends every request that needs no earlier answer; wave 2 (probes) runs only when token info is missing.
 */
import { RequestError } from '../mastodon/errors.ts';
import type { HttpClient } from '../mastodon/http.ts';
import { versionAtLeast } from '../util/version.ts';
import { parentOf, scopeInfo, sortScopes } from '../mastodon/scopes.ts';
import {
  readApp,
  readCredentials,
  reconcile,
  readRateLimit,
  readTokenInfo,
  type AppFacts,
  type CredentialsFacts,
  type Outcome,
  type RateLimitFacts,
  type TokenInfoFacts,
} from '../mastodon/answers.ts';
import {
  judgeProbe,
  planProbes,
  solveScopes,
  type Probe,
  type ProbeResult,
  type ScopeObservation,
  type ScopeSolution,
} from '../mastodon/probes.ts';
import {
  instanceIsConclusive,
  identifyServer,
  isMisskeyUnknownEndpoint,
  readNodeInfo,
  readServer,
  type Family,
  type ServerIdentity,
} from '../servers/identity.ts';
import { readCredentialsOn } from '../servers/credentials.ts';
import { planProbingOn } from '../servers/probes.ts';
import { scopesEnforced } from '../servers/scopes.ts';
import { GOTOSOCIAL_TOKEN_LIST, readGoToSocialTokenList } from '../servers/tokens.ts';
import { PLEROMA_TOKEN_LIST, readPleromaExpiry } from '../servers/expiry.ts';

/**
 * Probes in flight at once: enough for one wave in every usual case (an app registered with the broad scopes, or
 * with the granular scopes a bot needs; a declaration of up to 10 scopes when the app's scopes are unknown), few
 * enough to be polite to the instance: over HTTP/1.1 each one in flight is a connection. Only an app registered
 * with more than 16 probe-worthy scopes takes another wave per 16. __tests__/round-trips.test.ts keeps this true.
 */
export const PROBE_CONCURRENCY = 16;
/** Broad scopes that a token may hold beyond a declaration: probed when the app's scopes are unknown. */
const BROAD_SCOPES = ['read', 'write', 'follow', 'push', 'profile', 'admin:read', 'admin:write'];
/** verify_credentials, sent in wave 1 anyway, answers as a probe of these (reference §3). */
const VERIFY_CREDENTIALS_ACCEPTS = ['profile', 'read', 'read:accounts'];

export interface ProbeReport {
  readonly candidates: readonly string[];
  /** True when the candidates are the app's registered scopes (exact); false when they are a guess from the declaration. */
  readonly candidatesFromApp: boolean;
  readonly results: readonly { readonly probe: Probe; readonly result: ProbeResult }[];
  readonly solution: ScopeSolution;
  readonly appOnly: boolean;
}

/** Where the granted scopes come from: exact token info, exact by probing, or the app's registered scopes. */
export type ScopesSource = 'token-info' | 'probe' | 'app';

/**
 * The token's scopes and where they come from, decided once, here, where the probe rule is applied: probed when
 * probing ran (`probe: always`, or token info unreadable on `auto`), else token info (exact), else the app's
 * registered scopes (an upper bound). No source when none could be read.
 */
export interface GrantedScopes {
  readonly source: ScopesSource | undefined;
  readonly granted: readonly string[];
  /** Scopes probing could not tell apart: the token may or may not hold them. */
  readonly undetermined: readonly string[];
  /** Probing was not allowed (`probe: never`): why there may be no source. */
  readonly probingOff: boolean;
}

export interface Inspection {
  readonly credentials: CredentialsFacts;
  readonly tokenInfo: TokenInfoFacts;
  readonly app: AppFacts | undefined;
  readonly server: ServerIdentity | undefined;
  readonly probing: ProbeReport | undefined;
  readonly scopes: GrantedScopes;
  /** The token's rate-limit window as verify_credentials reported it (reference §6), when it did. */
  readonly rateLimit: RateLimitFacts | undefined;
  /** When the token stops working, where the server tells (Pleroma, Akkoma: docs/servers/akkoma.md §3). */
  readonly expiresAt?: Date | undefined;
}

/** The `probe` input: the rule that decides when scopes are probed, applied here and nowhere else. */
export type ProbeMode = 'auto' | 'always' | 'never';

export interface InspectOptions {
  readonly requiredScopes: readonly string[];
  readonly probe: ProbeMode;
}

export async function inspectToken(client: HttpClient, options: InspectOptions): Promise<Inspection> {
  const ask = (path: string, auth = true, method = 'GET'): Promise<Outcome> =>
    client.request(path, { auth, method }).then(
      (response) => ({ ok: true as const, response }),
      (error: unknown) => {
        if (error instanceof RequestError) return { ok: false as const, error };
        throw error;
      },
    );

  // `lang=en` keeps Mastodon's descriptions English whatever the owner's locale (reference §3).
  const [credentialsOutcome, tokenInfoOutcome, appOutcome, instanceOutcome] = await Promise.all([
    ask('/api/v1/accounts/verify_credentials?lang=en'),
    ask('/oauth/token/info'),
    ask('/api/v1/apps/verify_credentials?lang=en'),
    ask('/api/v2/instance', false),
  ]);
  let tokenInfo = readTokenInfo(tokenInfoOutcome);
  const app = readApp(appOutcome);
  let server = readServer(instanceOutcome);

  // The instance answer names Mastodon, Pleroma, Akkoma and (v2) GoToSocial. When it names nothing, or may be
  // GoToSocial dressed as Mastodon 3.5.3, NodeInfo tells (docs/servers/*.md §4); v1 answers where v2 does not exist
  // (Mastodon < 4.0, Akkoma, Pleroma < 2.7). One extra wave, before probes, which follow the software's rules.
  if (!instanceIsConclusive(server) && instanceOutcome.ok) {
    const [v1Instance, nodeInfo] = await Promise.all([
      server ? undefined : ask('/api/v1/instance', false),
      ask('/nodeinfo/2.0', false),
    ]);
    server = identifyServer(server ?? readServer(v1Instance), readNodeInfo(nodeInfo));
    if (
      !server &&
      instanceOutcome.ok &&
      isMisskeyUnknownEndpoint(instanceOutcome.response.status, instanceOutcome.response.json)
    ) {
      server = { software: 'misskey', version: '', family: 'misskey', domain: undefined, from: 'instance' };
    }
  }

  // Mastodon's rules for Mastodon, and for a server that told nothing (its answers then have to prove themselves).
  const credentials =
    !server || server.family === 'mastodon'
      ? reconcile(readCredentials(credentialsOutcome), tokenInfo)
      : readCredentialsOn(server, credentialsOutcome, appOutcome);

  const tokenWorks = credentials.kind === 'account' || credentials.kind === 'narrow' || credentials.kind === 'app-only';
  const wantProbes =
    tokenWorks && (options.probe === 'always' || (options.probe === 'auto' && tokenInfo.kind !== 'ok'));
  const family = server?.family ?? 'mastodon';
  const probeable =
    family === 'mastodon' ||
    ((family === 'gotosocial' || family === 'pleroma' || family === 'akkoma') &&
      scopesEnforced(family, server?.version));
  // GoToSocial lists the account's tokens with their scopes: exact when they all hold the same (gotosocial.md §2).
  // Asked beside the probes, so that a list that tells nothing costs no extra wave.
  const askTokenList =
    family === 'gotosocial' && credentials.kind === 'account' && scopesEnforced(family, server?.version);
  // Pleroma and Akkoma tell when a live token expires, through the account's token list (akkoma.md §3).
  const askExpiry =
    (family === 'pleroma' || family === 'akkoma') &&
    (credentials.kind === 'account' || credentials.kind === 'narrow') &&
    app !== undefined;
  const [probing, tokenList, pleromaTokens] = await Promise.all([
    wantProbes && probeable
      ? family === 'mastodon'
        ? runProbes(ask, credentials, app, server, options.requiredScopes)
        : runServerProbes(ask, credentials, family, server?.version, options.requiredScopes)
      : undefined,
    askTokenList ? ask(GOTOSOCIAL_TOKEN_LIST) : undefined,
    askExpiry ? ask(PLEROMA_TOKEN_LIST) : undefined,
  ]);
  if (credentials.kind === 'account' && tokenInfo.kind !== 'ok')
    tokenInfo = readGoToSocialTokenList(tokenList, credentials.account.id) ?? tokenInfo;

  return {
    credentials,
    tokenInfo,
    app,
    server,
    probing,
    scopes: grantedScopesOf(tokenInfo, app, probing, options.probe),
    rateLimit: readRateLimit(credentialsOutcome),
    expiresAt: readPleromaExpiry(pleromaTokens, app?.name),
  };
}

export function grantedScopesOf(
  tokenInfo: TokenInfoFacts,
  app: AppFacts | undefined,
  probing: ProbeReport | undefined,
  probe: ProbeMode,
): GrantedScopes {
  const probingOff = probe === 'never';
  // The probe rule: probes answer when asked to always, or when token info is missing. Token info read after the
  // probes went out (GoToSocial's token list) is exact and wins on `auto`.
  if (probing && (probe === 'always' || tokenInfo.kind !== 'ok')) {
    const { granted, undetermined } = probing.solution;
    return { source: 'probe', granted, undetermined, probingOff };
  }
  if (tokenInfo.kind === 'ok') {
    return { source: 'token-info', granted: sortScopes(tokenInfo.scopes), undetermined: [], probingOff };
  }
  if (app?.scopes) return { source: 'app', granted: sortScopes(app.scopes), undetermined: [], probingOff };
  return { source: undefined, granted: [], undetermined: [], probingOff };
}

export interface ProbePlan {
  readonly candidates: ReadonlySet<string>;
  readonly candidatesFromApp: boolean;
  /** What wave 1 already told about scopes: verify_credentials's answer. */
  readonly known: readonly ScopeObservation[];
  /** What wave 2 sends. */
  readonly probes: readonly Probe[];
}

/**
 * The probes for wave 2: the candidates are the declared scopes and their parents, with the app's registered scopes
 * when the server tells them, else the broad ones; a candidate that verify_credentials already ruled out gets no
 * probe of its own, each one spending the token's rate limit.
 */
export function planProbing(
  credentials: CredentialsFacts['kind'],
  appScopes: readonly string[] | undefined,
  version: string | undefined,
  requiredScopes: readonly string[],
): ProbePlan {
  const exists = (scope: string) =>
    version === undefined || versionAtLeast(version, scopeInfo(scope)?.since ?? '0.0.0');
  const candidatesFromApp = appScopes !== undefined;
  // The app's registered scopes bound the token's (Doorkeeper grants a subset). The declaration and its parents are
  // probed as well: they decide the findings, and a server that let a token outgrow its app must not hide them.
  const declared = [...requiredScopes, ...requiredScopes.map((s) => parentOf(s) ?? s)];
  const candidates = new Set(
    [...declared, ...(appScopes ?? BROAD_SCOPES)].filter((s) => scopeInfo(s) !== undefined && exists(s)),
  );
  const known: ScopeObservation[] = [];
  if (credentials === 'account' || credentials === 'app-only') {
    known.push({ accepts: VERIFY_CREDENTIALS_ACCEPTS, granted: true });
  } else if (credentials === 'narrow') {
    known.push({ accepts: VERIFY_CREDENTIALS_ACCEPTS, granted: false });
  }
  // A refusal rules out every scope it accepts, for certain: none of them needs a probe. An acceptance is not used
  // to skip one: it proves its scope only if the token holds nothing outside the candidates, and a server that let a
  // token outgrow its app would then show a declared scope as granted.
  const open = solveScopes(
    candidates,
    known.filter((o) => !o.granted),
  ).undetermined;
  return { candidates, candidatesFromApp, known, probes: planProbes(new Set(open), version) };
}

async function runProbes(
  ask: (path: string, auth?: boolean, method?: string) => Promise<Outcome>,
  credentials: CredentialsFacts,
  app: AppFacts | undefined,
  server: ServerIdentity | undefined,
  requiredScopes: readonly string[],
): Promise<ProbeReport> {
  const version = server?.software === 'mastodon' ? server.version : undefined;
  const plan = planProbing(credentials.kind, app?.scopes, version, requiredScopes);
  const results = await mapLimited(plan.probes, PROBE_CONCURRENCY, async (probe) => ({
    probe,
    // English answers whatever the owner's locale, as for verify_credentials.
    result: judgeProbe(
      probe,
      await ask(`${probe.path}${probe.path.includes('?') ? '&' : '?'}lang=en`, true, probe.method),
      version,
    ),
  }));
  return {
    ...solveProbes(plan, results),
    candidatesFromApp: plan.candidatesFromApp,
    appOnly: results.some(({ result }) => result.appOnly),
  };
}

/** Probes on GoToSocial, Pleroma or Akkoma: their own requests, read with their own hierarchy (docs/servers/). */
async function runServerProbes(
  ask: (path: string, auth?: boolean, method?: string) => Promise<Outcome>,
  credentials: CredentialsFacts,
  family: Family,
  version: string | undefined,
  requiredScopes: readonly string[],
): Promise<ProbeReport> {
  const plan = planProbingOn(family, credentials.kind, version, requiredScopes);
  const results = await mapLimited(plan.probes, PROBE_CONCURRENCY, async (probe) => ({
    probe,
    result: judgeProbe(probe, await ask(probe.path, true, probe.method)),
  }));
  return { ...solveProbes(plan, results), candidatesFromApp: false, appOnly: false };
}

/** The scopes the conclusive probes tell, with what was known before probing: Mastodon's probes and others' alike. */
function solveProbes(
  plan: { readonly candidates: ReadonlySet<string>; readonly known: readonly ScopeObservation[] },
  results: ProbeReport['results'],
): Pick<ProbeReport, 'candidates' | 'results' | 'solution'> {
  const observations: ScopeObservation[] = results
    .filter(({ result }) => result.verdict !== 'inconclusive')
    .map(({ probe, result }) => ({ accepts: probe.accepts, granted: result.verdict === 'granted' }));
  return {
    candidates: [...plan.candidates].sort(),
    results,
    solution: solveScopes(plan.candidates, [...observations, ...plan.known]),
  };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
