/**
 * "Unknown" is `undefined` inside the report model (report/model.ts), and becomes `''` only where the outputs are
 * written (report/outputs.ts) and `null` in the report JSON (report/json.ts), whose shape stays as it was. The reports
 * that know no instance (an input error before the instance could be read, the sum of several bots) are pinned here
 * with literal values, and every view of them is read for a stray "undefined".
 */
import { describe, expect, it } from 'vitest';
import { combineBotReports } from '../src/config/combine.ts';
import { evaluate, type EvaluationSettings } from '../src/evaluate/evaluate.ts';
import { inputErrorReport, skippedReport } from '../src/evaluate/special-reports.ts';
import { InputError, InputErrors } from '../src/inputs/errors.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import { grantedScopesOf, type Inspection } from '../src/inspect/inspect.ts';
import { blastLists } from '../src/report/blast.ts';
import { detailsOf } from '../src/report/details.ts';
import { headline } from '../src/report/headline.ts';
import { reportJson } from '../src/report/json.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import type { Report } from '../src/report/model.ts';
import { outputsOf } from '../src/report/outputs.ts';
import { renderText } from '../src/report/text.ts';
import { todoOf } from '../src/report/todo.ts';
import { closingComment, commentBody, issueBody, issueTitle, resolvedCommentBody } from '../src/sinks/github/bodies.ts';
import type { StickyKey } from '../src/sinks/github/marker.ts';

const NOW = new Date('2026-01-02T03:04:05.000Z');
const key: StickyKey = { instance: 'social.example', workflow: 'token health', job: 'check' };
const noInstance = () =>
  inputErrorReport(new InputErrors([new InputError('instance', "Input 'instance' is empty.")]), NOW);
const bad = new InputErrors([
  new InputError('on-excess', "Input 'on-excess' is 'loud'; expected fail, warn or ignore."),
]);

const settings: EvaluationSettings = {
  instance: parseInstance('social.example'),
  requiredScopes: ['write:statuses'],
  scopesDeclared: true,
  onExcess: 'warn',
  onMissing: 'fail',
  onUnreachable: 'fail',
  maxTokenAgeDays: 30,
  inputWarnings: [],
};
const scopes = ['write:statuses'];
const healthyInspection: Inspection = {
  credentials: { kind: 'account', account: { id: '1', username: 'bot', acct: 'bot', url: undefined } },
  tokenInfo: { kind: 'ok', scopes, resourceOwnerId: '9', createdAt: new Date('2025-12-01T00:00:00Z') },
  app: { name: 'Bot', website: undefined, scopes },
  server: { software: 'mastodon', version: '4.5.2', domain: 'social.example', family: 'mastodon', from: 'instance' },
  probing: undefined,
  scopes: grantedScopesOf(
    { kind: 'ok', scopes, resourceOwnerId: '9', createdAt: undefined },
    undefined,
    undefined,
    'auto',
  ),
  rateLimit: undefined,
};

/** The outputs that carry no instance, account or token, as they always were: empty strings. */
const EMPTY_FACTS = {
  account: '',
  'account-id': '',
  'app-name': '',
  'granted-scopes': '',
  'excess-scopes': '',
  'missing-scopes': '',
  'scopes-source': '',
  'server-software': '',
  'server-version': '',
  'token-created-at': '',
  'token-age-days': '',
  'needed-scopes': '',
  'undeclared-scopes': '',
  'unneeded-scopes': '',
};
const NULL_FACTS = {
  tokenState: 'unknown',
  instance: { origin: null, host: null, software: null, version: null },
  account: null,
  accountNote: null,
  app: null,
  token: { createdAt: null, ageDays: null },
  links: { authorizedApps: null, development: null, newApplication: null },
};

