import { describe, expect, it } from 'vitest';
import { findLibraryCalls, libraryPrefilter } from '../src/scan/libraries.ts';
import type { FoundCalls } from '../src/scan/types.ts';

/** `line what -> route` for each call, and `line what ?` for each unresolved one: easy to read in a table. */
function summary(found: FoundCalls): string[] {
  return [
    ...found.calls.map((c) => `${c.line} ${c.what} -> ${c.method ? c.method + ' ' : ''}${c.route}`),
    ...found.unresolved.map((u) => `${u.line} ${u.what} ?`),
  ];
}

function scan(path: string, text: string): string[] {
  return summary(findLibraryCalls({ path, text }));
}

const MASTODON_PY =
  'from mastodon import Mastodon\napi = Mastodon(access_token="t", api_base_url="https://example.social")\n';

describe('Mastodon.py', () => {
  it.each([
    ['api.status_post("hi")', ['3 api.status_post -> POST /api/v1/statuses']],
    ['api.toot("hi")', ['3 api.toot -> POST /api/v1/statuses']],
    [
      // a helper that first reads the account: two requests, two calls
      'api.status_reply(status, "hi")',
      ['3 api.status_reply -> GET /api/v1/accounts/verify_credentials', '3 api.status_reply -> POST /api/v1/statuses'],
    ],
    [
      'api.account_verify_credentials()',
      ['3 api.account_verify_credentials -> GET /api/v1/accounts/verify_credentials'],
    ],
    ['api.status_favourite(s)', ['3 api.status_favourite -> POST /api/v1/statuses/:status_id/favourite']],
    ['api.account_follow(a)', ['3 api.account_follow -> POST /api/v1/accounts/:id/follow']],
    ['api.timeline_home(limit=5)', ['3 api.timeline_home -> GET /api/v1/timelines/home']],
    ['api.timeline_local()', ['3 api.timeline_local -> GET /api/v1/timelines/public']],
    ['api.timeline_hashtag("bots")', ['3 api.timeline_hashtag -> GET /api/v1/timelines/tag/:id']],
    [
      'api.notifications(types=["mention"])',
      ['3 api.notifications -> GET /api/v1/notifications', '3 api.notifications -> GET /api/v1/notifications/:id'],
    ],
    ['api.stream_user(listener)', ['3 api.stream_user -> stream:user']],
    ['api.stream_hashtag("bots", listener)', ['3 api.stream_hashtag -> stream:hashtag']],
    ['api.stream_local(listener)', ['3 api.stream_local -> stream:public:local']],
    // 1.x only: the method is gone in 2.x (notifications_dismiss is in both; status_card's endpoint is gone)
    ['api.status_card(s)', ['3 api.status_card -> GET /api/v1/statuses/:id']],
    ['api.reports()', ['3 api.reports ?']],
    ['api.my_own_wrapper("x")', ['3 api.my_own_wrapper ?']],
    // local helpers that send nothing
    ['api.make_poll(["a", "b"], 60)', []],
    ['Mastodon.create_app("bot", api_base_url="https://example.social")', []],
  ])('%s', (line, expected) => {
    expect(scan('bot.py', MASTODON_PY + line + '\n')).toEqual(expected);
  });

  it('spells the 2.x and 1.x tables apart', () => {
    const found = findLibraryCalls({ path: 'bot.py', text: MASTODON_PY + 'api.status_post("x")\n' });
    expect(found.calls[0]?.library).toBe('Mastodon.py 2.x');
    expect(found.calls[0]?.via).toBe('library');
  });

  it('follows any receiver name the file constructs, over several lines', () => {
    const text =
      'import mastodon\n\nclass Bot:\n    def __init__(self):\n        self.client = mastodon.Mastodon(\n' +
      '            access_token="t")\n\n    def run(self):\n        self.client \\\n            .media_post("a.png")\n';
    expect(scan('bot.py', text)).toEqual([
      '10 self.client.media_post -> POST /api/v2/media',
      '10 self.client.media_post -> POST /api/v1/media',
      '10 self.client.media_post -> GET /api/v1/media/:id',
    ]);
  });

  it('accepts a client passed in (annotated, or named like one) but not unrelated objects', () => {
    const text =
      'from mastodon import Mastodon\n\ndef post(api: Mastodon, text):\n    api.status_post(text)\n\n' +
      'def other(masto_client):\n    masto_client.status_delete(1)\n\ndef unrelated(db):\n    db.status(1)\n    db.update()\n';
    expect(scan('bot.py', text)).toEqual([
      '4 api.status_post -> POST /api/v1/statuses',
      '7 masto_client.status_delete -> DELETE /api/v1/statuses/:id',
    ]);
  });

  it('adds the notification channel when the listener handles notifications', () => {
    const text =
      MASTODON_PY + 'class L(StreamListener):\n    def on_notification(self, n):\n        pass\napi.stream_user(L())\n';
    expect(scan('bot.py', text)).toEqual([
      '6 api.stream_user -> stream:user',
      '6 api.stream_user -> stream:user:notification',
    ]);
  });

  it('skips comments and files without the library', () => {
    expect(scan('bot.py', MASTODON_PY + '# api.status_post("x")\n')).toEqual([]);
    expect(scan('bot.py', 'import requests\nrequests.get("x")\nthing.status_post("x")\n')).toEqual([]);
  });
});

