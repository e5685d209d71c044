// Mastodon.py calls in Python source, read as text.
import { Collector, lookup, receiverBefore, TABLES } from './library-tables.ts';

const EVIDENCE = /\bfrom\s+mastodon(?:\.\w+)?\s+import\b|\bimport\s+mastodon\b|\bMastodon\s*\(/;
// from mastodon import Mastodon as MastAPI / import mastodon as mdon: the names a client is made with
const ALIASES = /\bfrom\s+mastodon\s+import\s+[^\n]*?\bMastodon\s+as\s+(\w+)|\bimport\s+mastodon\s+as\s+(\w+)/g;
// api = tweepy.API(auth): a name this file makes with something else is not a Mastodon.py client
const MADE_OTHERWISE = /(?:^|[^\w.])((?:self\.)?[A-Za-z_]\w*)\s*=\s*([A-Za-z_][\w.]*)\s*\(/gm;
// `api = Mastodon(...)`, `self.api = mastodon.Mastodon(...)`, `api: Mastodon`, `def f(api: "Mastodon")`
const CONSTRUCTED = /([A-Za-z_]\w*)\s*(?::\s*[\w.]+\s*)?=\s*(?:mastodon\.)?Mastodon\s*\(/g;
const ANNOTATED = /([A-Za-z_]\w*)\s*:\s*["']?(?:mastodon\.)?Mastodon\b(?!\s*\()/g;
// .method( : anchored on the dot; the receiver is read backwards from it only when the name is worth it
const CALL = /\.[ \t]*([a-z_][a-z0-9_]*)[ \t]*\(/g;
const LIKELY_CLIENT = /masto|mstdn|fedi/i;
// in a file that uses Mastodon.py, the names people give a client they were handed
const CLIENT_NAMES = /^_*(api|client|bot|app|m|mc|session)$/i;
// class L(StreamListener): def on_notification(...): the listener reads notification events
const NOTIFICATION_HANDLER = /^([ \t]+)def\s+on_notification\s*\(/m;

export function findPythonCalls(found: Collector): void {
  const text = found.text;
  const evidence = EVIDENCE.test(text);
  const receivers = new Set<string>();
  const makers = new Set(['Mastodon', 'mastodon.Mastodon']);
  for (const m of text.matchAll(ALIASES)) {
    if (m[1]) makers.add(m[1]);
    if (m[2]) makers.add(`${m[2]}.Mastodon`);
  }
  const otherwise = new Set<string>();
  for (const m of text.matchAll(MADE_OTHERWISE)) {
    const name = (m[1] ?? '').replace(/^self\./, '');
    if (makers.has(m[2] ?? '')) receivers.add(name);
    // made by another class (tweepy.API(...), Client(...)); a helper function (get_api(config)) may well return one
    else if (/(?:^|\.)[A-Z]\w*$/.test(m[2] ?? '')) otherwise.add(name);
  }
  for (const m of text.matchAll(CONSTRUCTED)) receivers.add(m[1] ?? '');
  for (const m of text.matchAll(ANNOTATED)) receivers.add(m[1] ?? '');
  // CallbackStreamListener(notification_handler=...) passed to the stream call; a StreamListener subclass with
  // on_notification is reported at its def below
  const listensToNotifications = /\bnotification_handler\s*=/.test(text);

  findStreamReferences(found, receivers, listensToNotifications);
  // A listener that handles notifications needs the notification events of the user stream, wherever the stream
  // is opened (often in another file).
  const handler = NOTIFICATION_HANDLER.exec(text);
  if (handler && /\bStreamListener\b/.test(text)) {
    const label = TABLES.mastodonPy[0]?.label ?? 'Mastodon.py';
    found.add(
      found.lineAt(handler.index + (handler[1]?.length ?? 0)),
      'StreamListener.on_notification',
      'stream:user:notification',
      label,
    );
  }
  for (const m of text.matchAll(CALL)) {
    const name = m[1] ?? '';
    const result = lookup(TABLES.mastodonPy, name);
    if (result.kind === 'unknown' && receivers.size === 0) continue;
    const receiver = receiverBefore(text, m.index);
    const last = receiver.split('.').pop() ?? '';
    if (receiver === '' || last === 'Mastodon' || found.inComment(m.index)) continue; // Mastodon.create_app() is static
    const strict = receivers.has(last);
    const offset = m.index + m[0].indexOf(name);
    if (result.kind === 'unknown') {
      // an unknown method of a client this file made: a wrapper or a newer method; never dropped
      if (strict && !name.startsWith('_') && !PYTHON_OBJECT_METHODS.has(name)) {
        found.method(offset, `${receiver}.${name}`, result, 'Mastodon.py');
      }
      continue;
    }
    // Without a client made in this file: a receiver named like one, or in a file that uses Mastodon.py, a
    // method name no other Python library is likely to share (status_post, media_post).
    if (!strict && otherwise.has(last)) continue;
    if (!strict && !LIKELY_CLIENT.test(last) && !(evidence && (name.includes('_') || CLIENT_NAMES.test(last)))) {
      continue;
    }
    const what = `${receiver}.${name}`;
    found.method(offset, what, result, 'Mastodon.py');
    if (result.kind === 'known' && listensToNotifications && result.requests.some((r) => r.route === 'stream:user')) {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}

// A stream method handed over uncalled, to run elsewhere: threading.Thread(target=api.stream_user, args=(l,))
const STREAM_REFERENCE = /\.[ \t]*(stream_[a-z_]+)\b(?![ \t]*\()/g;

function findStreamReferences(found: Collector, receivers: ReadonlySet<string>, listensToNotifications: boolean): void {
  for (const m of found.text.matchAll(STREAM_REFERENCE)) {
    const receiver = receiverBefore(found.text, m.index);
    const name = m[1] ?? '';
    const last = receiver.split('.').pop() ?? '';
    if (!receivers.has(last) && !LIKELY_CLIENT.test(last)) continue;
    if (found.inComment(m.index)) continue;
    const result = lookup(TABLES.mastodonPy, name);
    if (result.kind !== 'known') continue;
    const offset = m.index + m[0].indexOf(name);
    const what = `${receiver}.${name}`;
    found.method(offset, what, result, 'Mastodon.py');
    if (listensToNotifications && result.requests.some((r) => r.route === 'stream:user')) {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}

// Methods every Python object or common wrapper has: not a Mastodon.py method, and not an API call.
const PYTHON_OBJECT_METHODS = new Set(['get', 'items', 'keys', 'values', 'copy', 'update', 'append', 'format', 'join']);