describe('unknown is undefined inside the model', () => {
  it('an input error before the instance is known has no origin, host or links', () => {
    const report = noInstance();
    expect(report.instance).toEqual({ origin: undefined, host: undefined, software: undefined, version: undefined });
    expect(report.links).toBeUndefined();
  });

  it('an input error with a valid instance keeps its host and absolute links', () => {
    const report = inputErrorReport(bad, NOW, { instance: parseInstance('social.example') });
    expect(report.instance.host).toBe('social.example');
    expect(report.links?.authorizedApps).toBe('https://social.example/oauth/authorized_applications');
  });

  it('the sum of several bots has no instance, account note, token date or links of its own', () => {
    const sum = combineBotReports('bots.yml', [{ name: 'a', line: 3, report: noInstance() }], NOW);
    expect(sum.instance).toEqual({ origin: undefined, host: undefined, software: undefined, version: undefined });
    expect(sum.accountNote).toBeUndefined();
    expect(sum.token.createdAt).toBeUndefined();
    expect(sum.links).toBeUndefined();
  });

  it('a token not inspected (skipped, an input error, the sum of several bots) is unknown in the same fields', () => {
    const nothingKnown = {
      tokenState: 'unknown',
      account: undefined,
      accountNote: undefined,
      app: undefined,
      scopes: {
        granted: [],
        required: [],
        excess: [],
        missing: [],
        source: undefined,
        undetermined: [],
        declared: false,
      },
      token: { createdAt: undefined, ageDays: undefined },
    };
    const skipped = skippedReport(parseInstance('social.example'), 'Withheld.', NOW);
    const sum = combineBotReports('bots.yml', [{ name: 'a', line: 3, report: skipped }], NOW);
    for (const report of [skipped, noInstance(), sum]) {
      const { tokenState, account, accountNote, app, scopes, token } = report;
      expect({ tokenState, account, accountNote, app, scopes, token }).toStrictEqual(nothingKnown);
    }
    expect(skipped.instance).toStrictEqual({
      origin: 'https://social.example',
      host: 'social.example',
      software: undefined,
      version: undefined,
    });
    expect(sum.instance).toStrictEqual({ origin: undefined, host: undefined, software: undefined, version: undefined });
  });

  it('a token whose state is unknown has no account note', () => {
    const unreachable: Inspection = {
      ...healthyInspection,
      credentials: { kind: 'unreachable', detail: 'connection refused' },
      tokenInfo: { kind: 'unavailable', detail: 'connection refused' },
      app: undefined,
      server: undefined,
    };
    expect(evaluate(settings, unreachable, NOW).accountNote).toBeUndefined();
  });

  it('a server that names no version (Misskey) has an unknown version, written out as before', () => {
    const misskey = evaluate(
      settings,
      {
        ...healthyInspection,
        server: { software: 'misskey', version: '', family: 'misskey', domain: undefined, from: 'instance' },
      },
      NOW,
    );
    expect(misskey.instance.version).toBeUndefined();
    expect(outputsOf(misskey)['server-version']).toBe('');
    expect(reportJson(misskey).instance.version).toBeNull();
  });

  it('a server with no page that makes a token has no links (Akkoma)', () => {
    const akkoma: Inspection = {
      ...healthyInspection,
      server: { software: 'akkoma', version: '3.16.0', domain: 'social.example', family: 'akkoma', from: 'instance' },
    };
    expect(evaluate(settings, akkoma, NOW).links).toBeUndefined();
  });
});

