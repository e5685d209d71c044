/** Needs, undeclared and unneeded scopes (DESIGN.md "Needs from the code"): Mastodon's any-of rule per call. */
import { describe, expect, it } from 'vitest';
import { analyseNeeds } from '../src/scan/needs.ts';
import { codeCall, scopesJson } from '../src/scan/render.ts';
import type { ScanResult, ScannedCall } from '../src/scan/scan.ts';
import { newWalkStats } from '../src/scan/walk.ts';

const call = (route: string, accepts: readonly string[], line = 1): ScannedCall => ({
  file: 'bot.py',
  line,
  what: route,
  via: 'http',
  route,
  accepts,
});
const POST_STATUS = call('/api/v1/statuses', ['write', 'write:statuses'], 1);
const UPLOAD = call('/api/v2/media', ['write', 'write:media'], 2);
const ME = call('/api/v1/accounts/verify_credentials', ['profile', 'read', 'read:accounts'], 3);
const INSTANCE = call('/api/v1/instance', [], 4);

describe('needs from the code', () => {
  it('is the union of the narrowest scopes; public endpoints need nothing', () => {
    const needs = analyseNeeds([POST_STATUS, UPLOAD, ME, INSTANCE]);
    expect(needs.needed).toEqual(['profile', 'write:media', 'write:statuses']);
    expect(needs.undeclared).toEqual([]);
    expect(needs.unneeded).toEqual([]);
    expect(needs.calls.find((c) => c.route === '/api/v1/instance')?.need).toBeUndefined();
  });

  it.each([
    // declared, undeclared, unneeded
    ['write:statuses write:media profile', [], []],
    ['write:statuses', ['profile', 'write:media'], []],
    ['read write follow push', [], ['follow', 'push', 'read', 'write']],
    ['write', ['profile'], ['write']],
    ['write read:accounts', [], ['read:accounts', 'write']],
  ])('declared %s', (declared, undeclared, unneeded) => {
    const needs = analyseNeeds([POST_STATUS, UPLOAD, ME], declared.split(' '));
    expect(needs.undeclared).toEqual(undeclared);
    expect(needs.unneeded).toEqual(unneeded);
  });

  it('a call is covered by any scope its endpoint accepts (read covers verify_credentials)', () => {
    const needs = analyseNeeds([ME], ['read']);
    expect(needs.undeclared).toEqual([]);
    expect(needs.unneeded).toEqual(['read']);
    expect(needs.calls[0]?.covered).toBe(true);
  });

  it('an uncovered call names its need; profile is tolerated when declared and not needed', () => {
    const needs = analyseNeeds([POST_STATUS], ['profile', 'read:statuses']);
    expect(needs.undeclared).toEqual(['write:statuses']);
    expect(needs.unneeded).toEqual(['read:statuses']);
    expect(needs.calls[0]?.covered).toBe(false);
  });

  it('before Mastodon 4.3 verify_credentials needs read:accounts', () => {
    expect(analyseNeeds([ME], [], '4.2.1').needed).toEqual(['read:accounts']);
    expect(analyseNeeds([ME], ['read:accounts'], '4.2.1').unneeded).toEqual([]);
    expect(analyseNeeds([ME], ['read:accounts'], '4.5.0').unneeded).toEqual(['read:accounts']);
  });
});

describe('a call as the `scopes --format json` and the report’s `code` part list it (scan/render.ts codeCall)', () => {
  const STREAM: ScannedCall = {
    file: 'bot.py',
    line: 5,
    what: 'mastodon.stream_user',
    via: 'streaming',
    route: 'stream:user',
    library: 'Mastodon.py 2.x',
    accepts: ['read', 'read:statuses'],
  };
  const scan: ScanResult = {
    calls: [POST_STATUS, INSTANCE, STREAM],
    unresolved: [],
    testCalls: [],
    testUnresolved: [],
    stats: newWalkStats(),
  };

  it('leaves out what a call lacks and writes no need as null, the same in both', () => {
    const needs = analyseNeeds(scan.calls);
    expect(needs.calls.map(codeCall)).toEqual([
      {
        file: 'bot.py',
        line: 1,
        what: '/api/v1/statuses',
        via: 'http',
        endpoint: '/api/v1/statuses',
        accepts: ['write', 'write:statuses'],
        need: 'write:statuses',
      },
      {
        file: 'bot.py',
        line: 4,
        what: '/api/v1/instance',
        via: 'http',
        endpoint: '/api/v1/instance',
        accepts: [],
        need: null,
      },
      {
        file: 'bot.py',
        line: 5,
        what: 'mastodon.stream_user',
        via: 'streaming',
        endpoint: 'stream:user',
        library: 'Mastodon.py 2.x',
        accepts: ['read', 'read:statuses'],
        need: 'read:statuses',
      },
    ]);
    // The command's JSON is the same call, with `covered` only when a declaration was compared.
    expect(scopesJson({ scan, needs }).calls).toEqual(needs.calls.map(codeCall));
    const declared = ['write:statuses'];
    const judged = analyseNeeds(scan.calls, declared);
    expect(scopesJson({ scan, needs: judged, declared }).calls).toEqual(
      judged.calls.map((c, i) => ({ ...codeCall(c), covered: [true, true, false][i] })),
    );
  });
});
