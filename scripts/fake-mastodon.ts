/**
 * Serves a Mastodon-compatible instance on loopback with the demo world of tokens, for trying the action locally
 * and for CI's `uses: ./` job:  node scripts/fake-mastodon.ts --port 3000
 */
import { parseArgs } from 'node:util';
import * as world from '../__tests__/support/mastodon-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3000' }, version: { type: 'string', default: '4.6.5' } },
});
const server = await world.startMastodonServer({
  ...world.demoWorld(),
  port: Number(values.port),
  version: values.version,
});
console.log(`Mastodon-compatible server (${values.version}) on ${server.url}`);
for (const [name, value] of Object.entries(world)) {
  if (name.startsWith('TOKEN_') && typeof value === 'string') console.log(`  ${name.padEnd(28)} ${value}`);
}
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