describe('where unknown is written, it is written as before', () => {
  it('the outputs of an input error: empty strings, and the report JSON with nulls', () => {
    const outputs = outputsOf(noInstance());
    expect({ ...outputs, report: undefined }).toEqual({
      status: 'input-error',
      'token-state': 'unknown',
      'required-scopes': '',
      ...EMPTY_FACTS,
      report: undefined,
    });
    expect(JSON.parse(outputs.report)).toMatchObject({ status: 'input-error', ...NULL_FACTS });
    expect(outputs.report).toBe(JSON.stringify(reportJson(noInstance())));
  });

  it('the outputs and JSON of the sum of several bots: the same empty strings and nulls', () => {
    const sum = combineBotReports(
      'bots.yml',
      [
        { name: 'a', line: 3, report: noInstance() },
        { name: 'b', line: 7, report: skippedReport(parseInstance('social.example'), 'Withheld.', NOW) },
      ],
      NOW,
    );
    const outputs = outputsOf(sum);
    expect({ ...outputs, report: undefined }).toEqual({
      status: 'input-error',
      'token-state': 'unknown',
      'required-scopes': '',
      ...EMPTY_FACTS,
      report: undefined,
    });
    const json = JSON.parse(outputs.report) as Record<string, unknown>;
    expect(json).toMatchObject(NULL_FACTS);
    // Each bot keeps its own: the skipped one its host and links.
    expect(json['bots']).toMatchObject({
      a: NULL_FACTS,
      b: {
        instance: { origin: 'https://social.example', host: 'social.example', software: null, version: null },
        links: { authorizedApps: 'https://social.example/oauth/authorized_applications' },
      },
    });
  });

  it('an Akkoma report JSON has null links, as it had', () => {
    const akkoma = evaluate(
      settings,
      {
        ...healthyInspection,
        server: { software: 'akkoma', version: '3.16.0', domain: 'social.example', family: 'akkoma', from: 'instance' },
      },
      NOW,
    );
    expect(reportJson(akkoma).links).toEqual({ authorizedApps: null, development: null, newApplication: null });
  });
});

describe('no view prints "undefined" for what is unknown', () => {
  const healthy = evaluate(settings, healthyInspection, NOW);
  // Every fact known but the instance itself: each view must leave the instance out, not print it as "undefined".
  const unknownInstance: Report = {
    ...healthy,
    instance: { origin: undefined, host: undefined, software: 'mastodon', version: '4.5.2' },
    links: undefined,
  };
  const views = (report: Report): Record<string, string> => ({
    markdown: renderMarkdown(report),
    text: renderText(report),
    headline: headline(report),
    todo: todoOf(report).join('\n'),
    details: JSON.stringify(detailsOf(report)),
    blast: JSON.stringify(blastLists(report)),
    comment: commentBody(report, key, 'f'),
    resolved: resolvedCommentBody(report, key),
    issueTitle: issueTitle(report),
    issue: issueBody(report, key, { fingerprint: 'f', firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() }),
    closing: closingComment(report, key, '', undefined),
  });

  it.each([
    ['an unknown instance', unknownInstance],
    ['an input error before the instance is known', noInstance()],
    ['the sum of several bots', combineBotReports('bots.yml', [{ name: 'a', line: 3, report: noInstance() }], NOW)],
  ])('%s', (_name, report) => {
    for (const [view, text] of Object.entries(views(report))) {
      expect({ view, undefined: /undefined/.test(text) }).toEqual({ view, undefined: false });
    }
  });

  it('a report with an unknown instance reads as one with no instance: no "on …", no Instance or Links row', () => {
    expect(renderText(unknownInstance).split('\n')[0]).toBe(
      '✓ Token healthy for @bot@social.example (status: healthy)',
    );
    expect(issueTitle(unknownInstance)).toBe('Mastodon token: Token healthy');
    expect(resolvedCommentBody(unknownInstance, key)).toContain('### ✅ Resolved: token healthy\n');
    const rows = detailsOf(unknownInstance).flatMap((s) => s.rows.map((r) => r.label));
    expect(rows).not.toContain('Instance');
    expect(rows).not.toContain('Links');
    // The same report with its instance shows both, as always.
    const known = detailsOf(healthy).flatMap((s) => s.rows);
    expect(known.find((r) => r.label === 'Instance')?.value).toBe('https://social.example (`mastodon 4.5.2`)');
    expect(known.find((r) => r.label === 'Links')?.value).toBe(
      '[Authorized apps](https://social.example/oauth/authorized_applications) (revoke) · [Development](https://social.example/settings/applications) (new token)',
    );
    expect(issueTitle(healthy)).toBe('Mastodon token on social.example: Token healthy');
  });
});
