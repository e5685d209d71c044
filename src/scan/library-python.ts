// Mastodon.py calls in Python source, read as text.
import { Collector, lookup, TABLES } from './library-tables.ts';

const EVIDENCE = /\bfrom\s+mastodon(?:\.\w+)?\s+import\b|\bimport\s+mastodon\b|\bMastodon\s*\(/;
// `api = Mastodon(...)`, `self.api = mastodon.Mastodon(...)`, `api: Mastodon`, `def f(api: "Mastodon")`
const CONSTRUCTED = /([A-Za-z_]\w*)\s*(?::\s*[\w.]+\s*)?=\s*(?:mastodon\.)?Mastodon\s*\(/g;
const ANNOTATED = /([A-Za-z_]\w*)\s*:\s*["']?(?:mastodon\.)?Mastodon\b(?!\s*\()/g;
// receiver.method( : the receiver is a dotted name; the method a Python identifier
const CALL = /((?:[A-Za-z_]\w*[\s\\]*\.\s*)*[A-Za-z_]\w*)[\s\\]*\.\s*([a-z_][a-z0-9_]*)\s*\(/g;
const LIKELY_CLIENT = /masto|mstdn|fedi/i;

export function findPythonCalls(found: Collector): void {
  const text = found.text;
  const evidence = EVIDENCE.test(text);
  const receivers = new Set<string>();
  for (const m of text.matchAll(CONSTRUCTED)) receivers.add(m[1] ?? '');
  for (const m of text.matchAll(ANNOTATED)) receivers.add(m[1] ?? '');
  const listensToNotifications = /\bdef\s+on_notification\s*\(|\bnotification_handler\s*=/.test(text);

  for (const m of text.matchAll(CALL)) {
    const receiver = (m[1] ?? '').replace(/[\s\\]+/g, '');
    const name = m[2] ?? '';
    const last = receiver.split('.').pop() ?? '';
    if (last === 'Mastodon' || found.inComment(m.index)) continue; // Mastodon.create_app(...) is static
    const result = lookup(TABLES.mastodonPy, name);
    const strict = receivers.has(last);
    const offset = m.index + m[0].lastIndexOf(name);
    if (result.kind === 'unknown') {
      // an unknown method of a client this file made: a wrapper or a newer method; never dropped
      if (strict && !name.startsWith('_') && !PYTHON_OBJECT_METHODS.has(name)) {
        found.method(offset, `${receiver}.${name}`, result, 'Mastodon.py');
      }
      continue;
    }
    // Without a client made in this file: a receiver named like one, or in a file that uses Mastodon.py, a
    // method name no other Python library is likely to share (status_post, media_post).
    if (!strict && !LIKELY_CLIENT.test(last) && !(evidence && name.includes('_'))) continue;
    const what = `${receiver}.${name}`;
    found.method(offset, what, result, 'Mastodon.py');
    if (result.kind === 'known' && listensToNotifications && result.requests.some((r) => r.route === 'stream:user')) {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}

// Methods every Python object or common wrapper has: not a Mastodon.py method, and not an API call.
const PYTHON_OBJECT_METHODS = new Set(['get', 'items', 'keys', 'values', 'copy', 'update', 'append', 'format', 'join']);
