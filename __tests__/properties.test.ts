/**
 * Properties that must hold for every input, checked with fast-check: the scope parser and comparison, instance
 * normalisation (the rule that keeps a token off clear text), and the redactor (the rule that keeps it out of logs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../src/inputs/errors.ts';
import { parseInstance } from '../src/inputs/instance.ts';
import { createRedactor } from '../src/util/redact.ts';
import { compareScopes, parseScopeList, SCOPES, sortScopes } from '../src/mastodon/scopes.ts';
import { parseSettings } from '../src/inputs/settings.ts';
import { leakedTokenForms } from './support/run-action.ts';

const NAMES = SCOPES.map((s) => s.name);
const scopeSet = fc.subarray(NAMES);
const scope = fc.constantFrom(...NAMES);

describe('scope comparison', () => {
  it('granted = required is always healthy: nothing missing, nothing excess', () => {
    fc.assert(
      fc.property(scopeSet, (scopes) => {
        const shuffled = [...scopes].reverse();
        expect(compareScopes(scopes, shuffled)).toEqual({ missing: [], excess: [] });
      }),
    );
  });

  it('adding a granted scope never removes a finding of excess, and never adds a missing scope', () => {
    fc.assert(
      fc.property(scopeSet, scopeSet, scope, (granted, required, extra) => {
        const before = compareScopes(granted, required);
        const after = compareScopes([...granted, extra], required);
        expect(after.excess).toEqual(expect.arrayContaining(before.excess));
        expect(before.missing).toEqual(expect.arrayContaining(after.missing));
      }),
    );
  });

  it('missing and excess never overlap; missing ⊆ required, excess ⊆ granted', () => {
    fc.assert(
      fc.property(fc.array(scope), fc.array(scope), (granted, required) => {
        const { missing, excess } = compareScopes(granted, required);
        expect(missing.filter((m) => excess.includes(m))).toEqual([]);
        expect(required).toEqual(expect.arrayContaining(missing));
        expect(granted).toEqual(expect.arrayContaining(excess));
      }),
    );
  });

  it('a scope or its parent granted is never missing', () => {
    fc.assert(
      fc.property(fc.array(scope), (required) => {
        const parents = required.map((r) => SCOPES.find((s) => s.name === r)?.parent ?? r);
        expect(compareScopes(parents, required).missing).toEqual([]);
      }),
    );
  });

  it('lists come out sorted and unique, whatever goes in', () => {
    fc.assert(
      fc.property(fc.array(scope), fc.array(scope), (granted, required) => {
        const { missing, excess } = compareScopes(granted, required);
        expect(missing).toEqual(sortScopes(missing));
        expect(excess).toEqual(sortScopes(excess));
        expect(sortScopes([...granted, ...required])).toEqual([...new Set([...granted, ...required])].sort());
      }),
    );
  });
});

describe('scope list parsing', () => {
  const separator = fc
    .array(fc.constantFrom(' ', ',', '\n', '\r\n', '\t', ', ', ' ,\n'), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join(''));

  it('parse(join(list)) round-trips with any of the separators, duplicates told once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(scope, separator)), separator, (items, lead) => {
        const text = lead + items.map(([name, sep]) => name + sep).join('');
        const names = items.map(([name]) => name);
        const parsed = parseScopeList(text);
        expect(parsed.scopes).toEqual([...new Set(names)]);
        expect(parsed.unknown).toEqual([]);
        expect(new Set(parsed.duplicates)).toEqual(new Set(names.filter((n, i) => names.indexOf(n) !== i)));
      }),
    );
  });

  it('accounts for every word of any text: a known scope, or an unknown one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (text) => {
        const parsed = parseScopeList(text);
        const words = text.split(/[\s,]+/).filter(Boolean);
        const told = new Set([...parsed.scopes, ...parsed.unknown.map((u) => u.name)]);
        expect(new Set(words)).toEqual(told);
        expect(parsed.unknown.every((u) => !NAMES.includes(u.name))).toBe(true);
      }),
    );
  });
});

/** DESIGN.md's loopback hosts, as an oracle independent of instance.ts: 127.0.0.0/8, ::1, localhost. */
const isDesignLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);

