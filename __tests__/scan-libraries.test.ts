import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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
    // local helpers that send nothing, requests that need no token, and pagination (its need is the first call's)
    ['api.make_poll(["a", "b"], 60)', []],
    ['api.instance_health()', []],
    ['api.fetch_next(page)', []],
    [
      'api.oauth_userinfo()',
      [
        '3 api.oauth_userinfo -> GET /.well-known/oauth-authorization-server',
        '3 api.oauth_userinfo -> GET /oauth/userinfo',
      ],
    ],
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

  it('reads notification events from a listener in a file of its own, and from a callback listener', () => {
    const listener =
      'from mastodon.streaming import StreamListener\n\nclass NotifyListener(StreamListener):\n' +
      '    def on_notification(self, notification):\n        pass\n';
    expect(scan('listener.py', listener)).toEqual(['4 StreamListener.on_notification -> stream:user:notification']);
    const callback = MASTODON_PY + 'api.stream_user(CallbackStreamListener(notification_handler=handle))\n';
    expect(scan('bot.py', callback)).toEqual([
      '3 api.stream_user -> stream:user',
      '3 api.stream_user -> stream:user:notification',
    ]);
  });

  it('follows an import alias, and leaves alone a client of another library in a cross-poster', () => {
    const text =
      'import tweepy\nfrom mastodon import Mastodon as MastAPI\n\n' +
      'api = tweepy.API(auth)\napi.me()\napi.update_status("x")\n' +
      'elephant = MastAPI(api_base_url=url, access_token=t)\nelephant.toot(message)\n';
    expect(scan('crosspost.py', text)).toEqual(['8 elephant.toot -> POST /api/v1/statuses']);
  });

  it('counts a stream method handed to a thread uncalled', () => {
    const text = MASTODON_PY + 'import threading\nt = threading.Thread(target=api.stream_user, args=(listener,))\n';
    expect(scan('bot.py', text)).toEqual(['4 api.stream_user -> stream:user']);
  });

  it('adds the notification channel when the listener handles notifications', () => {
    const text =
      MASTODON_PY + 'class L(StreamListener):\n    def on_notification(self, n):\n        pass\napi.stream_user(L())\n';
    expect(scan('bot.py', text)).toEqual([
      '4 StreamListener.on_notification -> stream:user:notification',
      '6 api.stream_user -> stream:user',
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

  it('without the import, needs a client-like name or a known chain of three steps', () => {
    const other =
      '// MASTODON_TOKEN\nawait client.v1.statuses.create({ status: "hi" });\nawait client.v2.search("q");\n' +
      'await client.v1.tweet("x");\n';
    expect(scan('bot.ts', other)).toEqual(['2 client.v1.statuses.create -> POST /api/v1/statuses']);
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

  it('reads the older `mastodon` package the same way (it has patch, not stream)', () => {
    const text =
      "const M = require('mastodon');\nconst mastodon = new M({ access_token });\n" +
      "mastodon.post('statuses', {});\nmastodon.post(`notifications/${id}/dismiss`);\nmastodon.stream('streaming/user');\n";
    expect(scan('bot.js', text)).toEqual([
      "3 mastodon.post('statuses') -> POST /api/v1/statuses",
      "4 mastodon.post('notifications/{}/dismiss') -> POST /api/v1/notifications/:id/dismiss",
    ]);
  });

  it('reads a client made in another module when it is named like one and the path is a Mastodon route', () => {
    const text =
      "const { mastodon, masto2 } = require('./init');\n" +
      "await mastodon.post('statuses', params);\n" +
      'return mastodon.get(`accounts/${id}/following`);\n' +
      "await mastodon.get('not/a/route');\n" +
      "await mastodonHttp.post('/api/v1/statuses', body);\n" +
      "await db.post('statuses');\n";
    expect(scan('app/bot.js', text)).toEqual([
      "2 mastodon.post('statuses') -> POST /api/v1/statuses",
      "3 mastodon.get('accounts/{}/following') -> GET /api/v1/accounts/:account_id/following",
    ]);
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

  it("stands for every client library's name: each name holds one of the literals (a tail of it, where faster)", () => {
    for (const name of ['megalodon', 'elefren', 'masto', 'mastodon', 'Mastodon', 'MASTODON_TOKEN', 'go-mastodon']) {
      expect(
        libraryPrefilter.some((literal) => name.includes(literal)),
        name,
      ).toBe(true);
    }
    const megalodon = "import generator from 'megalodon'\nconst client = generator('mastodon', url, token)\n";
    expect(libraryPrefilter.some((literal) => megalodon.includes(literal))).toBe(true);
  });

  it('finds nothing in a file without any of them, or in a language it does not read', () => {
    expect(findLibraryCalls({ path: 'bot.py', text: 'api.status_post("x")\n' })).toEqual({ calls: [], unresolved: [] });
    expect(findLibraryCalls({ path: 'notes.txt', text: MASTODON_PY + 'api.status_post("x")\n' })).toEqual({
      calls: [],
      unresolved: [],
    });
  });
});

describe('masto.js 5.x (login)', () => {
  const LOGIN = "import { login } from 'masto';\nconst masto = await login({ url, accessToken });\n";
  it.each([
    ['await masto.v1.statuses.create({ status: "hi" });', ['3 masto.v1.statuses.create -> POST /api/v1/statuses']],
    [
      'await masto.v1.statuses.favourite(id);',
      ['3 masto.v1.statuses.favourite -> POST /api/v1/statuses/:status_id/favourite'],
    ],
    [
      'const a = await masto.v2.mediaAttachments.create({ file });',
      [
        '3 masto.v2.mediaAttachments.create -> POST /api/v2/media',
        '3 masto.v2.mediaAttachments.create -> GET /api/v1/media/:id',
      ],
    ],
    ['const s = await masto.v1.stream.streamUser();', ['3 masto.v1.stream.streamUser -> stream:user']],
    [
      'const s = await masto.v1.stream.streamCommunityTimeline();',
      ['3 masto.v1.stream.streamCommunityTimeline -> stream:public:local'],
    ],
    ['await masto.v1.timelines.listHome();', ['3 masto.v1.timelines.listHome -> GET /api/v1/timelines/home']],
  ])('%s', (line, expected) => {
    expect(scan('bot.ts', LOGIN + line + '\n')).toEqual(expected);
  });

  it('labels calls with the 5.x table when the file uses login()', () => {
    const found = findLibraryCalls({ path: 'bot.ts', text: LOGIN + 'await masto.v1.statuses.create({});\n' });
    expect(found.calls[0]?.library).toBe('masto 5.x (login)');
  });
});

describe('megalodon', () => {
  const MEGALODON = "import generator from 'megalodon';\nconst client = generator('mastodon', BASE_URL, token);\n";
  it.each([
    ['await client.postStatus("hi", { visibility: "unlisted" });', ['3 client.postStatus -> POST /api/v1/statuses']],
    ['const r = await client.uploadMedia(fs.createReadStream(p));', ['3 client.uploadMedia -> POST /api/v2/media']],
    [
      'client.verifyAccountCredentials().then((r) => r.data);',
      ['3 client.verifyAccountCredentials -> GET /api/v1/accounts/verify_credentials'],
    ],
    ['await client.favouriteStatus(id);', ['3 client.favouriteStatus -> POST /api/v1/statuses/:status_id/favourite']],
    [
      'const n = await client.getNotifications({ limit: 5 });',
      ['3 client.getNotifications -> GET /api/v1/notifications'],
    ],
    ['const s = await client.localStreaming();', ['3 client.localStreaming -> stream:public:local']],
    ['await client.doSomethingNew();', ['3 client.doSomethingNew ?']],
    ['const x = await other.search("q");', []],
  ])('%s', (line, expected) => {
    expect(scan('bot.ts', MEGALODON + line + '\n')).toEqual(expected);
  });

  it('reads the user stream and its notification events', () => {
    const text = MEGALODON + "const stream = await client.userStreaming();\nstream.on('notification', (n) => {});\n";
    expect(scan('bot.js', text)).toEqual([
      '3 client.userStreaming -> stream:user',
      '3 client.userStreaming -> stream:user:notification',
    ]);
  });
});

describe('mastodon-api (Ruby gem)', () => {
  const GEM = "require 'mastodon'\nclient = Mastodon::REST::Client.new(base_url: url, bearer_token: token)\n";
  it.each([
    ["client.create_status('hi', visibility: 'unlisted')", ['3 client.create_status -> POST /api/v1/statuses']],
    ['client.create_status "hi"', ['3 client.create_status -> POST /api/v1/statuses']],
    ["media = client.upload_media(File.open('a.png'))", ['3 client.upload_media -> POST /api/v1/media']],
    ['me = client.verify_credentials', ['3 client.verify_credentials -> GET /api/v1/accounts/verify_credentials']],
    ['client.favourite(status.id)', ['3 client.favourite -> POST /api/v1/statuses/:status_id/favourite']],
    ['client.notifications.each { |n| p n }', ['3 client.notifications -> GET /api/v1/notifications']],
    ['client.frobnicate(1)', ['3 client.frobnicate ?']],
    ['client.bearer_token', []],
    ['other.create_status("x")', []],
  ])('%s', (line, expected) => {
    expect(scan('bot.rb', GEM + line + '\n')).toEqual(expected);
  });

  it('reads a client made with a leading :: and on the next line', () => {
    const text =
      'Bundler.require(:default)\nclass Bot\n  def initialize\n    @client =\n      ::Mastodon::REST::Client.new(base_url: u)\n  end\n  def post(m)\n    @client.create_status(m)\n  end\nend\n';
    expect(scan('lib/bot.rb', text)).toEqual(['8 @client.create_status -> POST /api/v1/statuses']);
  });

  it('reads the streaming client', () => {
    const text =
      "require 'mastodon'\n@stream = Mastodon::Streaming::Client.new(base_url: url, bearer_token: t)\n" +
      '@stream.user do |event|\n  case event\n  when Mastodon::Notification then reply(event)\n  end\nend\n';
    expect(scan('bot.rb', text)).toEqual([
      '3 @stream.user -> stream:user',
      '3 @stream.user -> stream:user:notification',
    ]);
  });
});

describe('go-mastodon', () => {
  const GO =
    'package main\n\nimport (\n\t"context"\n\t"github.com/mattn/go-mastodon"\n)\n\n' +
    'func main() {\n\tc := mastodon.NewClient(&mastodon.Config{Server: s, AccessToken: t})\n';
  it.each([
    [
      '\t_, err := c.PostStatus(context.Background(), &mastodon.Toot{Status: "hi"})',
      ['10 c.PostStatus -> POST /api/v1/statuses'],
    ],
    ['\tatt, err := c.UploadMedia(ctx, "a.png")', ['10 c.UploadMedia -> POST /api/v2/media']],
    [
      '\tme, err := c.GetAccountCurrentUser(ctx)',
      ['10 c.GetAccountCurrentUser -> GET /api/v1/accounts/verify_credentials'],
    ],
    ['\t_, err := c.Favourite(ctx, id)', ['10 c.Favourite -> POST /api/v1/statuses/:status_id/favourite']],
    ['\tq, err := c.StreamingUser(ctx)', ['10 c.StreamingUser -> stream:user']],
    [
      '\tq, err := c.NewWSClient().StreamingWSPublic(ctx, true)',
      ['10 c.NewWSClient().StreamingWSPublic -> stream:public'],
    ],
    ['\t_, err := c.DoSomethingNew(ctx)', ['10 c.DoSomethingNew ?']],
    ['\tresp, err := http.Get(url)', []],
  ])('%s', (line, expected) => {
    expect(scan('main.go', GO + line + '\n}\n')).toEqual(expected);
  });

  it('follows an import alias and a client held in a struct field', () => {
    const text =
      'package bot\n\nimport m "github.com/mattn/go-mastodon"\n\ntype Bot struct {\n\tclient *m.Client\n}\n\n' +
      'func (b *Bot) Post(s string) {\n\tb.client.PostStatus(ctx, &m.Toot{Status: s})\n\tb.client.Whatever()\n}\n';
    expect(scan('bot.go', text)).toEqual(['10 b.client.PostStatus -> POST /api/v1/statuses', '11 b.client.Whatever ?']);
  });
});

describe('elefren', () => {
  const RUST = 'use elefren::prelude::*;\n\nfn main() {\n    let client = Mastodon::from(data);\n';
  it.each([
    ['    client.new_status(status)?;', ['5 client.new_status -> POST /api/v1/statuses']],
    ['    let a = client.media("a.png".into())?;', ['5 client.media -> POST /api/v1/media']],
    [
      '    let me = client.verify_credentials()?;',
      ['5 client.verify_credentials -> GET /api/v1/accounts/verify_credentials'],
    ],
    ['    for event in client.streaming_user()? {}', ['5 client.streaming_user -> stream:user']],
    ['    client.favourite(&id)?;', ['5 client.favourite -> POST /api/v1/statuses/:status_id/favourite']],
    ['    client.something_new()?;', ['5 client.something_new ?']],
    ['    let v = data.clone();', []],
  ])('%s', (line, expected) => {
    expect(scan('main.rs', RUST + line + '\n}\n')).toEqual(expected);
  });
});

describe('the corpus of real bots (library calls only)', () => {
  const root = path.join(import.meta.dirname, 'fixtures', 'bots');
  function routesOf(bot: string): string[] {
    const routes = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else {
          const found = findLibraryCalls({ path: path.relative(root, full), text: readFileSync(full, 'utf8') });
          for (const call of found.calls) routes.add(`${call.method ? call.method + ' ' : ''}${call.route}`);
        }
      }
    };
    walk(path.join(root, bot));
    return [...routes].sort();
  }

  // Worked out by hand from each bot's ORIGIN.md; raw-HTTP, shell and workflow bots have no library calls.
  it.each([
    ['thursday', ['GET /api/v1/media/:id', 'POST /api/v1/media', 'POST /api/v1/statuses', 'POST /api/v2/media']],
    [
      'nitterbot',
      [
        'GET /.well-known/oauth-authorization-server',
        'GET /api/v1/accounts/verify_credentials',
        'GET /api/v1/statuses/:id',
        'POST /api/v1/statuses',
        'stream:user',
        'stream:user:notification',
      ],
    ],
    [
      'mehrainbot',
      [
        'GET /api/v1/timelines/home',
        'POST /api/v1/accounts/:id/follow',
        'POST /api/v1/statuses',
        'stream:user',
        'stream:user:notification',
      ],
    ],
    [
      'fediwards',
      [
        'GET /api/v1/accounts/:account_id/statuses',
        'GET /api/v1/accounts/lookup',
        'GET /api/v1/statuses/:status_id/context',
        'GET /api/v1/timelines/home',
        'GET /api/v1/timelines/public',
        'POST /api/v1/statuses',
      ],
    ],
    ['tipsy-robot', ['POST /api/v1/statuses']],
    ['imalr-flyby-bot', ['POST /api/v1/media', 'POST /api/v1/statuses']],
    [
      'stochastic-parrot',
      ['GET /api/v1/statuses/:id', 'GET /api/v1/timelines/public', 'POST /api/v1/statuses', 'POST /api/v2/media'],
    ],
    [
      'hccbot',
      [
        'POST /api/v1/statuses',
        'POST /api/v1/statuses/:status_id/favourite',
        'POST /api/v1/statuses/:status_id/reblog',
        'stream:user',
        'stream:user:notification',
      ],
    ],
    ['tootfriend-bot', ['POST /api/v1/statuses/:status_id/reblog', 'stream:hashtag']],
    ['meshtastic2mastodon', ['POST /api/v1/statuses']],
    ['go-autoresponder', ['POST /api/v1/statuses', 'stream:user', 'stream:user:notification']],
    ['cure-mastodon-bots', ['POST /api/v1/statuses']],
    [
      'chatgptoot',
      [
        'GET /api/v1/accounts/:account_id/following',
        'GET /api/v1/notifications',
        'GET /api/v1/statuses/:id',
        'GET /api/v1/trends/tags',
        'POST /api/v1/media',
        'POST /api/v1/notifications/:id/dismiss',
        'POST /api/v1/statuses',
      ],
    ],
    ['ytnotifier', []],
    ['action-mastodon', []],
  ])('%s', (bot, expected) => {
    expect(routesOf(bot)).toEqual(expected);
  });

  it('has at least 20 bots, each with its origin and an expected need', () => {
    const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Record<
      string,
      { needed: string[]; notes: string }
    >;
    const bots = readdirSync(root).filter((name) => statSync(path.join(root, name)).isDirectory());
    expect(bots.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(expected).sort()).toEqual(bots.sort());
    for (const bot of bots) {
      const origin = readFileSync(path.join(root, bot, 'ORIGIN.md'), 'utf8');
      expect(origin).toMatch(/Repository: https:\/\/github\.com\/[\w.-]+\/[\w.-]+/);
      expect(origin).toMatch(/Commit: [0-9a-f]{40}/);
      expect(expected[bot]?.needed.length).toBeGreaterThan(0);
    }
  });
});
