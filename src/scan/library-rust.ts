// elefren calls in Rust source, read as text.
import { Collector, lookup, receiverBefore, TABLES } from './library-tables.ts';

const EVIDENCE = /\belefren::|extern\s+crate\s+elefren\b/;
const RUST_OBJECT_METHODS = new Set(['clone', 'unwrap', 'expect', 'into', 'iter', 'to_string', 'as_ref', 'borrow']);

export function findRustCalls(found: Collector): void {
  const text = found.text;
  if (!EVIDENCE.test(text)) return;
  const receivers = new Set<string>();
  // let client = Mastodon::from(data); let mastodon = registration.complete(&code)?; fn f(client: &Mastodon)
  for (const m of text.matchAll(
    /let\s+(?:mut\s+)?([a-z_]\w*)\s*(?::\s*[\w:<>]+\s*)?=\s*(?:elefren::)?Mastodon::from\(/g,
  ))
    receivers.add(m[1] ?? '');
  for (const m of text.matchAll(/let\s+(?:mut\s+)?([a-z_]\w*)\s*=\s*[\w.]+\.complete\(/g)) receivers.add(m[1] ?? '');
  for (const m of text.matchAll(/([a-z_]\w*)\s*:\s*&?(?:mut\s+)?(?:elefren::)?Mastodon\b/g)) receivers.add(m[1] ?? '');
  const notifications = /Event::Notification/.test(text);
  for (const m of text.matchAll(/\.[ \t]*([a-z_]\w*)[ \t]*\(/g)) {
    const name = m[1] ?? '';
    const receiver = receiverBefore(text, m.index).split('.').pop() ?? '';
    if (receiver === '' || found.inComment(m.index)) continue;
    const known = receivers.has(receiver);
    const result = lookup(TABLES.elefren, name);
    const offset = m.index + m[0].indexOf(name);
    if (result.kind === 'unknown') {
      if (known && !RUST_OBJECT_METHODS.has(name)) found.method(offset, `${receiver}.${name}`, result, 'elefren');
      continue;
    }
    if (!known && !name.includes('_')) continue;
    const what = `${receiver}.${name}`;
    found.method(offset, what, result, 'elefren');
    if (notifications && result.kind === 'known' && result.requests.some((r) => r.route === 'stream:user')) {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}
