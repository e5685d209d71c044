/**
 * Issue 15: every report with granted scopes says what a leaked token could do, worst first, and for an over-scoped
 * token what it could still do after the fix. Summary, comment, CLI and JSON, for a broad, a narrow and an admin token.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationSettings } from '../src/evaluate/evaluate.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import { grantedScopesOf, type Inspection } from '../src/inspect/inspect.ts';
import { reportJson } from '../src/report/json.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { renderText } from '../src/report/text.ts';

const settings = (requiredScopes: string[]): EvaluationSettings => ({
  instance: parseInstance('social.example'),
  requiredScopes,
  scopesDeclared: requiredScopes.length > 0,
  onExcess: 'warn',
  onMissing: 'fail',
  onUnreachable: 'fail',
  maxTokenAgeDays: undefined,
  inputWarnings: [],
});
const inspection = (scopes: string[], software = 'mastodon'): Inspection =>
  ({
    credentials: { kind: 'account', account: { id: '1', username: 'bot', acct: 'bot', url: undefined } },
    tokenInfo: { kind: 'ok', scopes, resourceOwnerId: '9', createdAt: new Date('2026-11-01') },
    app: { name: 'Bot', website: undefined, scopes },
    server: { software, version: '4.6.5', domain: 'social.example', family: 'mastodon', from: 'instance' },
    probing: undefined,
    scopes: grantedScopesOf(
      { kind: 'ok', scopes, resourceOwnerId: '9', createdAt: undefined },
      undefined,
      undefined,
      'auto',
    ),
    rateLimit: undefined,
  }) as Inspection;
const now = new Date('2026-11-22T00:00:00Z');
const section = (markdown: string, title: string) =>
  markdown.split(`**${title}:**\n\n`)[1]?.split('\n\n')[0]?.split('\n') ?? [];

describe('a broad token, over-scoped for a bot that posts', () => {
  const report = evaluate(
    settings(['write:statuses', 'write:media']),
    inspection(['read', 'write', 'follow', 'push']),
    now,
  );
  const markdown = renderMarkdown(report);

  it('the summary lists the worst few things, then how many more', () => {
    const could = section(markdown, 'A leaked token could');
    expect(could.slice(0, 2)).toEqual([
      '- post, edit and delete posts as you',
      '- change your name, bio, avatar and settings',
    ]);
    expect(could).toHaveLength(6);
    expect(could[5]).toMatch(/^- and \d+ more things$/);
  });

  it('and all that the least-privilege token could still do', () => {
    expect(section(markdown, 'After the fix it could only')).toEqual([
      '- post, edit and delete posts as you',
      '- boost posts',
      '- upload and delete images and video',
      '- change or cancel scheduled posts',
      '- change who may quote your posts',
      '- vote in polls',
      '- move your “read up to here” markers',
    ]);
    // After the findings, before the collapsed details.
    expect(markdown.indexOf('**A leaked token could:**')).toBeGreaterThan(markdown.indexOf('**Findings**'));
    expect(markdown.indexOf('**After the fix it could only:**')).toBeLessThan(markdown.indexOf('<details>'));
  });

  it('the same in the comment (a deeper heading) and in the CLI, without Markdown', () => {
    expect(renderMarkdown(report, { headingLevel: 3 })).toContain('**A leaked token could:**\n\n- post, edit');
    const text = renderText(report);
    expect(text).toContain('A leaked token could:\n  - post, edit and delete posts as you\n');
    expect(text).toContain('After the fix it could only:\n  - post, edit and delete posts as you\n');
    expect(text).not.toMatch(/\*\*/);
  });

  it('complete in the report JSON: every capability, and each scope with all it allows', () => {
    const json = reportJson(report).blastRadius;
    expect(json.could.length).toBeGreaterThan(30);
    expect(json.could.find((c) => c.id === 'read-dms')).toEqual({
      id: 'read-dms',
      harm: 'reads-private',
      text: 'read your direct messages',
      scopes: ['read'],
    });
    expect(json.afterFix?.map((c) => c.id)).toEqual([
      'post',
      'boost',
      'upload',
      'schedule',
      'interaction-policy',
      'vote',
      'markers-edit',
    ]);
    expect(json.byScope.map((s) => s.scope)).toEqual(['follow', 'push', 'read', 'write']);
    expect(json.byScope.find((s) => s.scope === 'follow')?.can).toContain('block and unblock accounts and servers');
  });
});

