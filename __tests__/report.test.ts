/**
 * Issue 14: the report leads with the verdict and the fix; advice fits the situation and the reader; the JSON has
 * one shape. Pure: evaluate and the renderers on plain data.
 */
import { describe, expect, it } from 'vitest';
import { inputErrorReport, skippedReport } from '../src/evaluate/special-reports.ts';
import { evaluate, type EvaluationSettings } from '../src/evaluate/evaluate.ts';
import { InputError, InputErrors } from '../src/inputs/errors.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import { grantedScopesOf, type Inspection } from '../src/inspect/inspect.ts';
import { annotationText } from '../src/report/headline.ts';
import { reportJson } from '../src/report/json.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { renderText } from '../src/report/text.ts';
import { todoOf } from '../src/report/todo.ts';

const settings: EvaluationSettings = {
  instance: parseInstance('social.example'),
  requiredScopes: ['write:statuses', 'write:media'],
  scopesDeclared: true,
  onExcess: 'warn',
  onMissing: 'fail',
  onUnreachable: 'fail',
  maxTokenAgeDays: 30,
  inputWarnings: [],
};
const account = { kind: 'account', account: { id: '1', username: 'bot', acct: 'bot', url: undefined } } as const;
const granted = (...scopes: string[]): Inspection => ({
  credentials: account,
  tokenInfo: { kind: 'ok', scopes, resourceOwnerId: '9', createdAt: new Date('2025-01-01') },
  app: { name: 'Bot', website: undefined, scopes },
  server: { software: 'mastodon', version: '4.6.5', domain: 'social.example', family: 'mastodon', from: 'instance' },
  probing: undefined,
  scopes: grantedScopesOf(
    { kind: 'ok', scopes, resourceOwnerId: '9', createdAt: undefined },
    undefined,
    undefined,
    'auto',
  ),
  rateLimit: undefined,
});
const now = new Date('2026-11-22T00:00:00Z');
const revoked: Inspection = {
  ...granted(),
  credentials: {
    kind: 'rejected',
    state: 'revoked',
    detail: 'The access token was revoked',
  } as Inspection['credentials'],
  tokenInfo: { kind: 'inaccessible' } as Inspection['tokenInfo'],
  app: undefined,
};
const unreachable: Inspection = {
  ...granted(),
  credentials: { kind: 'unreachable', detail: 'connection refused' } as Inspection['credentials'],
  tokenInfo: { kind: 'inaccessible' } as Inspection['tokenInfo'],
  app: undefined,
  server: undefined,
};

