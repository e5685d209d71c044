import { describe, expect, it } from 'vitest';
import { InputErrors } from '../src/inputs/errors.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import { parsePublishSettings, parseSettings, parseToken, type RawInputs } from '../src/inputs/settings.ts';

const TOKEN = 'canary-9f2bd1c07aa54e3d8b6ffd5d3f1a2c7e';
const push = { eventName: 'push', actor: 'octocat' };

function errorsOf(raw: RawInputs, context = push): string[] {
  try {
    parseSettings(raw, context);
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => `${e.input}: ${e.message}`);
    throw error;
  }
  return [];
}

describe('parseInstance', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social', 'mastodon.social'],
    ['https://mastodon.social', 'https://mastodon.social', 'mastodon.social'],
    ['https://Mastodon.Social/', 'https://mastodon.social', 'mastodon.social'],
    ['https://mastodon.social/@someone/123', 'https://mastodon.social', 'mastodon.social'],
    ['  social.example:8443 ', 'https://social.example:8443', 'social.example:8443'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000', '127.0.0.1:3000'],
    ['http://localhost:3000/', 'http://localhost:3000', 'localhost:3000'],
    ['http://[::1]:3000', 'http://[::1]:3000', '[::1]:3000'],
    ['https://mastodon.café', 'https://mastodon.xn--caf-dma', 'mastodon.café'],
  ])('%s → %s', (input, origin, host) => {
    const instance = parseInstance(input);
    expect(instance.origin).toBe(origin);
    expect(instance.host).toBe(host);
  });

  it.each([
    ['', /is empty/],
    ['http://mastodon.social', /http:\/\/ is refused.*https:\/\/mastodon\.social/],
    ['http://10.0.0.5', /http:\/\/ is refused/],
    ['http://bot.localhost:3000', /http:\/\/ is refused/],
    ['@bot@mastodon.social', /account handle/],
    ['bot@mastodon.social', /account handle/],
    ['ftp://mastodon.social', /scheme 'ftp'/],
    ['https://user:pw@mastodon.social', /user name or password/],
    ['mastodon social', /white space/],
    ['not a host!', /white space|valid/],
    ['intranet', /has no valid host name/],
    ['https://', /valid/],
  ])('refuses %j', (input, message) => {
    expect(() => parseInstance(input)).toThrow(message);
  });

  it('treats 127.0.0.0/8 and localhost as loopback only', () => {
    expect(parseInstance('http://127.8.9.10').isLoopback).toBe(true);
    expect(parseInstance('mastodon.social').isLoopback).toBe(false);
  });
});

