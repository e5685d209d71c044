/** How the program names itself to a Mastodon server: the check's HTTP client and the token commands' send the same. */
export const USER_AGENT = 'mastodon-token-health (+https://github.com/marketplace/actions/mastodon-token-health)';