const MASTO =
  'import { createRestAPIClient, createStreamingAPIClient } from "masto";\nconst masto = createRestAPIClient({ url, accessToken });\n';

describe('masto.js (v6 and later)', () => {
  it.each([
    ['await masto.v1.statuses.create({ status: "hi" });', ['3 masto.v1.statuses.create -> POST /api/v1/statuses']],
    [
      'await masto.v1.statuses.$select(status.id).favourite();',
      ['3 masto.v1.statuses.$select().favourite -> POST /api/v1/statuses/:status_id/favourite'],
    ],
    [
      'await masto.v1.accounts.$select(id).follow({ reblogs: false });',
      ['3 masto.v1.accounts.$select().follow -> POST /api/v1/accounts/:id/follow'],
    ],
    [
      'const me = await masto.v1.accounts.verifyCredentials();',
      ['3 masto.v1.accounts.verifyCredentials -> GET /api/v1/accounts/verify_credentials'],
    ],
    [
      'await masto.v1.accounts.updateCredentials({ note: "x" });',
      ['3 masto.v1.accounts.updateCredentials -> PATCH /api/v1/accounts/update_credentials'],
    ],
    [
      // waits for the upload to be processed: a second request
      'const media = await masto.v2.media.create({ file });',
      ['3 masto.v2.media.create -> POST /api/v2/media', '3 masto.v2.media.create -> GET /api/v1/media/:id'],
    ],
    [
      'for await (const page of masto.v1.timelines.home.list()) {}',
      ['3 masto.v1.timelines.home.list -> GET /api/v1/timelines/home'],
    ],
    [
      'const n = await masto.v1.notifications.list({ limit: 30 });',
      ['3 masto.v1.notifications.list -> GET /api/v1/notifications'],
    ],
    [
      'await masto.v1.statuses.create.$raw({ status: "x" });',
      ['3 masto.v1.statuses.create.$raw -> POST /api/v1/statuses'],
    ],
    ['await masto.v1.statuses.frobnicate();', ['3 masto.v1.statuses.frobnicate ?']],
    // a chain that is not called, and one in a comment
    ['const statuses = masto.v1.statuses;', []],
    ['// await masto.v1.statuses.create({ status: "hi" });', []],
  ])('%s', (line, expected) => {
    expect(scan('bot.ts', MASTO + line + '\n')).toEqual(expected);
  });

  it('reads chains across lines and with optional chaining, on any receiver name', () => {
    const text = MASTO + 'this.client\n  .v1.statuses\n  .$select(id)\n  ?.reblog();\n';
    expect(scan('bot.mjs', text)).toEqual([
      '6 this.client.v1.statuses.$select().reblog -> POST /api/v1/statuses/:status_id/reblog',
    ]);
  });

  it('recognises the streaming client and the notification events it reads', () => {
    const text =
      MASTO +
      'const streaming = createStreamingAPIClient({ streamingApiUrl, accessToken });\n' +
      'for await (const e of streaming.hashtag.local.subscribe({ tag: "x" })) {}\n' +
      'for await (const e of streaming.user.subscribe()) { if (e.event === "notification") {} }\n';
    expect(scan('bot.ts', text)).toEqual([
      '4 streaming.hashtag.local.subscribe -> stream:hashtag:local',
      '5 streaming.user.subscribe -> stream:user',
      '5 streaming.user.subscribe -> stream:user:notification',
    ]);
  });

  it('needs the import or a receiver named like a client', () => {
    expect(scan('bot.ts', 'await client.v1.statuses.create({ status: "hi" }); // masto\n')).toEqual([]);
    expect(scan('bot.ts', 'await masto.v1.statuses.create({ status: "hi" });\n')).toEqual([
      '1 masto.v1.statuses.create -> POST /api/v1/statuses',
    ]);
  });
});

