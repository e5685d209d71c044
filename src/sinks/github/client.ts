/** The GitHub client: the one module that loads @actions/github, in a chunk of its own (see sinks/github.ts). */
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * `getOctokit` honours GITHUB_API_URL (GitHub Enterprise Server; the tests' loopback server) and the runner's proxy.
 * Octokit sets no timeout of its own, so one signal bounds every request: a hung API cannot hold the step.
 */
export function createGitHubClient(token: string, timeoutMs: number): GitHubClient {
  const octokit = getOctokit(token);
  const signal = AbortSignal.timeout(timeoutMs);
  octokit.hook.before('request', (options) => {
    // Set per request: a `request` option passed to getOctokit would replace its proxy-aware fetch.
    options.request = { ...options.request, signal };
  });
  return octokit;
}
