/**
 * The three workflow commands the action needs before its first request: reading inputs, masking the token, and
 * debug lines. Byte for byte what @actions/core 3 writes (lib/core.js, command.js; __tests__/runner.test.ts compares
 * them). Everything after the first wave goes through @actions/core itself, which loads its OIDC client, and with it
 * undici, at import time: most of a megabyte that would otherwise stand before the first request (npm run bench).
 */
import { EOL } from 'node:os';

export interface InputOptions {
  /** Default true, as in @actions/core. The token is read untrimmed so that every form of it can be masked. */
  readonly trimWhitespace?: boolean;
}

export function getInput(name: string, options: InputOptions = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return options.trimWhitespace === false ? value : value.trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', secret);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

function issueCommand(command: string, message: string): void {
  process.stdout.write(`::${command}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