const MASTODON_API = "const Mastodon = require('mastodon-api');\nconst M = new Mastodon({ access_token: t });\n";

describe('mastodon-api (npm)', () => {
  it.each([
    ["M.post('statuses', { status: 'hi' });", ["3 M.post('statuses') -> POST /api/v1/statuses"]],
    ['M.post(`statuses/${id}/reblog`);', ["3 M.post('statuses/{}/reblog') -> POST /api/v1/statuses/:status_id/reblog"]],
    [
      "M.get('accounts/:id/followers', { id });",
      ["3 M.get('accounts/:id/followers') -> GET /api/v1/accounts/:account_id/followers"],
    ],
    ["M.delete('statuses/:id', { id });", ["3 M.delete('statuses/:id') -> DELETE /api/v1/statuses/:id"]],
    ["M.post('media', { file: fs.createReadStream(p) });", ["3 M.post('media') -> POST /api/v1/media"]],
    ["M.get('timelines/home', {}).then(r => r);", ["3 M.get('timelines/home') -> GET /api/v1/timelines/home"]],
    ["M.post('no/such/endpoint');", ["3 M.post('no/such/endpoint') ?"]],
    ['M.post(endpoint, params);', ['3 M.post ?']],
    ["const s = M.stream('streaming/user');", ["3 M.stream('streaming/user') -> stream:user"]],
    ["const s = M.stream('streaming/public/local');", ["3 M.stream('streaming/public/local') -> stream:public:local"]],
    // an unrelated get on another object
    ["axios.get('statuses');", []],
  ])('%s', (line, expected) => {
    expect(scan('bot.js', MASTODON_API + line + '\n')).toEqual(expected);
  });

  it('follows the import name the file chose', () => {
    const text =
      "import Masto from 'mastodon-api';\nconst bot = new Masto({ access_token });\nbot.post('statuses', {});\n";
    expect(scan('bot.mjs', text)).toEqual(["3 bot.post('statuses') -> POST /api/v1/statuses"]);
  });
});

describe('libraryPrefilter', () => {
  it('is a short list of literals every recognised file contains', () => {
    expect(libraryPrefilter.length).toBeLessThanOrEqual(6);
    for (const text of [MASTODON_PY, MASTO, MASTODON_API]) {
      expect(libraryPrefilter.some((literal) => text.includes(literal))).toBe(true);
    }
  });

  it('finds nothing in a file without any of them, or in a language it does not read', () => {
    expect(findLibraryCalls({ path: 'bot.py', text: 'api.status_post("x")\n' })).toEqual({ calls: [], unresolved: [] });
    expect(findLibraryCalls({ path: 'notes.txt', text: MASTODON_PY + 'api.status_post("x")\n' })).toEqual({
      calls: [],
      unresolved: [],
    });
  });
});
