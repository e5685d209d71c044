// go-mastodon calls in Go source, read as text.
import { Collector, lookup, receiverBefore, TABLES } from './library-tables.ts';

// import "github.com/mattn/go-mastodon", or with a name: import m "github.com/mattn/go-mastodon"
const IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)\s+)?"github\.com\/mattn\/go-mastodon"/m;

export function findGoCalls(found: Collector): void {
  const text = found.text;
  if (!text.includes('"github.com/mattn/go-mastodon"')) return;
  const imported = IMPORT.exec(text);
  if (!imported) return;
  const alias = imported[1] ?? 'mastodon';
  const receivers = new Set<string>();
  // c := mastodon.NewClient(&mastodon.Config{...}); ws := c.NewWSClient(); field/param client *mastodon.Client
  for (const m of text.matchAll(new RegExp(`([A-Za-z_]\\w*)\\s*:?=\\s*${alias}\\.NewClient\\(`, 'g')))
    receivers.add(m[1] ?? '');
  for (const m of text.matchAll(/([A-Za-z_]\w*)\s*:?=\s*[\w.]+\.NewWSClient\(\)/g)) receivers.add(m[1] ?? '');
  for (const m of text.matchAll(new RegExp(`([A-Za-z_]\\w*)\\s+\\*${alias}\\.(?:WS)?Client\\b`, 'g')))
    receivers.add(m[1] ?? '');
  const notifications = /NotificationEvent/.test(text);
  for (const m of text.matchAll(/\.([A-Z]\w*)\(/g)) {
    const name = m[1] ?? '';
    const receiver = receiverBefore(text, m.index);
    if (receiver === '' || receiver === alias || found.inComment(m.index)) continue;
    const last = receiver.replace(/\(\)$/, '').split('.').pop() ?? '';
    const known = receivers.has(last) || last === 'NewWSClient';
    const result = lookup(TABLES.goMastodon, name);
    if (result.kind === 'unknown') {
      if (known && name !== 'NewWSClient') found.method(m.index + 1, `${receiver}.${name}`, result, 'go-mastodon');
      continue;
    }
    // go-mastodon's method names (PostStatus, GetTimelineHome) are its own: any receiver in a file that imports it
    const what = `${receiver}.${name}`;
    const offset = m.index + 1;
    found.method(offset, what, result, 'go-mastodon');
    if (notifications && result.kind === 'known' && result.requests.some((r) => r.route === 'stream:user')) {
      found.add(found.lineAt(offset), what, 'stream:user:notification', result.table.label);
    }
  }
}
