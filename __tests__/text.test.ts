/**
 * The one-line sanitiser and the one Markdown escaper (src/util/text.ts): what a hostile server string becomes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outsideCodeSpans } from './support/fault-cases-hostile.ts';
import { clip, code, neutraliseCommands, oneLine, printableLine, uncode } from '../src/util/text.ts';

/** What the Actions runner would take for a command in a line it prints. */
const commandIn = (line: string) => /^\s*::[a-z-]+/i.test(line) || line.includes('##[');

describe('oneLine', () => {
  it('keeps ordinary text as it is', () => {
    expect(oneLine('Release Bot 4.6.5+glitch @bot@social.example')).toBe(
      'Release Bot 4.6.5+glitch @bot@social.example',
    );
    expect(oneLine('Bücherwurm 📚 ✅ 👩‍💻')).toBe('Bücherwurm 📚 ✅ 👩‍💻');
  });

  it.each([
    ['a newline', 'bot\n::error::pwned'],
    ['a lone carriage return (the runner splits on it)', 'bot\r::stop-commands::x'],
    ['CR LF', 'bot\r\n::add-mask::x'],
    ['NEL, LS, PS', 'bot\u0085::error::a\u2028::error::b\u2029::error::c'],
    ['a vertical tab and a form feed', 'bot\u000b::error::a\u000c::error::b'],
  ])('makes %s one line: no workflow command can start', (_, text) => {
    const line = oneLine(text);
    expect(line).not.toMatch(/[\r\n\u0085\u2028\u2029\u000b\u000c]/);
    expect(line.split('\n').some(commandIn)).toBe(false);
  });

  it("neutralises the runner's legacy ##[command] anywhere, and :: at the start", () => {
    expect(oneLine('4.6.5 ##[error]pwned')).not.toContain('##[');
    expect(commandIn(oneLine('::error::pwned'))).toBe(false);
    expect(commandIn(oneLine('   ::warning::pwned'))).toBe(false);
    // Inert, but the characters a reader sees are the same.
    expect(oneLine('##[x]').replace(/\u2060/g, '')).toBe('##[x]');
  });

  it('removes terminal escape sequences whole, so a name cannot repaint the verdict', () => {
    const forged = 'x\u001b[2K\u001b[1G\u001b[32m✅ Token healthy\u001b[0m';
    expect(oneLine(forged)).toBe('x ✅ Token healthy');
    expect(oneLine('a\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007b')).toBe('a link b');
    expect(oneLine('a\u009b2Jb')).toBe('a b');
    expect(oneLine('a\u001bcb')).toBe('a b');
  });

  it('removes bidirectional overrides and invisible characters, keeps the emoji joiner', () => {
    expect(oneLine('abc\u202edeliveh\u202c')).toBe('abc deliveh');
    expect(oneLine('a\u200bb\ufeffc\u2066d')).toBe('a b c d');
    expect(oneLine('👩‍💻')).toBe('👩‍💻');
  });

  it('clips long text without splitting a surrogate pair', () => {
    expect(oneLine('x'.repeat(500)).length).toBeLessThanOrEqual(200);
    expect(oneLine('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });

  it('holds for any string: one line, no control character, no command, bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const line = oneLine(text, max);
        expect(Array.from(line).length).toBeLessThanOrEqual(max);
        expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(commandIn(line)).toBe(false);
        expect(oneLine(line, max)).toBe(line);
      }),
    );
  });
});

describe('printableLine', () => {
  it('keeps our indentation, removes what a terminal or the runner would act on', () => {
    expect(printableLine('  app:       Bot\u001b[31m')).toBe('  app:       Bot');
    expect(commandIn(printableLine('::error::x'))).toBe(false);
    expect(printableLine('  a ##[group]b')).not.toContain('##[');
  });

  it('is idempotent over oneLine', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const line = oneLine(text, 1000);
        expect(printableLine(line)).toBe(line);
      }),
    );
  });
});

describe('neutraliseCommands', () => {
  it('leaves ordinary colons alone', () => {
    expect(neutraliseCommands('admin:read:accounts')).toBe('admin:read:accounts');
    expect(neutraliseCommands('http://[::1]:3000')).toBe('http://[::1]:3000');
  });
});

describe('code (the Markdown escaper)', () => {
  const hostile = [
    '@octocat',
    '<img src=x onerror=alert(1)>',
    '[Reset your token](https://evil.example/phish)',
    '<!-- mastodon-token-health:comment instance=x -->',
    '**bold** _em_ #42 https://evil.example',
    'a`b``c```d',
    '`leading',
    'trailing`',
    ' spaced ',
  ];

  it.each(hostile)('keeps %j inside one code span', (text) => {
    const span = code(text);
    expect(outsideCodeSpans(span)).toBe('');
    expect(uncode(span)).toBe(oneLine(text));
  });

  it('is one line and bounded', () => {
    expect(code(`a\nb${'x'.repeat(1000)}`)).not.toContain('\n');
    expect(code('x'.repeat(1000)).length).toBeLessThan(210);
    expect(code('')).toBe('(empty)');
  });

  it('holds for any string: nothing outside the span, text kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const span = code(text);
        if (oneLine(text) === '') return;
        expect(outsideCodeSpans(span)).toBe('');
        expect(uncode(span)).toBe(oneLine(text));
      }),
    );
  });
});
