/** The pages on the instance that every fix points to. */
import type { Links } from '../report/model.ts';
import { mastodonLinks } from '../servers/pages.ts';

export function linksFor(origin: string): Links;
export function linksFor(origin: string | undefined): Links | undefined;
export function linksFor(origin: string | undefined): Links | undefined {
  if (origin === undefined) return undefined;
  return mastodonLinks(origin);
}
