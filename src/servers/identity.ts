/**
 * Which software an instance runs, and its version, from the instance answer and NodeInfo (docs/servers/*.md §4).
 * Pure: each function takes a parsed JSON body, or the answer that carried it. Names and versions are server-chosen text: only a short run of
 * harmless characters is kept, so nothing read here can carry markup, a mention or a control sequence onward.
 */
import type { Outcome } from '../mastodon/answers.ts';
import { asRecord } from '../util/records.ts';

/** The software families whose rules this check knows, plus Misskey's (not supported) and everything else. */
export type Family = 'mastodon' | 'gotosocial' | 'pleroma' | 'akkoma' | 'misskey' | 'other';

export interface ServerIdentity {
  /** The software's name in lower case, as the server gives it (`mastodon`, `gotosocial`, `takahe`, …). */
  readonly software: string;
  readonly version: string;
  readonly family: Family;
  /** LOCAL_DOMAIN (the domain in handles), when the instance answer gives it. */
  readonly domain: string | undefined;
  /** Where the software's name was read. */
  readonly from: 'instance' | 'nodeinfo';
}

/**
 * NodeInfo names of Misskey and its forks (docs/servers/misskey.md). Their API is not Mastodon's; some forks add a
 * Mastodon-compatible layer, which is told by the instance endpoint answering (see `identifyServer`).
 */
const MISSKEY_FAMILY: ReadonlySet<string> = new Set([
  'misskey',
  'sharkey',
  'cherrypick',
  'firefish',
  'iceshrimp',
  'foundkey',
  'calckey',
  'catodon',
  'meisskey',
  'magnetar',
]);

const KNOWN: Readonly<Record<string, Family>> = {
  mastodon: 'mastodon',
  gotosocial: 'gotosocial',
  pleroma: 'pleroma',
  akkoma: 'akkoma',
};

/** The family of a software name as the instance or NodeInfo gives it (lower case). */
export function familyOf(software: string): Family {
  return KNOWN[software] ?? (MISSKEY_FAMILY.has(software) ? 'misskey' : 'other');
}

/**
 * A software name or version as an identifier: letters, digits and `.+-` only (no `_` or `~`, which Markdown reads
 * as emphasis), at most 64 characters, enough for any real one. The identity is shown in prose by name, so it must
 * be inert there; the one printing sanitiser (util/text.ts) still runs over everything printed.
 */
export function cleanToken(text: string): string {
  return (text.match(/[A-Za-z0-9.+-]+/g) ?? []).join('-').slice(0, 64);
}

/**
 * `GET /api/v2/instance` or `/api/v1/instance`. Pleroma and Akkoma say `2.7.2 (compatible; Pleroma 2.7.0)`
 * (pleroma.md §4, akkoma.md §4), as do other servers that borrow Mastodon's API (`… (compatible; Takahe 0.11)`);
 * GoToSocial names itself only in v2's `source_url`, and may dress its version as `3.5.3+0.20.3` (gotosocial.md §4).
 * Anything else that answers with a `version` is taken for Mastodon (forks such as glitch-soc say `4.6.0+glitch`).
 */
export function identifyInstance(body: unknown): ServerIdentity | undefined {
  const b = asRecord(body);
  const rawVersion = b?.['version'];
  if (!b || typeof rawVersion !== 'string') return undefined;
  const domainValue = typeof b['domain'] === 'string' ? b['domain'] : b['uri'];
  const domain = typeof domainValue === 'string' ? cleanDomain(domainValue) : undefined;
  const compatible = /\(compatible;\s*([A-Za-z][\w.-]*)\s+([^\s)]+)/i.exec(rawVersion);
  if (compatible) {
    const software = cleanToken((compatible[1] ?? '').toLowerCase());
    return { software, version: cleanToken(compatible[2] ?? ''), family: familyOf(software), domain, from: 'instance' };
  }
  const sourceUrl = typeof b['source_url'] === 'string' ? b['source_url'] : '';
  if (/gotosocial/i.test(sourceUrl)) {
    return {
      software: 'gotosocial',
      version: cleanToken(stripInjectedMastodonVersion(rawVersion)),
      family: 'gotosocial',
      domain,
      from: 'instance',
    };
  }
  return { software: 'mastodon', version: cleanToken(rawVersion), family: 'mastodon', domain, from: 'instance' };
}

