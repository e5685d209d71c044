/**
 * What users keep, pinned with literal values. Comments and issues already in users' repositories are found again
 * by their marker and read back by their state line: a change to either orphans every one of them (a second comment,
 * a second issue, an old one never closed). The outputs are what workflows parse: fixtures/golden-outputs.json was
 * written by the code on main before the layout change (issue 8), and checked equal there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationSettings } from '../src/evaluate/evaluate.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import type { Inspection } from '../src/inspect/inspect.ts';
import { outputsOf } from '../src/report/outputs.ts';
import { commentBody, issueBody, resolvedCommentBody } from '../src/sinks/github/bodies.ts';
import { markerOf, readState, stateLine, type StickyKey } from '../src/sinks/github/marker.ts';

const key: StickyKey = { instance: 'social.example', workflow: 'Token health', job: 'check' };
const state = {
  fingerprint: '0123456789abcdef',
  firstSeen: '2026-11-01T06:00:00.000Z',
  firstRun: 'https://github.com/octo-org/bot/actions/runs/1',
  lastSeen: '2026-11-22T06:00:00.000Z',
  lastRun: 'https://github.com/octo-org/bot/actions/runs/22',
};
const COMMENT_MARKER =
  '<!-- mastodon-token-health:comment instance=social.example workflow=Token%20health job=check -->';
const ISSUE_MARKER = '<!-- mastodon-token-health:issue instance=social.example workflow=Token%20health job=check -->';
const STATE_LINE =
  '<!-- mastodon-token-health:state {"fingerprint":"0123456789abcdef","firstSeen":"2026-11-01T06:00:00.000Z",' +
  '"firstRun":"https://github.com/octo-org/bot/actions/runs/1","lastSeen":"2026-11-22T06:00:00.000Z",' +
  '"lastRun":"https://github.com/octo-org/bot/actions/runs/22"} -->';

const instance = parseInstance('social.example');
const settings: EvaluationSettings = {
  instance,
  requiredScopes: ['write:statuses'],
  scopesDeclared: true,
  onExcess: 'warn',
  onMissing: 'fail',
  onUnreachable: 'fail',
  maxTokenAgeDays: 90,
  inputWarnings: [],
};
const inspection: Inspection = {
  credentials: {
    kind: 'account',
    account: { id: '1', username: 'bot', acct: 'bot', url: 'https://social.example/@bot' },
  },
  tokenInfo: {
    kind: 'ok',
    scopes: ['read', 'write:statuses'],
    resourceOwnerId: '9',
    createdAt: new Date('2026-01-01T00:00:00Z'),
  },
  app: { name: 'Bot', website: undefined, scopes: ['read', 'write:statuses'] },
  server: { software: 'mastodon', version: '4.5.2', domain: 'social.example', family: 'mastodon', from: 'instance' },
  probing: undefined,
  scopes: { source: 'token-info', granted: ['read', 'write:statuses'], undetermined: [], probingOff: false },
  rateLimit: { limit: 300, remaining: 290, reset: '2026-11-22T00:05:00.000Z' },
};
const now = new Date('2026-11-22T00:00:00Z');
const overScoped = evaluate(settings, inspection, now);

describe('the hidden marker and state line, literally', () => {
  it('marks a comment and an issue as today', () => {
    expect(markerOf('comment', key)).toBe(COMMENT_MARKER);
    expect(markerOf('issue', key)).toBe(ISSUE_MARKER);
  });

  it('writes the state line as today, and reads it back', () => {
    expect(stateLine(state)).toBe(STATE_LINE);
    expect(readState(`${ISSUE_MARKER}\n${STATE_LINE}\nanything`)).toEqual(state);
    expect(stateLine({ fingerprint: 'resolved' })).toBe(
      '<!-- mastodon-token-health:state {"fingerprint":"resolved"} -->',
    );
  });

  it('starts every body with the marker and the state line', () => {
    expect(commentBody(overScoped, key, '0123456789abcdef').split('\n').slice(0, 2)).toEqual([
      COMMENT_MARKER,
      '<!-- mastodon-token-health:state {"fingerprint":"0123456789abcdef"} -->',
    ]);
    expect(resolvedCommentBody(overScoped, key).split('\n').slice(0, 2)).toEqual([
      COMMENT_MARKER,
      '<!-- mastodon-token-health:state {"fingerprint":"resolved"} -->',
    ]);
    expect(issueBody(overScoped, key, state).split('\n').slice(0, 2)).toEqual([ISSUE_MARKER, STATE_LINE]);
  });
});

describe('the outputs, literally', () => {
  // The `report` output is pinned by report-json.test.ts (its documented schema); here the other outputs.
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'golden-outputs.json'), 'utf8')) as {
    overScoped: Record<string, string>;
  };

  it('an over-scoped token: every output but `report`', () => {
    const { report, ...outputs } = outputsOf(overScoped);
    expect(outputs).toEqual(golden.overScoped);
    expect(JSON.parse(report)).toMatchObject({ status: 'over-scoped', tokenState: 'active' });
  });
});