describe('one list of what to do, for all findings', () => {
  it('excess, missing and age share one new token: four steps, not twelve', () => {
    const report = evaluate(settings, granted('read', 'write:statuses'), now);
    expect(report.findings.map((f) => f.id).sort()).toEqual(['excess-scopes', 'missing-scopes', 'token-old']);
    const todo = todoOf(report);
    expect(todo).toHaveLength(4);
    expect(todo[0]).toMatch(/^Make a new token: .*tick only `write:media` `write:statuses`/);
    expect(todo[1]).toMatch(/^Store it in the repository secret this step reads/);
    expect(todo[2]).toMatch(/^Revoke the old app under Authorized apps/);
    expect(todo[3]).toBe(
      'Or all of this in one command, in a terminal with the old token in `MASTODON_ACCESS_TOKEN`: `npx mastodon-token-health rotate --instance social.example --scopes "write:media write:statuses" --github-secret SECRET_NAME` (it makes the new token, checks it, stores it, then revokes the old one).',
    );
  });

  it('leads the Markdown with the verdict, then what to do, then findings, then the details collapsed', () => {
    const markdown = renderMarkdown(evaluate(settings, granted('read', 'write:statuses'), now));
    const order = ['## ❌ Token under-scoped for `@bot@social.example`', '**What to do**', '**Findings**', '<details>'];
    const at = order.map((heading) => markdown.indexOf(heading));
    expect(at[0]).toBe(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(markdown.match(/Make a new token/g)).toHaveLength(1);
    expect(markdown).not.toMatch(/\| \| \||—|unknown|### Links/); // no empty header, no empty rows, no links section
  });

  it('a healthy report says there is nothing to do', () => {
    const markdown = renderMarkdown(
      evaluate({ ...settings, maxTokenAgeDays: undefined }, granted('write:media', 'write:statuses'), now),
    );
    expect(markdown).toMatch(/^## ✅ Token healthy for `@bot@social.example` on `social.example`\n\nNothing to do: /);
  });
});

describe('advice that fits the situation', () => {
  it('a revoked token: no "revoke the old app"', () => {
    const todo = todoOf(evaluate(settings, revoked, now));
    expect(todo.join('\n')).toMatch(/Make a new token/);
    expect(todo.join('\n')).not.toMatch(/Revoke the old app/);
    // Nothing to revoke: the one command is `mint`, not `rotate`.
    expect(todo.join('\n')).toMatch(
      /`npx mastodon-token-health mint --instance social\.example --scopes "[^"]+" --github-secret SECRET_NAME`/,
    );
    expect(todo.join('\n')).not.toMatch(/rotate/);
  });

  it('unreachable: suggests on-unreachable: warn only when it is not already set', () => {
    expect(todoOf(evaluate(settings, unreachable, now)).join('\n')).toMatch(/set `on-unreachable: warn`/);
    const warned = evaluate({ ...settings, onUnreachable: 'warn' }, unreachable, now);
    expect(warned.status).toBe('unreachable');
    expect(todoOf(warned).join('\n')).not.toMatch(/on-unreachable/);
  });

  it('declaring follow: tick the granular scopes, never "tick only `follow`"', () => {
    const report = evaluate(
      { ...settings, requiredScopes: ['follow'], maxTokenAgeDays: undefined },
      granted('read', 'follow'),
      now,
    );
    const todo = todoOf(report).join('\n');
    expect(todo).not.toMatch(/tick only `follow`/);
    expect(todo).toMatch(/tick only the granular scopes the bot uses from `read:follows`/);
  });

  it('in the CLI: flags, and "where your bot reads it"; never inputs or the repository secret', () => {
    const cli = evaluate({ ...settings, surface: 'cli' }, unreachable, now);
    const text = [...todoOf(cli), ...cli.findings.map((f) => f.message)].join('\n');
    expect(text).toMatch(/`--on-unreachable warn`/);
    expect(text).toMatch(/Check that `--instance`/);
    expect(text).not.toMatch(/`on-unreachable: warn`|repository secret|`instance`/);
    const overscoped = evaluate({ ...settings, surface: 'cli' }, granted('read', 'write:statuses'), now);
    expect(todoOf(overscoped)[1]).toMatch(/^Store it where your bot reads it/);
    expect(todoOf(overscoped).at(-1)).toMatch(/`npx mastodon-token-health rotate .* --output FILE`/);
    expect(overscoped.findings.find((f) => f.id === 'token-old')?.message).toMatch(/`--max-token-age-days`/);
  });
});

describe('profile (DESIGN.md: tolerated, never excess)', () => {
  it('an undeclared profile is a notice, and the token stays healthy', () => {
    const report = evaluate(
      { ...settings, maxTokenAgeDays: undefined },
      granted('profile', 'write:media', 'write:statuses'),
      now,
    );
    expect(report.status).toBe('healthy');
    expect(report.scopes.excess).toEqual([]);
    expect(report.findings).toEqual([expect.objectContaining({ id: 'profile-tolerated', severity: 'notice' })]);
  });

  it('profile next to real excess is still not excess', () => {
    const report = evaluate(settings, granted('profile', 'read', 'write:media', 'write:statuses'), now);
    expect(report.scopes.excess).toEqual(['read']);
  });
});

describe('annotations: a title, one plain sentence, "see the job summary"', () => {
  it.each([
    ['over-scoped', evaluate(settings, granted('read', 'write:media', 'write:statuses'), now)],
    ['revoked', evaluate(settings, revoked, now)],
    ['unreachable', evaluate(settings, unreachable, now)],
  ])('%s', (_name, report) => {
    for (const finding of report.findings) {
      const text = annotationText(finding);
      expect(text).toMatch(/^[^`*\n]+ See the job summary\.$/);
      expect(text.length).toBeLessThan(260);
    }
  });
});

describe('input errors', () => {
  const errors = new InputErrors([
    new InputError(
      'required-scopes',
      "Input 'required-scopes' has an unknown scope 'write:status'. Mastodon's scopes are `read:*` and `write:*`.",
    ),
    new InputError('token', "Input 'token' is too short to be an access token (1 character; Mastodon's have 43)."),
  ]);

  it('name the input once, keep scope families literal, and have no empty heading', () => {
    const markdown = renderMarkdown(inputErrorReport(errors, now));
    expect(markdown.split('\n')[0]).toBe('## ❌ Input error: no request was made');
    expect(markdown).toContain(
      "- `required-scopes` has an unknown scope 'write:status'. Mastodon's scopes are `read:*` and `write:*`.",
    );
    expect(markdown).not.toMatch(/Input '|``/);
  });

  it('in the CLI, as flags, on a text view without Markdown', () => {
    const text = renderText(inputErrorReport(errors, now, { surface: 'cli' }));
    expect(text).toMatch(/--required-scopes has an unknown scope/);
    expect(text).toMatch(/\(1 character;/);
    expect(text).not.toMatch(/`|Input '/);
  });
});

describe('the report JSON: one shape in every case', () => {
  const keysOf = (value: unknown): string[] =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v).map((inner) => `${k}.${inner}`)])
      : [];
  const healthy = reportJson(evaluate(settings, granted('write:media', 'write:statuses'), now));

  it.each([
    ['input error', reportJson(inputErrorReport(errors0(), now))],
    ['skipped', reportJson(skippedReport(parseInstance('social.example'), 'Secrets withheld.', now))],
    ['revoked', reportJson(evaluate(settings, revoked, now))],
    ['unreachable', reportJson(evaluate(settings, unreachable, now))],
  ])('%s has every key a healthy report has, and a schema version', (_name, json) => {
    const healthyKeys = keysOf(healthy).filter((k) => !k.startsWith('account.') && !k.startsWith('app.'));
    expect(keysOf(json)).toEqual(expect.arrayContaining(healthyKeys));
    expect(json.schemaVersion).toBe(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json); // nothing undefined: every key survives JSON
  });

  it('links are absolute, or null when the instance is unknown', () => {
    expect(healthy.links.development).toBe('https://social.example/settings/applications');
    expect(reportJson(inputErrorReport(errors0(), now)).links).toEqual({
      authorizedApps: null,
      development: null,
      newApplication: null,
    });
  });
});

function errors0(): InputErrors {
  return new InputErrors([new InputError('instance', "Input 'instance' is empty.")]);
}