describe('a narrow token that is exactly what it should be', () => {
  const report = evaluate(settings(['write:statuses']), inspection(['write:statuses']), now);

  it('says what it could do, and no "after the fix"', () => {
    const markdown = renderMarkdown(report);
    expect(report.status).toBe('healthy');
    expect(section(markdown, 'A leaked token could')[0]).toBe('- post, edit and delete posts as you');
    expect(markdown).not.toContain('After the fix');
    expect(reportJson(report).blastRadius.afterFix).toBeNull();
  });
});

describe('an admin token', () => {
  const report = evaluate(
    settings(['write:statuses']),
    inspection(['admin:read', 'admin:write', 'write:statuses']),
    now,
  );

  it('leads with what it could do to every user of the server', () => {
    const could = section(renderMarkdown(report), 'A leaked token could');
    expect(could[0]).toBe('- suspend, silence, approve or delete any user');
    expect(could[1]).toBe('- see every user’s email and IP address');
    expect(renderText(report)).toMatch(/A leaked token could:\n {2}- suspend, silence, approve or delete any user\n/);
  });
});

describe('no blast radius where nothing can be said', () => {
  it('not for a revoked token, nor for software whose rules are not known', () => {
    const revoked = evaluate(
      settings([]),
      {
        ...inspection(['read']),
        credentials: { kind: 'rejected', state: 'revoked', detail: 'The access token was revoked' },
        tokenInfo: { kind: 'inaccessible' },
        app: undefined,
      } as Inspection,
      now,
    );
    expect(renderMarkdown(revoked)).not.toContain('A leaked token');
    expect(reportJson(revoked).blastRadius).toEqual({ could: [], afterFix: null, byScope: [], beyondCode: [] });
    const unknown = evaluate(settings([]), inspection(['read', 'write'], 'takahe'), now);
    expect(renderMarkdown(unknown)).not.toContain('A leaked token');
  });
});

describe('what the declaration allows that the code never uses', () => {
  const base = evaluate(settings(['read', 'write']), inspection(['read', 'write']), now);
  const withCode = {
    ...base,
    code: {
      sourcePaths: ['.'],
      needed: ['write:statuses'],
      undeclared: [],
      unneeded: ['read', 'write'],
      declaration: 'required-scopes' as const,
      declared: ['read', 'write'],
      calls: [],
      unresolved: [],
      tests: { calls: [], unresolved: [] },
      files: { scanned: 3, skipped: {} },
    },
  };

  it('is listed after what a leaked token could do, and in full in the JSON', () => {
    const markdown = renderMarkdown(withCode);
    const beyond = section(markdown, 'What the declared scopes allow that the code never uses');
    expect(beyond[0]).toBe('- change your name, bio, avatar and settings');
    expect(beyond).not.toContain('- post, edit and delete posts as you');
    const json = reportJson(withCode).blastRadius.beyondCode.map((c) => c.id);
    expect(json).toContain('read-dms');
    expect(json).not.toContain('post');
    expect(renderText(withCode)).toContain('What the declared scopes allow that the code never uses:\n');
  });

  it('says nothing when the code uses all it declares, or its needs stood as the declaration', () => {
    const exact = { ...withCode, code: { ...withCode.code, unneeded: [] } };
    expect(reportJson(exact).blastRadius.beyondCode).toEqual([]);
    const fromCode = { ...withCode, code: { ...withCode.code, declaration: 'code' as const } };
    expect(renderMarkdown(fromCode)).not.toContain('never uses');
  });
});
