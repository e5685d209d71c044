/**
 * What the token commands print. Progress and errors go to standard error, each line cleaned of every secret met so
 * far (the new and old tokens, the client secrets, the authorization code, the PKCE verifier, the GitHub token);
 * standard output carries only what `--print` asks for.
 */
import type { Readable } from 'node:stream';
import { createRedactor, type Redactor } from '../util/redact.ts';
import { printableLine } from '../util/text.ts';
import type { PromptOutput } from './prompt.ts';

export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: Readable & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  /** Where prompts go: the terminal's output (standard error), never standard output. */
  readonly promptOutput: PromptOutput;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Opens a URL in a browser, when one is at hand; never required. */
  readonly openBrowser?: (url: string) => void;
}

export class Console {
  private readonly secrets = new Set<string>();
  private redactor: Redactor = createRedactor([]);
  private step = 0;
  readonly io: CommandIO;

  constructor(io: CommandIO) {
    this.io = io;
  }

  /** Every later line is cleaned of these values. */
  secret(...values: (string | undefined)[]): void {
    let added = false;
    for (const value of values) {
      for (const form of [value, value?.trim()]) {
        if (form && form.length >= 4 && !this.secrets.has(form)) {
          this.secrets.add(form);
          added = true;
        }
      }
    }
    if (added) this.redactor = createRedactor([...this.secrets]);
  }

  readonly redact = (text: string): string => this.redactor(text);

  /** A numbered step line. */
  done(text: string): void {
    this.step += 1;
    this.line(`${this.step}. ${text}`);
  }

  line(text = ''): void {
    this.io.stderr(`${this.redact(text).split('\n').map(printableLine).join('\n')}\n`);
  }

  /** Standard output, unredacted: only for what the user asked to see there (`--print`). */
  printSecretBlock(text: string): void {
    this.io.stdout(text);
  }
}
