/**
 * The hidden parts of a comment or issue body: the marker that finds it again, and the state that tells whether a
 * later run has anything new to write. Pure.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../report/model.ts';

const TOOL = 'mastodon-token-health';

/**
 * What one comment or issue stands for: the instance and the workflow job that runs the step. Not the account (a
 * revoked or narrow token cannot name it) nor the token (it changes when rotated): so a rotated, healthy token
 * resolves what the dead one opened.
 */
export interface StickyKey {
  readonly instance: string;
  readonly workflow: string;
  readonly job: string;
}

export type StickyKind = 'comment' | 'issue';

/** One line that only this key's comment or issue holds. Encoded, so no workflow name can end the HTML comment. */
export function markerOf(kind: StickyKind, key: StickyKey): string {
  const part = (text: string) => encodeURIComponent(text);
  return `<!-- ${TOOL}:${kind} instance=${part(key.instance)} workflow=${part(key.workflow)} job=${part(key.job)} -->`;
}

/** What the last write recorded. Times are ISO 8601; runs are links to workflow runs. */
export interface StickyState {
  readonly fingerprint: string;
  /** The status the issue or comment was written for: an outage issue (`unreachable`) is told from the others. */
  readonly status?: string | undefined;
  readonly firstSeen?: string | undefined;
  readonly firstRun?: string | undefined;
  readonly lastSeen?: string | undefined;
  readonly lastRun?: string | undefined;
}

/** The state line, whole: it counts only as the body's second line, right after the marker, where this action writes it. */
const STATE_PATTERN = new RegExp(`^<!-- ${TOOL}:state (\\{[^\\n]*?\\}) -->$`);

/**
 * Whether `body` is this key's comment or issue: the marker is its first line, where only this action writes it. The
 * same text anywhere else (a server string quoted further down, a user pasting it into a reply) does not count.
 */
export function hasMarker(body: string, kind: StickyKind, key: StickyKey): boolean {
  return firstLines(body)[0] === markerOf(kind, key);
}

function firstLines(body: string): string[] {
  return body.replace(/^\uFEFF/, '').split(/\r?\n/, 2);
}

export function stateLine(state: StickyState): string {
  // `<` and `>` escaped so that no value can close the HTML comment; JSON.parse reads them back.
  const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- ${TOOL}:state ${json} -->`;
}

export function readState(body: string): StickyState | undefined {
  const match = STATE_PATTERN.exec(firstLines(body)[1] ?? '');
  if (!match) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[1] as string);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const text = (name: string) => (typeof record[name] === 'string' ? record[name] : undefined);
  const fingerprint = text('fingerprint');
  if (fingerprint === undefined) return undefined;
  return {
    fingerprint,
    status: text('status'),
    firstSeen: text('firstSeen'),
    firstRun: text('firstRun'),
    lastSeen: text('lastSeen'),
    lastRun: text('lastRun'),
  };
}

/** The fingerprint of a comment that says the token is healthy again. */
export const RESOLVED = 'resolved';

/**
 * What a reader would call "the findings": status, token state, each finding by id and severity, the scope lists,
 * account and app. Not the check's time, the token's age in days or a server's error wording, which change from run
 * to run while nothing that matters does.
 */
export function fingerprintOf(report: Report): string {
  const facts = {
    status: report.status,
    tokenState: report.tokenState,
    findings: report.findings.map((f) => `${f.id}:${f.severity}`).sort(),
    granted: report.scopes.granted,
    required: report.scopes.required,
    excess: report.scopes.excess,
    missing: report.scopes.missing,
    account: report.account?.handle ?? '',
    app: report.app?.name ?? '',
  };
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16);
}

/**
 * Where an outage is remembered before it has an issue: a repository label, one per sticky key. A label is the one
 * thing the issue permission may write that notifies no one (an issue, even one closed at once, would); it is
 * deleted as soon as a run reaches the instance again, or when the outage's issue is opened. Its name is short and
 * fixed (GitHub allows 50 characters); its description (100) says what it is and holds the time it began.
 */
export function outageLabelName(key: StickyKey): string {
  const hash = createHash('sha256').update(markerOf('issue', key)).digest('hex').slice(0, 8);
  return `token-health outage ${hash}`;
}

export function outageLabelDescription(key: StickyKey, since: string): string {
  const host = key.instance.length > 40 ? `${key.instance.slice(0, 39)}…` : key.instance;
  return `mastodon-token-health: ${host} unreachable since ${since}`;
}

/** When the outage began, from the label's description; undefined when it says no time. */
export function outageSinceOf(description: string): string | undefined {
  const match = / since (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/.exec(description);
  return match && !Number.isNaN(Date.parse(match[1] as string)) ? match[1] : undefined;
}
