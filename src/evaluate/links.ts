/** The pages on the instance that every fix points to. */
import type { Report } from '../report/model.ts';

export function linksFor(origin: string): Report['links'] {
  return {
    authorizedApps: `${origin}/oauth/authorized_applications`,
    development: `${origin}/settings/applications`,
    newApplication: `${origin}/settings/applications/new`,
  };
}
