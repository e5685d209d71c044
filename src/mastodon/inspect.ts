/**
 * The network phase: asks the instance what it knows of the token, in as few sequential waves as the facts allow.
 * Wave 1 sends every request that needs no earlier answer; wave 2 (probes) runs only when token info is missing.
 */
import { RequestError } from './errors.ts';
import type { HttpClient } from './http.ts';
import type { ProbeMode } from '../inputs/settings.ts';
import { parentOf, scopeInfo, versionAtLeast } from './scopes.ts';
import {
  readApp,
  readCredentials,
  readRateLimit,
  readServer,
  readTokenInfo,
  type AppFacts,
  type CredentialsFacts,
  type Outcome,
  type RateLimitFacts,
  type ServerFacts,
  type TokenInfoFacts,
} from './answers.ts';
import {
  judgeProbe,
  planProbes,
  solveScopes,
  type Probe,
  type ProbeResult,
  type ScopeObservation,
  type ScopeSolution,
} from './probes.ts';

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

export interface Inspection {
  readonly credentials: CredentialsFacts;
  readonly tokenInfo: TokenInfoFacts;
  readonly app: AppFacts | undefined;
  readonly server: ServerFacts | undefined;
  readonly probing: ProbeReport | undefined;
  /** The token's rate-limit window as verify_credentials reported it (reference §6), when it did. */
  readonly rateLimit: RateLimitFacts | undefined;
}

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
  const credentials = readCredentials(credentialsOutcome);
  const tokenInfo = readTokenInfo(tokenInfoOutcome);
  const app = readApp(appOutcome);
  let server = readServer(instanceOutcome);

  const tokenWorks = credentials.kind === 'account' || credentials.kind === 'narrow' || credentials.kind === 'app-only';
  const wantProbes =
    tokenWorks && (options.probe === 'always' || (options.probe === 'auto' && tokenInfo.kind !== 'ok'));
  const olderServer = !server && instanceOutcome.ok && instanceOutcome.response.status === 404;

  const [probing, v1Instance] = await Promise.all([
    wantProbes ? runProbes(ask, credentials, app, server, options.requiredScopes) : undefined,
    // Before 4.0 there is no v2 instance endpoint; v1 still tells the version, for the report only.
    olderServer ? ask('/api/v1/instance', false) : undefined,
  ]);
  server ??= readServer(v1Instance);

  return { credentials, tokenInfo, app, server, probing, rateLimit: readRateLimit(credentialsOutcome) };
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
  server: ServerFacts | undefined,
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
    ),
  }));
  const observations: ScopeObservation[] = results
    .filter(({ result }) => result.verdict !== 'inconclusive')
    .map(({ probe, result }) => ({ accepts: probe.accepts, granted: result.verdict === 'granted' }));
  return {
    candidates: [...plan.candidates].sort(),
    candidatesFromApp: plan.candidatesFromApp,
    results,
    solution: solveScopes(plan.candidates, [...observations, ...plan.known]),
    appOnly: results.some(({ result }) => result.appOnly),
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