describe('parseToken', () => {
  it('trims white space, newlines and a BOM', () => {
    expect(parseToken(`\uFEFF  ${TOKEN}\r\n`, [])).toBe(TOKEN);
  });
  it('removes a Bearer prefix with a warning', () => {
    const warnings: string[] = [];
    expect(parseToken(`Bearer ${TOKEN}`, warnings)).toBe(TOKEN);
    expect(warnings[0]).toMatch(/Bearer/);
  });
  it("reads 'Bearer' alone as empty: a withheld secret behind a prefix", () => {
    expect(parseToken('Bearer ', [])).toBe('');
    expect(parseToken(' bearer\n', [])).toBe('');
    expect(
      parseSettings(
        { instance: 'mastodon.social', token: 'Bearer ' },
        { eventName: 'pull_request', actor: 'x', pullRequestFromFork: true },
      ).skipReason,
    ).toMatch(/withholds/);
  });
  it.each([
    ['Qx7Zk', /too short to be an access token \(5 characters/],
    [`${TOKEN} ${TOKEN}`, /white space inside/],
    [`${TOKEN}\nsecond-line`, /white space inside/],
    [`${TOKEN}\u0007`, new RegExp(`not printable ASCII at position ${TOKEN.length + 1} `)],
    [`tok\u00e9n${TOKEN}`, /not printable ASCII at position 4/],
  ])('refuses a broken token without showing it', (raw, message) => {
    let thrown: unknown;
    try {
      parseToken(raw, []);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain(TOKEN);
    expect((thrown as Error).message).not.toContain('canary');
  });
});

describe('parseSettings', () => {
  const base: RawInputs = { instance: 'mastodon.social', token: TOKEN };

  it('applies the defaults of action.yml', () => {
    const settings = parseSettings(base, push);
    expect(settings).toMatchObject({
      token: TOKEN,
      requiredScopes: [],
      scopesDeclared: false,
      onExcess: 'warn',
      onMissing: 'fail',
      onUnreachable: 'fail',
      maxTokenAgeDays: undefined,
      comment: 'auto',
      issue: 'auto',
      timeoutSeconds: 30,
      probe: 'auto',
      skipReason: undefined,
    });
  });

  it('accepts explicit values in any case', () => {
    const settings = parseSettings(
      {
        ...base,
        'on-excess': 'FAIL',
        'on-missing': 'Warn',
        probe: 'never',
        'timeout-seconds': '12.5',
        'max-token-age-days': '90',
      },
      push,
    );
    expect(settings).toMatchObject({
      onExcess: 'fail',
      onMissing: 'warn',
      probe: 'never',
      timeoutSeconds: 12.5,
      maxTokenAgeDays: 90,
    });
  });

  it('names every bad input at once, with the value and what is expected', () => {
    const errors = errorsOf({
      ...base,
      instance: 'http://mastodon.social',
      'required-scopes': 'write:status read:notifications',
      'on-excess': 'explode',
      'on-missing': 'ignore',
      'timeout-seconds': '0',
      'max-token-age-days': 'ninety',
      comment: 'sometimes',
      probe: 'maybe',
    });
    expect(errors).toEqual([
      expect.stringMatching(/^instance: Input 'instance' is 'http:\/\/mastodon.social'/),
      expect.stringMatching(/^required-scopes: .*unknown scope 'write:status': did you mean 'write:statuses'\?/),
      expect.stringMatching(/^on-excess: Input 'on-excess' is 'explode'; expected one of 'fail', 'warn', 'ignore'/),
      expect.stringMatching(/^on-missing: .*'ignore'; expected one of 'fail', 'warn'/),
      expect.stringMatching(/^comment: .*'sometimes'/),
      expect.stringMatching(/^probe: .*'maybe'/),
      expect.stringMatching(/^max-token-age-days: .*'ninety'; expected a whole number from 1/),
      expect.stringMatching(/^timeout-seconds: .*'0'; expected a number from 1/),
    ]);
  });

  it('publishing’s inputs read alone (several bots) also name every bad one at once, and default an empty one', () => {
    let thrown: unknown;
    try {
      parsePublishSettings({ comment: 'sometimes', issue: 'often' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputErrors);
    expect((thrown as InputErrors).errors.map((e) => e.input)).toEqual(['comment', 'issue']);
    expect(parsePublishSettings({ comment: '  ', 'github-token': ' t ' })).toEqual({
      comment: 'auto',
      issue: 'auto',
      githubToken: 't',
    });
  });

  it('says how to separate scopes joined by a semicolon', () => {
    expect(errorsOf({ ...base, 'required-scopes': 'write:statuses;profile' })).toEqual([
      expect.stringMatching(
        /unknown scope 'write:statuses;profile': did you mean 'write:statuses profile'\? Scopes are separated by spaces, commas or newlines\./,
      ),
    ]);
  });

  it('warns about follow and duplicates, but accepts them', () => {
    const settings = parseSettings({ ...base, 'required-scopes': 'follow, write:statuses\nwrite:statuses' }, push);
    expect(settings.requiredScopes).toEqual(['follow', 'write:statuses']);
    expect(settings.inputWarnings.join('\n')).toMatch(/more than once/);
    expect(settings.inputWarnings.join('\n')).toMatch(/`follow` is deprecated/);
  });

  it('skips a pull request whose secrets are withheld', () => {
    const settings = parseSettings(
      { ...base, token: '' },
      { eventName: 'pull_request', actor: 'someone', pullRequestFromFork: true },
    );
    expect(settings.skipReason).toMatch(/forks/);
    expect(parseSettings({ ...base, token: '  ' }, { eventName: 'push', actor: 'dependabot[bot]' }).skipReason).toMatch(
      /Dependabot/,
    );
  });

  it('fails an empty token where secrets are not withheld', () => {
    expect(errorsOf({ ...base, token: '' })).toEqual([expect.stringMatching(/^token: Input 'token' is empty/)]);
    // A pull request from this repository's own branch, and pull_request_target even from a fork, get secrets.
    for (const context of [
      { eventName: 'pull_request', actor: 'someone', pullRequestFromFork: false },
      { eventName: 'pull_request_target', actor: 'someone', pullRequestFromFork: true },
    ]) {
      expect(errorsOf({ ...base, token: '' }, context)).toEqual([expect.stringMatching(/missing or misnamed/)]);
    }
  });

  it('skips, with a warning, a pull request whose payload does not tell whether it comes from a fork', () => {
    const settings = parseSettings(
      { ...base, token: '' },
      { eventName: 'pull_request', actor: 'someone', payloadProblem: 'it is not JSON' },
    );
    expect(settings.skipReason).toMatch(/may come from a fork/);
    expect(settings.inputWarnings).toEqual([expect.stringMatching(/could not be read \(it is not JSON\)/)]);
  });

  it('reports input errors before skipping', () => {
    expect(
      errorsOf({ instance: 'http://example.com', token: '' }, { eventName: 'pull_request', actor: 'x' }),
    ).toHaveLength(1);
  });
});
