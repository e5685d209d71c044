import { domainToASCII, domainToUnicode } from 'node:url';
import { InputError } from './errors.ts';

export interface Instance {
  /** `https://host[:port]`: the only origin the token is ever sent to. */
  readonly origin: string;
  /** Host as the user knows it (Unicode for an IDN), with the port when one is given. */
  readonly host: string;
  readonly isLoopback: boolean;
}

const INPUT = 'instance';

/** `user:password@` before the host, with or without a scheme. */
const CREDENTIALS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#\s@]*:[^/?#\s@]*@/i;
/** Any `user@` before the host, for messages: replaced by `***@`. */
const USER_INFO = /^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#\s@]+@(?=[^@]*$)/i;

/**
 * Normalises `mastodon.social`, `https://Mastodon.Social/`, `https://host:8443/some/path` to one origin.
 * `http://` is refused unless the host is loopback: a token sent in clear text to a real instance is a token lost.
 */
export function parseInstance(raw: string): Instance {
  const value = raw.trim();
  const fail = (why: string) =>
    new InputError(
      INPUT,
      `Input '${INPUT}' ${why} Expected the instance's address, e.g. 'mastodon.social' or 'https://mastodon.social'.`,
    );
  if (!value) throw fail('is empty.');
  // A password given in the address is never repeated in a message, whatever else is wrong with the address.
  if (CREDENTIALS.test(value)) throw fail('contains a user name or password; give the address alone.');
  const shown = value.replace(USER_INFO, '$1***@');
  if (/^@?[^@\s/]+@[^@\s/]+$/.test(value)) {
    // A handle's domain can differ from the server's web address (LOCAL_DOMAIN vs WEB_DOMAIN), and sending the token
    // to a guessed host could hand it to a web site that is not the instance.
    const domain = value.slice(value.lastIndexOf('@') + 1);
    throw fail(
      `is an account handle ('${value}'), not a server address. Give the address you log in at, e.g. '${domain}' if that is the server.`,
    );
  }
  if (/\s/.test(value)) throw fail(`contains white space ('${shown}').`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw fail(`is not a valid address ('${shown}').`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw fail(`uses the scheme '${url.protocol.slice(0, -1)}' ('${shown}'); only https:// is supported.`);
  }
  if (url.username || url.password) throw fail('contains a user name or password; give the address alone.');
  if (
    !url.hostname ||
    !/^[a-z0-9.\-[\]:]+$/i.test(url.hostname) ||
    url.hostname.startsWith('.') ||
    url.hostname.endsWith('..')
  ) {
    throw fail(`has no valid host name ('${shown}').`);
  }
  if (!url.hostname.includes('.') && !isLoopbackHost(url.hostname)) {
    throw fail(`has no valid host name ('${shown}'): a public instance's name has a dot, like 'mastodon.social'.`);
  }
  const isLoopback = isLoopbackHost(url.hostname);
  if (url.protocol === 'http:' && !isLoopback) {
    throw fail(
      `is '${shown}': http:// is refused for anything but loopback hosts (127.0.0.0/8, ::1, localhost), because the token would cross the network in clear text. Use https://${url.host}.`,
    );
  }
  const host = url.port ? `${toUnicode(url.hostname)}:${url.port}` : toUnicode(url.hostname);
  return { origin: url.origin, host, isLoopback };
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  // Only the names DESIGN.md lists. Not `*.localhost`: RFC 6761 reserves it, but the system resolver may still send
  // it to DNS (glibc without nss-myhostname does), and an answer there would take the token off the machine in clear.
  if (host === 'localhost') return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function toUnicode(hostname: string): string {
  return hostname.includes('xn--') ? domainToUnicode(hostname) || hostname : hostname;
}

/**
 * The host as a report shows it: the Unicode form, and beside it the punycode one when a label mixes scripts (a
 * Cyrillic `а` in `mаstodon.social` looks like the real one but is another server).
 */
export function shownHost(host: string): string {
  const port = /:\d+$/.exec(host)?.[0] ?? '';
  const name = port ? host.slice(0, -port.length) : host;
  if (!name.split('.').some(mixesScripts)) return host;
  const ascii = domainToASCII(name);
  return ascii && ascii !== name ? `${host} (${ascii}${port})` : host;
}

/** The scripts whose letters look alike across them; Japanese writing mixes Han, Hiragana and Katakana by design. */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

function mixesScripts(label: string): boolean {
  const scripts = new Set<string>();
  for (const char of label) {
    if (!/\p{L}/u.test(char)) continue;
    scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other');
  }
  return scripts.size > 1;
}