/** GoToSocial's `instance-inject-mastodon-version` form `3.5.3+0.20.3-git-abc` → `0.20.3-git-abc`. */
function stripInjectedMastodonVersion(version: string): string {
  const plus = version.indexOf('+');
  return plus >= 0 && /^3\.5\.3\+/.test(version) ? version.slice(plus + 1) : version;
}

/** `GET /nodeinfo/2.0` (or 2.1): `software.name` is the most reliable identifier every server here gives. */
export function identifyNodeInfo(body: unknown): ServerIdentity | undefined {
  const software = asRecord(asRecord(body)?.['software']);
  const name = software?.['name'];
  if (typeof name !== 'string' || !name.trim()) return undefined;
  const clean = cleanToken(name.trim().toLowerCase());
  if (!clean) return undefined;
  const version = software?.['version'];
  return {
    software: clean,
    version: typeof version === 'string' ? cleanToken(version) : '',
    family: familyOf(clean),
    domain: undefined,
    from: 'nodeinfo',
  };
}

/** `GET /api/v2/instance` (≥ 4.0) or `/api/v1/instance` (reference §7). */
export function readServer(outcome: Outcome | undefined): ServerIdentity | undefined {
  if (!outcome?.ok || outcome.response.status !== 200) return undefined;
  return identifyInstance(outcome.response.json);
}

/** `GET /nodeinfo/2.0`: the software's own name, the reliable identifier (docs/servers/*.md §4). */
export function readNodeInfo(outcome: Outcome | undefined): ServerIdentity | undefined {
  if (!outcome?.ok || outcome.response.status !== 200) return undefined;
  return identifyNodeInfo(outcome.response.json);
}

/**
 * One identity from both answers. NodeInfo names the software (an instance answer may dress GoToSocial as Mastodon
 * 3.5.3); the instance answer adds the domain. A Misskey-family NodeInfo with an instance answer that speaks
 * Mastodon's API is a fork with a Mastodon layer: `other`, judged by certain answers only.
 */
export function identifyServer(
  instance: ServerIdentity | undefined,
  nodeInfo: ServerIdentity | undefined,
): ServerIdentity | undefined {
  if (!nodeInfo) return instance;
  const family: Family = nodeInfo.family === 'misskey' && instance ? 'other' : nodeInfo.family;
  return {
    software: nodeInfo.software,
    version: nodeInfo.version || (instance?.software === nodeInfo.software ? instance.version : ''),
    family,
    domain: instance?.domain,
    from: 'nodeinfo',
  };
}

/**
 * Whether an instance answer alone settles the software, or NodeInfo should be asked: a GoToSocial v1 answer with
 * an injected version looks like Mastodon 3.5.3 (gotosocial.md §4).
 */
export function instanceIsConclusive(identity: ServerIdentity | undefined): boolean {
  if (!identity) return false;
  return !(identity.family === 'mastodon' && /^3\.5\.3\+/.test(identity.version));
}

/**
 * Misskey's answer to any `/api` path it does not have: 404 `{"error":{"code":"UNKNOWN_API_ENDPOINT",…}}`
 * (misskey.md). Mastodon's `error` is a string, never an object.
 */
export function isMisskeyUnknownEndpoint(status: number, body: unknown): boolean {
  return status === 404 && asRecord(asRecord(body)?.['error'])?.['code'] === 'UNKNOWN_API_ENDPOINT';
}

/** A display name for the report: `GoToSocial 0.20.3`. */
export function displayName(identity: Pick<ServerIdentity, 'software' | 'version'>): string {
  const names: Readonly<Record<string, string>> = {
    mastodon: 'Mastodon',
    gotosocial: 'GoToSocial',
    pleroma: 'Pleroma',
    akkoma: 'Akkoma',
    misskey: 'Misskey',
  };
  const name = names[identity.software] ?? identity.software;
  return identity.version ? `${name} ${identity.version}` : name;
}

function cleanDomain(domain: string): string | undefined {
  const clean = domain.trim().toLowerCase();
  return /^[a-z0-9.-]{1,253}(:\d{1,5})?$/.test(clean) ? clean : undefined;
}
