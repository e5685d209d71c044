/** The GitHub client: the one module that loads @actions/github, in a chunk of its own (see sinks/github.ts). */
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The most one GitHub answer may take in memory: pages are small; a larger answer is not the API's. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/**
 * `getOctokit` honours GITHUB_API_URL (GitHub Enterprise Server; the tests' loopback server) and the runner's proxy.
 * Every request is bound three ways: one signal for all of them (`timeoutMs`: a hung API cannot hold the step), a
 * cap on each answer's size, and the API's own origin: a URL elsewhere (a `Link: rel=next` or a redirect to another
 * host) is refused before the token, which Octokit adds to every request, could be sent there.
 */
export function createGitHubClient(token: string, timeoutMs: number): GitHubClient {
  const octokit = getOctokit(token);
  const signal = AbortSignal.timeout(timeoutMs);
  octokit.hook.before('request', (options) => {
    const api = new URL(String(options.baseUrl));
    const target = new URL(String(options.url), `${api.origin}/`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(String(options.url)) && target.origin !== api.origin) {
      throw new Error(
        `refused to send a request to ${target.origin}, which is not GitHub's API (${api.origin}): the GitHub token was not sent there`,
      );
    }
    // Set per request: a `request` option passed to getOctokit would replace its proxy-aware fetch.
    const inner = (options.request?.fetch as typeof fetch | undefined) ?? fetch;
    options.request = { ...options.request, signal, fetch: cappedFetch(inner, api.origin) };
  });
  return octokit;
}

/**
 * Octokit's fetch, with the answer's body read up to MAX_ANSWER_BYTES, and without following a redirect to another
 * origin (the token would go along).
 */
function cappedFetch(inner: typeof fetch, origin: string): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, response.url || String(input));
      await response.body?.cancel();
      if (next.origin !== origin) {
        throw new Error(
          `GitHub's API redirected to ${next.origin}, another origin: not followed, so the GitHub token was not sent there`,
        );
      }
      return cappedFetch(inner, origin)(next.toString(), init);
    }
    if (!response.body) return response;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) {
        await reader.cancel();
        throw new Error(`GitHub's API answered with more than ${MAX_ANSWER_BYTES} bytes: not its API's answer`);
      }
      chunks.push(value);
    }
    // Statuses without a body (204, 304) cannot be given one, not even an empty one.
    const empty = response.status === 204 || response.status === 205 || response.status === 304;
    return new Response(empty ? null : Buffer.concat(chunks), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
