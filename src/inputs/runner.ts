/**
 * The runner's protocol for what the action needs before its first request, and for what must work even when no
 * chunk can load: reading inputs, masking the token, the log (debug, info, warning lines) and failing the step. Byte
 * for byte what @actions/core 3 writes (lib/core.js, command.js; __tests__/runner.test.ts compares them). Outputs,
 * the job summary and the annotations go through @actions/core itself, in the sinks chunk: it loads its OIDC client,
 * and with it undici, at import time, most of a megabyte that would otherwise stand before the first request.
 */
import { EOL } from 'node:os';
import type { Log } from '../util/log.ts';

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

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function warning(message: string, properties: { readonly title?: string } = {}): void {
  issueCommand('warning', message, properties);
}

/** The step fails: exit code 1 and an error line, as `core.setFailed`. Needs no chunk: the failure funnel's last resort. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

/** The runner's log, as the one logging interface (util/log.ts). */
export const runnerLog: Log = { debug, info, warning: (message, title) => warning(message, title ? { title } : {}) };

function issueCommand(command: string, message: string, properties: { readonly title?: string } = {}): void {
  // As @actions/core: a space once there are properties, and only the non-empty ones.
  const props =
    properties.title === undefined ? '' : ` ${properties.title ? `title=${escapeProperty(properties.title)}` : ''}`;
  process.stdout.write(`::${command}${props}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
