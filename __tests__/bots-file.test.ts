import { describe, expect, it } from 'vitest';
import { parseBotsFile } from '../src/config/bots-file.ts';

const FILE = '.github/mastodon-bots.yml';
const CANARY = 'CANARYtokenCANARYtokenCANARYtoken1234567';

describe('the several-bots file', () => {
  it('reads each bot with the defaults applied, lists as input text, and the line of every key', () => {
    const parsed = parseBotsFile(
      FILE,
      [
        'defaults:', //                                   1
        '  on-excess: fail', //                           2
        'bots:', //                                       3
        '  - name: release-bot', //                       4
        '    instance: mastodon.social', //               5
        '    token-env: RELEASE_BOT_TOKEN', //            6
        '    required-scopes: write:statuses write:media', // 7
        '    source-paths: bots/release', //              8
        '  - name: digest', //                            9
        '    instance: fosstodon.org', //                 10
        '    token-env: DIGEST_TOKEN', //                 11
        '    required-scopes: [read:statuses, write:statuses]', // 12
        '    on-missing: warn', //                        13
        '    max-token-age-days: 90', //                  14
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.bots.map((b) => [b.name, b.line, b.tokenEnv])).toEqual([
      ['release-bot', 4, 'RELEASE_BOT_TOKEN'],
      ['digest', 9, 'DIGEST_TOKEN'],
    ]);
    expect(parsed.bots[0]?.inputs).toEqual({
      instance: 'mastodon.social',
      'required-scopes': 'write:statuses write:media',
      'source-paths': 'bots/release',
      'on-excess': 'fail',
    });
    expect(parsed.bots[0]?.lines['on-excess']).toBe(2);
    expect(parsed.bots[1]?.inputs).toMatchObject({
      'required-scopes': 'read:statuses write:statuses',
      'on-missing': 'warn',
      'max-token-age-days': '90',
      'on-excess': 'fail',
    });
    expect(parsed.bots[1]?.lines['required-scopes']).toBe(12);
    expect(parsed.bots.every((b) => b.problems.length === 0)).toBe(true);
  });

  it('names file, line and key for an unknown key, and suggests the one meant', () => {
    const parsed = parseBotsFile(
      FILE,
      'bots:\n  - name: a\n    instance: x.example\n    token_env: A_TOKEN\n    on-exess: fail\n',
    );
    const problems = parsed.bots[0]?.problems ?? [];
    expect(problems).toContainEqual({
      file: FILE,
      line: 4,
      key: 'bots[0].token_env',
      message: "Unknown key 'token_env': did you mean 'token-env'?",
    });
    expect(problems.find((p) => p.key === 'bots[0].on-exess')?.line).toBe(5);
    expect(problems.some((p) => p.key === 'bots[0].token-env' && /needs `token-env`/.test(p.message))).toBe(true);
  });

  it('keeps one bot’s problems to that bot: the others are still checked', () => {
    const parsed = parseBotsFile(
      FILE,
      'bots:\n  - name: good\n    instance: a.example\n    token-env: GOOD\n  - name: bad\n    token-env: BAD\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.bots.find((b) => b.name === 'good')?.problems).toEqual([]);
    expect(parsed.bots.find((b) => b.name === 'bad')?.problems.map((p) => [p.line, p.key])).toEqual([
      [5, 'bots[1].instance'],
    ]);
  });

  it('refuses a duplicate name, pointing at both lines', () => {
    const parsed = parseBotsFile(
      FILE,
      'bots:\n  - name: twin\n    instance: a.example\n    token-env: A\n  - name: twin\n    instance: b.example\n    token-env: B\n',
    );
    expect(parsed.problems).toEqual([
      {
        file: FILE,
        line: 5,
        key: 'bots[1].name',
        message: "The name 'twin' is used twice (first on line 2); names must be unique.",
      },
    ]);
    expect(parsed.bots).toHaveLength(1);
  });

  it('never echoes a token written into the file, under `token:` or as the value of `token-env`', () => {
    const parsed = parseBotsFile(
      FILE,
      `bots:\n  - name: leaky\n    instance: a.example\n    token: ${CANARY}\n  - name: pasted\n    instance: a.example\n    token-env: ${CANARY}-x\n`,
    );
    const all = JSON.stringify(parsed);
    expect(all).not.toContain(CANARY);
    expect(parsed.bots[0]?.problems[0]?.message).toMatch(/must not hold a token/);
    expect(parsed.bots[1]?.problems[0]?.message).toMatch(/NAME of an environment variable/);
  });

  it('stops on a file that is not YAML, not a mapping, or has no bots', () => {
    expect(parseBotsFile(FILE, 'bots: [\n').problems[0]).toMatchObject({ file: FILE, line: 2 });
    expect(parseBotsFile(FILE, 'bots: [\n').problems[0]?.message).toMatch(/^Not valid YAML/);
    expect(parseBotsFile(FILE, '- a\n- b\n').problems[0]?.message).toMatch(/must be a mapping/);
    expect(parseBotsFile(FILE, 'defaults:\n  probe: auto\n').problems[0]).toMatchObject({ key: 'bots', line: 1 });
    expect(parseBotsFile(FILE, 'bots: []\n').problems[0]?.message).toMatch(/at least one bot/);
    expect(parseBotsFile(FILE, 'bots:\n  - name: a\nname: b\nbots: []\n').problems[0]?.message).toMatch(/unique/i);
  });

  it('takes only policies under defaults:', () => {
    const parsed = parseBotsFile(
      FILE,
      'defaults:\n  instance: a.example\nbots:\n  - name: a\n    instance: a.example\n    token-env: A\n',
    );
    expect(parsed.problems).toEqual([
      {
        file: FILE,
        line: 2,
        key: 'defaults.instance',
        message:
          "Unknown key 'instance'; known keys: on-excess, on-missing, on-unreachable, max-token-age-days, probe.",
      },
    ]);
  });

  it('refuses a file too large to be a list of bots, before parsing it', () => {
    const parsed = parseBotsFile(FILE, `bots:\n${'  - name: a\n'.repeat(30000)}`);
    expect(parsed.problems[0]?.message).toMatch(/larger than 256 KiB/);
  });
});
