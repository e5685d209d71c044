/**
 * Reading what the user pastes (the authorization code, an old token): from a terminal without echo, or line by line
 * from standard input when it is a pipe. Never from the arguments, which show in `ps` and in shell history.
 */
import type { Readable } from 'node:stream';

/** Where a prompt is written: the terminal (standard error), never standard output. */
export interface PromptOutput {
  write(text: string): unknown;
}

export class PromptCancelled extends Error {
  override readonly name = 'PromptCancelled';
}

export interface LineReader {
  /** Whether the lines come from a terminal (a person typing) rather than a pipe. */
  readonly interactive: boolean;
  /** One line, without echo on a terminal; `prompt` is written to the terminal (never to standard output). */
  readSecret(prompt: string): Promise<string>;
  close(): void;
}

interface TtyInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export function createLineReader(input: TtyInput, promptOutput: PromptOutput): LineReader {
  return input.isTTY && typeof input.setRawMode === 'function'
    ? terminalReader(input, promptOutput)
    : pipeReader(input);
}

/** Raw mode: the terminal shows nothing of what is typed or pasted; Enter ends the line, Ctrl-C cancels. */
function terminalReader(input: TtyInput, output: PromptOutput): LineReader {
  return {
    interactive: true,
    readSecret(prompt) {
      // Echo off before the prompt shows: whatever is typed once it is visible is never echoed.
      input.setRawMode?.(true);
      output.write(prompt);
      return new Promise<string>((resolve, reject) => {
        let line = '';
        let escape = false;
        const finish = (error?: Error) => {
          input.off('data', onData);
          input.setRawMode?.(false);
          input.pause();
          output.write('\n');
          if (error) reject(error);
          else resolve(line.trim());
        };
        const onData = (chunk: Buffer | string) => {
          for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
            if (escape) {
              // The rest of an escape sequence (arrow keys, bracketed paste markers): letters and ~ end it.
              if (/[A-Za-z~]/.test(char)) escape = false;
              continue;
            }
            if (char === '\r' || char === '\n') return finish();
            if (char === '\u0003') return finish(new PromptCancelled('cancelled (Ctrl-C)'));
            if (char === '\u0004') {
              if (line === '') return finish(new PromptCancelled('cancelled (end of input)'));
              return finish();
            }
            if (char === '\u007f' || char === '\b') line = line.slice(0, -1);
            else if (char === '\u0015') line = '';
            else if (char === '\u001b') escape = true;
            else if (char >= ' ') line += char;
          }
        };
        input.on('data', onData);
        input.resume();
      });
    },
    close() {
      input.setRawMode?.(false);
      input.pause();
    },
  };
}

/** Standard input as a pipe: one line per question, in order; the end of input before a line is an error. */
function pipeReader(input: Readable): LineReader {
  let buffered = '';
  let ended = false;
  let waiting: (() => void) | undefined;
  const wake = () => {
    const w = waiting;
    waiting = undefined;
    w?.();
  };
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    buffered += chunk;
    wake();
  });
  input.on('end', () => {
    ended = true;
    wake();
  });
  input.on('error', () => {
    ended = true;
    wake();
  });
  return {
    interactive: false,
    async readSecret() {
      for (;;) {
        const newline = buffered.indexOf('\n');
        if (newline >= 0 || (ended && buffered !== '')) {
          const line = newline >= 0 ? buffered.slice(0, newline) : buffered;
          buffered = newline >= 0 ? buffered.slice(newline + 1) : '';
          return line.trim();
        }
        if (ended) throw new PromptCancelled('standard input ended before a line was read');
        await new Promise<void>((resolve) => (waiting = resolve));
      }
    },
    close() {
      input.pause();
      input.removeAllListeners('data');
      input.destroy();
    },
  };
}