/** parseInstance, or undefined for an input error; anything else thrown fails the property. */
function tryParse(input: string) {
  try {
    return parseInstance(input);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

describe('instance normalisation', () => {
  const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
  const path = fc.constantFrom('', '/', '/@bot', '/about/', '/web/@bot/1?x=1', '#top');
  const scheme = fc.constantFrom('', 'https://', 'HTTPS://', 'Https://');
  const address = fc
    .tuple(scheme, fc.mixedCase(fc.domain()), port, path)
    .map(([s, host, p, rest]) => `${s}${host}${p === undefined ? '' : `:${p}`}${rest}`);

  it('is idempotent: normalising an origin gives the same instance', () => {
    fc.assert(
      fc.property(address, (input) => {
        const first = tryParse(input);
        fc.pre(first !== undefined);
        expect(parseInstance(first.origin)).toEqual(first);
      }),
    );
  });

  it('is case-insensitive in the host', () => {
    fc.assert(
      fc.property(address, (input) => {
        expect(tryParse(input.toUpperCase())?.origin).toBe(tryParse(input.toLowerCase())?.origin);
      }),
    );
  });

  it('never yields an http origin for a host that is not loopback', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const host = fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.ipV6().map((ip) => `[${ip}]`),
      fc.tuple(octet, octet, octet).map(([a, b, c]) => `127.${a}.${b}.${c}`),
      fc.constantFrom('localhost', 'LOCALHOST', '[::1]', '127.1', '2130706433', '0x7f.1', '[::ffff:127.0.0.1]'),
      fc.domain().map((d) => `${d}.localhost`),
      fc.domain().map((d) => `localhost.${d}`),
      fc.domain().map((d) => `127.0.0.1.${d}`),
    );
    const input = fc.oneof(
      fc
        .tuple(fc.constantFrom('http://', 'HTTP://', 'http:/', 'http:'), host, port)
        .map(([s, h, p]) => `${s}${h}${p === undefined ? '' : `:${p}`}`),
      fc.webUrl(),
      fc.string(),
    );
    fc.assert(
      fc.property(input, (raw) => {
        const instance = tryParse(raw);
        if (instance?.origin.startsWith('http:')) {
          expect(isDesignLoopback(new URL(instance.origin).hostname), instance.origin).toBe(true);
          expect(instance.isLoopback).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses garbage with an input error, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 40 }), (instance, policy) => {
        try {
          parseSettings({ instance, token: 'x'.repeat(43), 'on-excess': policy }, { eventName: 'push', actor: 'a' });
        } catch (error) {
          expect(error).toBeInstanceOf(InputErrors);
        }
      }),
    );
  });
});

describe('redactor', () => {
  // Tokens as Mastodon, GoToSocial and Pleroma make them: URL-safe base64 and upper-case letters and digits.
  const token = fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/);
  // Noise shares no character with a token, so every token form in the text is one that was put there.
  const noise = fc.string({ unit: fc.constantFrom(' ', '.', ':', '"', '\n', '/', '(', ')', 'é', '中', '🙂', '*') });

  it('lets no token form survive, as is, URL-encoded, JSON-escaped or in another case', () => {
    fc.assert(
      fc.property(token, fc.array(fc.tuple(noise, fc.nat(4))), (secret, pieces) => {
        const forms = [
          secret,
          encodeURIComponent(secret),
          JSON.stringify(secret).slice(1, -1),
          secret.toLowerCase(),
          secret.toUpperCase(),
        ];
        const text = pieces.map(([n, i]) => n + forms[i]).join('');
        const redacted = createRedactor([secret])(text);
        expect(leakedTokenForms(redacted, secret)).toEqual([]);
        expect(redacted.toLowerCase()).not.toContain(secret.toLowerCase());
      }),
    );
  });

  it('removes every exact form of any printable token, and leaves text without it alone', () => {
    const anyToken = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(
        anyToken.filter((t) => t.length >= 8),
        fc.string(),
        fc.string(),
        (secret, before, after) => {
          const redact = createRedactor([secret]);
          for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]) {
            const out = redact(`${before}${form}${after}`);
            expect(out.includes(secret) && !`${before}${after}`.includes(secret)).toBe(false);
            expect(out).toContain('***');
          }
          fc.pre(!before.toLowerCase().includes(secret.toLowerCase()));
          expect(redact(before)).toBe(before);
        },
      ),
    );
  });
});
