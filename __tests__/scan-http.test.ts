/**
 * The raw-HTTP recogniser, one row per recognised form: the path as written in each language, the method from the
 * code around it, the route of the endpoint table it matches. Plus what must NOT count and what stays unresolved.
 */
import { describe, expect, it } from 'vitest';
import { findHttpCalls, httpPrefilter } from '../src/scan/http.ts';

interface Row {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  /** `line METHOD route` of every call found, in order */
  readonly calls: readonly string[];
  readonly unresolved?: readonly number[];
}

const ROWS: readonly Row[] = [
  {
    name: 'JS template literal with fetch and method: POST',
    path: 'bot.js',
    text: "await fetch(`${base}/api/v1/statuses`, { method: 'POST', body });",
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'fetch without options is GET',
    path: 'bot.mjs',
    text: 'const me = await fetch(`${base}/api/v1/accounts/verify_credentials`, { headers });',
    calls: ['1 GET /api/v1/accounts/verify_credentials'],
  },
  {
    name: 'fetch options on the following lines',
    path: 'bot.ts',
    text: "const r = await fetch(\n  `${instance}/api/v1/statuses/${id}/favourite`,\n  {\n    method: 'POST',\n    headers,\n  },\n);",
    calls: ['2 POST /api/v1/statuses/:status_id/favourite'],
  },
  {
    name: 'axios.delete',
    path: 'a.js',
    text: 'await axios.delete(`${base}/api/v1/statuses/${id}`);',
    calls: ['1 DELETE /api/v1/statuses/:id'],
  },
  {
    name: 'got.post with a query',
    path: 'a.js',
    text: "await got.post('https://m.social/api/v1/statuses?x=1', { json });",
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'Python f-string with requests.post',
    path: 'bot.py',
    text: 'resp = requests.post(f"{url}/api/v1/statuses/{status_id}/reblog", headers=headers)',
    calls: ['1 POST /api/v1/statuses/:status_id/reblog'],
  },
  {
    name: 'Python concatenation with a path parameter in the middle',
    path: 'bot.py',
    text: 'requests.post(INSTANCE + "/api/v1/accounts/" + str(account_id) + "/follow", headers=h)',
    calls: ['1 POST /api/v1/accounts/:id/follow'],
  },
  {
    name: 'Python: the URL in a variable, the request two lines below',
    path: 'bot.py',
    text: 'url = f"{INSTANCE}/api/v2/media"\nfiles = {"file": f}\nr = requests.post(url, files=files, headers=h)',
    calls: ['1 POST /api/v2/media'],
  },
  {
    name: 'Python %-format and .format()',
    path: 'bot.py',
    text: 'requests.post("%s/api/v1/statuses" % base, data=d)\nrequests.post("{}/api/v1/statuses/{}/bookmark".format(base, i))',
    calls: ['1 POST /api/v1/statuses', '2 POST /api/v1/statuses/:status_id/bookmark'],
  },
  {
    name: 'a base URL ending in /api/v1, used with f-strings and +',
    path: 'bot.py',
    text: 'API = "https://botsin.space/api/v1"\nrequests.post(f"{API}/statuses", data=d)\nrequests.get(API + "/notifications", headers=h)',
    calls: ['2 POST /api/v1/statuses', '3 GET /api/v1/notifications'],
  },
  {
    name: 'urllib Request with data is POST',
    path: 'bot.py',
    text: 'req = urllib.request.Request(base + "/api/v1/statuses", data=body, headers=h)',
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'curl -X POST in shell',
    path: 'post.sh',
    text: 'curl -X POST -H "Authorization: Bearer $TOKEN" "$INSTANCE/api/v1/statuses" -d status=hello',
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'curl -F over continued lines',
    path: 'upload.sh',
    text: 'curl -sS \\\n  -H "Authorization: Bearer ${TOKEN}" \\\n  -F "file=@img.png" \\\n  "https://${HOST}/api/v2/media"',
    calls: ['4 POST /api/v2/media'],
  },
  {
    name: 'curl without flags is GET',
    path: 'read.sh',
    text: 'curl -H "Authorization: Bearer $T" https://example.social/api/v1/timelines/home',
    calls: ['1 GET /api/v1/timelines/home'],
  },
  {
    name: 'curl --data in a workflow run block',
    path: '.github/workflows/release.yml',
    text: 'jobs:\n  toot:\n    steps:\n      - run: |\n          curl --fail \\\n            --data-urlencode "status=Released" \\\n            "${{ secrets.MASTODON_URL }}/api/v1/statuses"\n',
    calls: ['7 POST /api/v1/statuses'],
  },
  {
    name: 'curl in a Dockerfile',
    path: 'Dockerfile',
    text: 'RUN curl -fsS https://m.social/api/v1/instance',
    calls: ['1 GET /api/v1/instance'],
  },
  {
    name: 'Go http.NewRequest("POST") with fmt.Sprintf',
    path: 'main.go',
    text: 'req, err := http.NewRequest("POST", fmt.Sprintf("%s/api/v1/statuses/%s/reblog", base, id), nil)',
    calls: ['1 POST /api/v1/statuses/:status_id/reblog'],
  },
  {
    name: 'Go: http.MethodPost on a later line',
    path: 'main.go',
    text: 'u := fmt.Sprintf("%s/api/v1/statuses", base)\nreq, _ := http.NewRequest(http.MethodPost, u, body)',
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'Ruby Net::HTTP::Post with interpolation',
    path: 'bot.rb',
    text: 'uri = URI("#{base}/api/v1/statuses")\nreq = Net::HTTP::Post.new(uri)',
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'Faraday conn.post',
    path: 'bot.rb',
    text: "conn.post('/api/v1/statuses', status: text)",
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'Faraday without parentheses',
    path: 'bot.rb',
    text: 'conn.delete "/api/v1/statuses/#{id}"',
    calls: ['1 DELETE /api/v1/statuses/:id'],
  },
  {
    name: 'an id written out matches the parameter',
    path: 'a.sh',
    text: 'curl -X POST https://m.social/api/v1/accounts/109348/unfollow',
    calls: ['1 POST /api/v1/accounts/:id/unfollow'],
  },
  {
    name: 'verify_credentials is not taken for /accounts/:id',
    path: 'a.py',
    text: 'requests.get(base + "/api/v1/accounts/verify_credentials")',
    calls: ['1 GET /api/v1/accounts/verify_credentials'],
  },
  {
    name: 'streaming: stream= in a WebSocket URL, notification events handled',
    path: 'stream.js',
    text: "const ws = new WebSocket(`wss://${host}/api/v1/streaming?stream=user&access_token=${t}`);\nws.on('message', (m) => { if (JSON.parse(m).event === 'notification') reply(m); });",
    calls: ['1 GET stream:user', '1 GET stream:user:notification'],
  },
  {
    name: 'streaming: a channel path',
    path: 'stream.py',
    text: 'requests.get(f"{base}/api/v1/streaming/public/local", stream=True)',
    calls: ['1 GET stream:public:local'],
  },
  {
    name: 'streaming: the channel in a parameters object nearby',
    path: 'stream.js',
    text: "const url = new URL(`${base}/api/v1/streaming`);\nconst params = { stream: 'hashtag', tag: 'bots' };",
    calls: ['1 GET stream:hashtag'],
  },
  {
    name: 'the OAuth userinfo endpoint',
    path: 'a.js',
    text: 'fetch(`${base}/oauth/userinfo`)',
    calls: ['1 GET /oauth/userinfo'],
  },
  {
    name: 'an old client .json suffix',
    path: 'a.rb',
    text: 'conn.post "/api/v1/statuses.json", body',
    calls: ['1 POST /api/v1/statuses'],
  },
  {
    name: 'a query string built by concatenation is not a path segment (Go http.PostForm)',
    path: 'main.go',
    text: 'res, err := http.PostForm(cfg.Domain+"/api/v1/statuses?access_token="+cfg.Token, val)',
    calls: ['1 POST /api/v1/statuses'],
  },
  // ---------------------------------------------------------------- what does not count
  { name: 'a commented-out call', path: 'a.py', text: '# requests.post(f"{url}/api/v1/statuses")', calls: [] },
  { name: 'a // comment', path: 'a.js', text: "// fetch(`${b}/api/v1/statuses`, { method: 'POST' })", calls: [] },
  // ---------------------------------------------------------------- unresolved, never dropped
  {
    name: 'the endpoint is a variable',
    path: 'a.py',
    text: 'def api(path):\n    return requests.post(BASE + "/api/v1/" + path)',
    calls: [],
    unresolved: [2],
  },
  {
    name: 'no method near a path whose GET and POST need different scopes',
    path: 'a.py',
    text: 'STATUSES = "/api/v1/statuses"',
    calls: [],
    unresolved: [1],
  },
  {
    name: 'a path Mastodon does not serve',
    path: 'a.js',
    text: "fetch(`${b}/api/v1/no_such_thing`, { method: 'POST' })",
    calls: [],
    unresolved: [1],
  },
  {
    name: 'a streaming channel chosen at run time',
    path: 'a.js',
    text: 'new WebSocket(`${b}/api/v1/streaming?stream=${channel}`)',
    calls: [],
    unresolved: [1],
  },
];

