/** Every form of a secret a server or a URL can give back, and the forms both entry points mask (util/redact.ts). */
import { describe, expect, it } from 'vitest';
import { createRedactor, redactDeep, secretForms, warmRedactor } from '../src/util/redact.ts';
import { oneLine } from '../src/util/text.ts';
import { leakedTokenForms } from './support/run-action.ts';

const TOKEN = 'healthy-Kq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
const redact = createRedactor(secretForms(TOKEN));
const each = (text: string, form: (c: string) => string) => [...text].map(form).join('');
const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

describe('createRedactor finds the token', () => {
  it.each([
    ['as is', TOKEN],
    ['lower-cased (a host name)', TOKEN.toLowerCase()],
    ['percent-encoded, every character', each(TOKEN, (c) => `%${hex(c, 2).toUpperCase()}`)],
    ['percent-encoded, some characters', TOKEN.replace(/-/g, '%2d').replace(/K/g, '%4B')],
    ['JSON-escaped, every character', each(TOKEN, (c) => `\\u${hex(c, 4)}`)],
    ['as HTML character references', each(TOKEN, (c) => `&#${c.charCodeAt(0)};`)],
    ['with a NUL and an escape inside', `${TOKEN.slice(0, 9)}\u0000${TOKEN.slice(9, 20)}\u001b${TOKEN.slice(20)}`],
    ['with JSON-escaped controls inside', `${TOKEN.slice(0, 9)}\\u0000${TOKEN.slice(9, 20)}\\n${TOKEN.slice(20)}`],
    ['with zero-width spaces inside', [...TOKEN].join('\u200b')],
    ['in Base64', Buffer.from(TOKEN).toString('base64')],
    ['in URL-safe Base64', Buffer.from(TOKEN).toString('base64url')],
  ])('%s', (_, form) => {
    const text = `Debug: ${'x'.repeat(150)} Authorization: Bearer ${form} (end)`;
    const out = redact(text);
    expect(out).toContain('Bearer *** (end)');
    // Clipped and cleaned afterwards, as the report does: still nothing of the token.
    expect(leakedTokenForms(oneLine(out, 170), TOKEN)).toEqual([]);
  });

  it('leaves other text alone', () => {
    const text = 'GET /api/v1/accounts/verify_credentials?lang=en -> 200 healthy-K q7 %20 \\u0041 &#65;';
    expect(redact(text)).toBe(text);
  });

  it('in every string of parsed JSON, keys included', () => {
    expect(redactDeep({ error: `x ${TOKEN}`, [TOKEN]: [1, TOKEN, null, { a: TOKEN }] }, redact)).toEqual({
      error: 'x ***',
      '***': [1, '***', null, { a: '***' }],
    });
  });
});

describe('warmRedactor', () => {
  it('runs the pattern on Latin-1 text and on text beyond it, twice each: V8 compiles it apart for each kind', () => {
    const seen: string[] = [];
    warmRedactor((text) => {
      seen.push(text);
      return text;
    });
    const latin1 = seen.filter((text) => /^[\u0000-\u00ff]*$/.test(text));
    expect(latin1.length).toBeGreaterThanOrEqual(2);
    expect(seen.length - latin1.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves a real redactor working as before', () => {
    const token = 'Zq7v2XJm9pWd4sN8bTzR1yLc6hFgA3eU0oPiQw5';
    const redact = createRedactor([token]);
    warmRedactor(redact);
    expect(redact(`a ${token} b ✓`)).toBe('a *** b ✓');
  });
});

describe('secretForms: what the action and the CLI both mask', () => {
  it('the token as pasted, trimmed, without Bearer, line by line, and other secrets', () => {
    expect(secretForms(` Bearer ${TOKEN}\n`, 'ghs_workflowtoken000000')).toEqual(
      expect.arrayContaining([TOKEN, `Bearer ${TOKEN}`, 'ghs_workflowtoken000000']),
    );
    expect(secretForms('short', '')).toEqual([]);
  });
});
