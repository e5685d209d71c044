// Calls of the Ruby `mastodon-api` gem, read as text.
import { Collector, lookup, receiverBefore, TABLES } from './library-tables.ts';

const EVIDENCE = /\brequire\s*\(?\s*["']mastodon["']|Mastodon::(?:REST|Streaming)::Client/;
// Methods every Ruby object has, and the clients' own settings: not API calls.
const RUBY_OBJECT_METHODS = new Set([
  'to_s',
  'inspect',
  'nil?',
  'class',
  'is_a?',
  'respond_to?',
  'send',
  'freeze',
  'dup',
  'base_url',
  'bearer_token',
  'timeout',
  'user_agent',
  'connection',
]);

export function findRubyCalls(found: Collector): void {
  const text = found.text;
  if (!EVIDENCE.test(text)) return;
  const rest = new Set<string>();
  const streaming = new Set<string>();
  for (const m of text.matchAll(
    /(@{0,2}[A-Za-z_]\w*)\s*(?:\|\|)?=\s*(?:::)?Mastodon::(REST|Streaming)::Client\.new\b/g,
  )) {
    (m[2] === 'REST' ? rest : streaming).add(m[1] ?? '');
  }
  const notifications = /["':]notification\b|Mastodon::Notification/.test(text);
  // receiver.method, with or without parentheses (Ruby calls need none)
  for (const m of text.matchAll(/\.([a-z_]\w*[?!]?)/g)) {
    const name = m[1] ?? '';
    const receiver = receiverBefore(text, m.index).split('.').pop() ?? '';
    const isRest = rest.has(receiver);
    const isStreaming = streaming.has(receiver);
    if ((!isRest && !isStreaming) || found.inComment(m.index)) continue;
    const offset = m.index + 1;
    const result = lookup(TABLES.mastodonApiGem, isStreaming ? `streaming.${name}` : name);
    if (result.kind === 'unknown' && RUBY_OBJECT_METHODS.has(name)) continue;
    const what = `${receiver}.${name}`;
    found.method(offset, what, result, 'the mastodon-api gem');
    if (isStreaming && name === 'user' && notifications && result.kind === 'known') {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}
