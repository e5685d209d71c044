import { domainToUnicode } from 'node:url';
import { InputError } from './errors.ts';

export interface Instance {
  /** `https://host[:port]`: the only origin the token is ever sent to. */
  readonly origin: string;
  /** Host as the user knows it (Unicode for an IDN), with the port when one is given. */
  readonly host: string;
  readonly isLoopback: boolean;
}

const INPUT = 'instance';

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
  if (/^@?[^@\s/]+@[^@\s/]+$/.test(value)) {
    // A handle's domain can differ from the server's web address (LOCAL_DOMAIN vs WEB_DOMAIN), and sending the token
    // to a guessed host could hand it to a web site that is not the instance.
    const domain = value.slice(value.lastIndexOf('@') + 1);
    throw fail(
      `is an account handle ('${value}'), not a server address. Give the address you log in at, e.g. '${domain}' if that is the server.`,
    );
  }
  if (/\s/.test(value)) throw fail(`contains white space ('${value}').`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw fail(`is not a valid address ('${value}').`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw fail(`uses the scheme '${url.protocol.slice(0, -1)}' ('${value}'); only https:// is supported.`);
  }
  if (url.username || url.password) throw fail('contains a user name or password; give the address alone.');
  if (
    !url.hostname ||
    !/^[a-z0-9.\-[\]:]+$/i.test(url.hostname) ||
    url.hostname.startsWith('.') ||
    url.hostname.endsWith('..')
  ) {
    throw fail(`has no valid host name ('${value}').`);
  }
  if (!url.hostname.includes('.') && !isLoopbackHost(url.hostname)) {
    throw fail(`has no valid host name ('${value}'): a public instance's name has a dot, like 'mastodon.social'.`);
  }
  const isLoopback = isLoopbackHost(url.hostname);
  if (url.protocol === 'http:' && !isLoopback) {
    throw fail(
      `is '${value}': http:// is refused for anything but loopback hosts (127.0.0.0/8, ::1, localhost), because the token would cross the network in clear text. Use https://${url.host}.`,
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
