/**
 * The action's entry. A check is mostly round trips, and the first cannot start before Node has loaded the action:
 * so this file opens the connection to the instance first (mastodon/transport.ts `preconnect`), and the rest of the
 * action (main.ts, a chunk of its own) loads and reads its settings while the TCP and TLS handshakes are in flight.
 * Nothing but the handshake goes over that connection until the check, its settings read in full, sends a request.
 */
import { parseInstance } from './inputs/instance.ts';
import { Inputs } from './inputs/names.ts';
import * as runner from './inputs/runner.ts';
import { discardPreconnection, preconnect } from './mastodon/transport.ts';
import { createRedactor, secretForms } from './util/redact.ts';

/**
 * How long the rest of the action waits for the TCP connection before it loads anyway. Loading takes about 10 ms
 * and blocks: begun before the connection is up, it would hold the ClientHello back; begun after, it runs during the
 * TLS handshake's round trip. An instance slow to accept does not hold up the run longer than this.
 */
const CONNECT_WAIT_MS = 200;

/** Only where the check will surely ask the instance this input names: one bot, a token, a valid address. */
function connectEarly(): Promise<void> {
  if (runner.getInput(Inputs.Config) || !runner.getInput(Inputs.Token)) return Promise.resolve();
  try {
    const instance = parseInstance(runner.getInput(Inputs.Instance));
    return preconnect({ origin: new URL(instance.origin), isLoopback: instance.isLoopback });
  } catch {
    // A bad address: main.ts reads the inputs in full and says what is wrong. Nothing is opened.
    return Promise.resolve();
  }
}

let timer: NodeJS.Timeout | undefined;
await Promise.race([connectEarly(), new Promise((resolve) => (timer = setTimeout(resolve, CONNECT_WAIT_MS)))]);
clearTimeout(timer);
try {
  const { run } = await import('./main.ts');
  await run();
} catch (error) {
  // The failure funnel needs no chunk (inputs/runner.ts): a chunk that cannot load (main.ts, or one main.ts loads
  // before its own funnel is set up, such as the several-bots file's reader) fails the step with one redacted line.
  discardPreconnection();
  const redact = createRedactor(
    secretForms(runner.getInput(Inputs.Token, { trimWhitespace: false }), runner.getInput(Inputs.GithubToken)),
  );
  runner.failUnexpected(error, redact);
}
