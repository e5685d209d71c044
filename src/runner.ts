/**
 * The Actions runner's protocol, as much of it as the action speaks: inputs from INPUT_* variables, workflow commands
 * on stdout (mask, debug, annotations), outputs in the GITHUB_OUTPUT file and the job summary in GITHUB_STEP_SUMMARY.
 *
 * The same names and byte-for-byte the same output as @actions/core 3 (lib/core.js, command.js, file-command.js),
 * which this replaces on the plain run's path: @actions/core imports its OIDC client, and with it @actions/http-client
 * and undici, at load time. That was most of a 1.1 MB bundle parsed and run before the first request (npm run bench).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

export interface InputOptions {
  /** Default true, as in @actions/core. The token is read untrimmed so that every form of it can be masked. */
  readonly trimWhitespace?: boolean;
}

/** Only `title` is used; the runner also knows file and line properties. */
export interface AnnotationProperties {
  readonly title?: string;
}

export function getInput(name: string, options: InputOptions = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return options.trimWhitespace === false ? value : value.trim();
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  if (file) {
    appendFileCommand(file, keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', { ...properties }, message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', { ...properties }, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', { ...properties }, message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * Appends Markdown to the job summary. Synchronous inside, as the outputs are: a few kB once at the end, and
 * node:fs/promises alone took 3 ms to load (it pulls in readline).
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
  appendFileSync(file, markdown, { encoding: 'utf8' });
}

function issueCommand(command: string, properties: Record<string, string | undefined>, message: string): void {
  // As @actions/core: a space after the command whenever properties were given, even if all are empty.
  const shown = Object.entries(properties)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  const separator = Object.keys(properties).length > 0 ? ' ' : '';
  process.stdout.write(`::${command}${separator}${shown}::${escapeData(message)}${EOL}`);
}

function appendFileCommand(file: string, message: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `name<<delimiter`, value, `delimiter`: a value that held the delimiter could end the block and forge outputs. */
function keyValueMessage(key: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