describe('httpPrefilter', () => {
  it('holds for every path the recogniser reads: each contains one of its literals', () => {
    for (const path of ['/api/v1/statuses', 'api/v2/media', '/api/v1_alpha/async_refreshes/1', '/oauth/userinfo']) {
      expect(
        httpPrefilter.some((literal) => path.includes(literal)),
        path,
      ).toBe(true);
    }
  });
});

describe('raw HTTP recognition', () => {
  it.each(ROWS)('$name', (row) => {
    const found = findHttpCalls({ path: row.path, text: row.text });
    expect(found.calls.map((c) => `${c.line} ${c.method ?? '?'} ${c.route}`)).toEqual(row.calls);
    expect(found.calls.every((c) => c.file === row.path)).toBe(true);
    expect(found.unresolved.map((u) => u.line)).toEqual(row.unresolved ?? []);
    for (const u of found.unresolved) expect(u.reason).not.toBe('');
  });

  it('reads the method as written even for routes with one method', () => {
    const found = findHttpCalls({
      path: 'a.js',
      text: "fetch(`${b}/api/v1/statuses/${id}/reblog`, { method: 'POST' })",
    });
    expect(found.calls[0]?.what).toBe('POST /api/v1/statuses/:status_id/reblog');
    expect(found.calls[0]?.via).toBe('http');
  });

  it('names the routes a method-less path could be', () => {
    const found = findHttpCalls({ path: 'a.py', text: 'STATUSES = "/api/v1/statuses"' });
    expect(found.unresolved[0]?.reason).toContain('read:statuses');
    expect(found.unresolved[0]?.reason).toContain('write:statuses');
  });
});
