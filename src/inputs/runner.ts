/**
 * The runner's protocol, the one implementation of it in the action: reading inputs, masking the token, the log
 * (debug, info, warning lines), the annotations, the outputs, the job summary and failing the step. Byte for byte
 * what @actions/core 3 writes (lib/core.js, command.js, file-command.js, summary.js; __tests__/runner.test.ts
 * compares the two). @actions/core itself is not loaded: at import time it loads its OIDC client, and with it undici,
 * most of a megabyte of code for features the action never uses (npm run bench measured it at a third of a plain
 * run's CPU). Everything here is synchronous and needs no chunk, so the failure funnel can rely on it.
 *
 * It is loaded before the first connection (index.ts), so it imports no module of its own: node:os and node:crypto
 * would cost more than the rest of the entry (npm run bench). EOL is worked out; node:crypto is taken when the
 * outputs are written, by then mostly loaded with node:tls (globalThis.crypto would load Web Crypto on top).
 */
import { appendFileSync, existsSync } from 'node:fs';
import { unexpectedFailure } from '../util/errors.ts';
import type { Log } from '../util/log.ts';
import type { Redactor } from '../util/redact.ts';

/** A random UUID, as @actions/core's delimiters use (crypto.randomUUID). */
const randomUUID = () => process.getBuiltinModule('node:crypto').randomUUID();

/** As node:os's EOL. */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

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

/** Where an annotation points, as @actions/core's AnnotationProperties (the parts the action uses). */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', message, properties);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', message, properties);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', message, properties);
}

/** The step fails: exit code 1 and an error line, as `core.setFailed`. Needs no chunk: the failure funnel's last resort. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

/**
 * The step's outputs, all in one write to $GITHUB_OUTPUT (each as `core.setOutput` writes it: a heredoc with a random
 * delimiter), or as `::set-output` lines where the runner gives no file.
 */
export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  const file = process.env['GITHUB_OUTPUT'] || '';
  if (!file) {
    for (const [name, value] of Object.entries(outputs)) {
      process.stdout.write(EOL);
      issueCommand('set-output', value, { name });
    }
    return;
  }
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    // As @actions/core: a value that holds the delimiter would end its heredoc early and forge the next output.
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(`Unexpected input: output '${name}' contains the delimiter "${delimiter}"`);
    }
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  }
  // As @actions/core (file-command.js): the runner creates the file; one that is missing is an error, not created.
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, text, { encoding: 'utf8' });
}

/**
 * Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY), as `core.summary.addRaw(markdown).write()`: nothing
 * when the runner gives no file; an error, for the caller to turn into a warning, when the file cannot be written.
 */
export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    appendFileSync(file, markdown, { encoding: 'utf8' });
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
}

/**
 * The failure funnel: anything unexpected fails the step with one redacted line. Speaks the runner's protocol itself,
 * so it works when a chunk is what failed to load (index.ts, main.ts).
 */
export function failUnexpected(error: unknown, redact: Redactor): void {
  setFailed(redact(unexpectedFailure(error)));
}

/** The runner's log, as the one logging interface (util/log.ts). */
export const runnerLog: Log = { debug, info, warning: (message, title) => warning(message, title ? { title } : {}) };

/** The properties in @actions/core's order and names (utils.js toCommandProperties): `line`, not `startLine`. */
type CommandProperties = AnnotationProperties & { readonly name?: string };

function issueCommand(command: string, message: string, properties?: CommandProperties): void {
  process.stdout.write(`::${command}${propertiesText(properties)}::${escapeData(message)}${EOL}`);
}

function propertiesText(properties: CommandProperties | undefined): string {
  if (!properties || Object.keys(properties).length === 0) return '';
  const pairs: [string, string | number | undefined][] =
    'name' in properties
      ? [['name', properties.name]]
      : [
          ['title', properties.title],
          ['file', properties.file],
          ['line', properties.startLine],
        ];
  // As @actions/core: a space once there are properties, and only the non-empty ones.
  const kept = pairs.filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return ` ${kept.join(',')}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
