#!/usr/bin/env node
/**
 * The command line: the same engine as the action, printing to the terminal.
 *
 *   MASTODON_ACCESS_TOKEN=… mastodon-token-health --instance mastodon.social --required-scopes "write:statuses"
 *
 * The token is read from an environment variable or standard input, never from the arguments (they show in `ps`).
 * This file only picks the command: the check (main.ts) is the default; the others load only when asked for.
 */
import { unexpectedFailure } from '../util/errors.ts';
import { createRedactor, secretForms } from '../util/redact.ts';
import { oneLine } from '../util/text.ts';
import { main } from './main.ts';
import { processTerminal } from './terminal.ts';
import { TOKEN_VARIABLES } from './token.ts';

const [command, ...rest] = process.argv.slice(2);
try {
  await runCommand();
} catch (error) {
  // What each command does not catch itself (a chunk that cannot load: a broken install): one line, without the
  // token the usual variables hold, and exit status 1, as each command says an unexpected failure.
  const argv = process.argv.slice(2);
  const named = argv.flatMap((arg, i) =>
    arg === '--token-env' ? [argv[i + 1] ?? ''] : arg.startsWith('--token-env=') ? [arg.slice(12)] : [],
  );
  const redact = createRedactor([...TOKEN_VARIABLES, ...named].flatMap((name) => secretForms(process.env[name] ?? '')));
  process.stderr.write(`${oneLine(redact(unexpectedFailure(error)), 2000)}\n`);
  process.exitCode = 1;
}

async function runCommand(): Promise<void> {
  if (command === 'scopes') {
    // The scanner loads only when asked for, like the token commands.
    const { scopesCommand } = await import('../scan/command.ts');
    process.exitCode = await scopesCommand(
      rest,
      process.cwd(),
      (s) => process.stdout.write(s),
      (s) => process.stderr.write(s),
    );
  } else if (command === 'mint' || command === 'rotate' || command === 'revoke') {
    // The token commands (and libsodium, for GitHub secrets) load only when asked for: a check never pays for them.
    const { runWithProcess } = await import('../commands/main.ts');
    process.exitCode = await runWithProcess(command, rest);
  } else {
    process.exitCode = await main(process.argv.slice(2), process.env, processTerminal());
  }
}
