/**
 * Where the CLI takes the token from: an environment variable or standard input, never the arguments (they show in
 * `ps` and in the shell's history).
 */

/** The variables the token is read from, in order: the name Mastodon's own guides use first. */
export const TOKEN_VARIABLES = ['MASTODON_ACCESS_TOKEN', 'MASTODON_TOKEN'] as const;

/** Said wherever a token was looked for among the arguments. */
export const TOKEN_SOURCES =
  'The token is never taken as an argument (it would show in `ps` and in the shell history): set MASTODON_ACCESS_TOKEN, or use --token-env NAME or --token-stdin.';

export type TokenSource =
  | { readonly kind: 'stdin' }
  | { readonly kind: 'env'; readonly names: readonly string[]; readonly value: string; readonly set: boolean };

/** `--token-stdin`, else `--token-env NAME`, else the first of the usual variables that holds something. */
export function tokenSource(tokenEnv: string | undefined, stdin: boolean, env: NodeJS.ProcessEnv): TokenSource {
  if (stdin) return { kind: 'stdin' };
  const names = tokenEnv !== undefined ? [tokenEnv] : [...TOKEN_VARIABLES];
  const found = names.find((name) => (env[name] ?? '').trim() !== '');
  return {
    kind: 'env',
    names,
    value: found ? (env[found] ?? '') : '',
    set: names.some((name) => env[name] !== undefined),
  };
}

/** The token as given, untrimmed (settings trim it; the redactor wants every form). */
export function readToken(source: TokenSource, readStdin: () => string): string {
  return source.kind === 'stdin' ? readStdin() : source.value;
}

/** What to say when the source gave nothing: where it was looked for, and how to give it. */
export function noTokenMessage(source: TokenSource): string {
  if (source.kind === 'stdin')
    return 'No token: standard input was empty. Pipe the token in, e.g. `pass show mastodon/bot | mastodon-token-health … --token-stdin`.';
  const names = source.names.join(' and ');
  const state = source.set
    ? source.names.length > 1
      ? 'are empty'
      : 'is empty'
    : source.names.length > 1
      ? 'are not set'
      : 'is not set';
  return `No token: ${names} ${state}. Set ${source.names[0]} to the access token (export ${source.names[0]}=…), or pass --token-env NAME or --token-stdin.`;
}
