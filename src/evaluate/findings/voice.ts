/**
 * Advice in the reader's language: a workflow's reader sets inputs (`on-unreachable: warn`) and keeps the token in a
 * repository secret; a terminal's reader passes flags (`--on-unreachable warn`) and keeps it wherever the bot reads
 * it. Decided once from settings (`surface`); every finding that names a setting goes through here.
 */
import type { Surface } from '../../inputs/settings.ts';

export interface Voice {
  readonly surface: Surface;
  /** A setting as the reader writes it, in a code span: `on-unreachable: warn` or `--on-unreachable warn`. */
  setting(name: string, value?: string): string;
  /** The step after making a new token: where to put it. */
  readonly storeStep: string;
}

export function voiceFor(surface: Surface = 'action'): Voice {
  return surface === 'cli'
    ? {
        surface,
        setting: (name, value) => `\`--${name}${value === undefined ? '' : ` ${quoteForShell(value)}`}\``,
        storeStep:
          'Store it where your bot reads it, and check it again here (`MASTODON_ACCESS_TOKEN`, `--token-env NAME` or `--token-stdin`).',
      }
    : {
        surface,
        setting: (name, value) => `\`${name}${value === undefined ? '' : `: ${value}`}\``,
        storeStep:
          'Store it in the repository secret this step reads (Settings → Secrets and variables → Actions), replacing the old one.',
      };
}

function quoteForShell(value: string): string {
  return /^[\w:.,/-]+$/.test(value) ? value : `"${value}"`;
}

/**
 * Input messages are written for a workflow ("Input 'on-excess' is …"); this names the input the reader's way, once:
 * `on-excess` is … in a summary, `--on-excess` is … in a terminal.
 */
export function speakInputs(message: string, voice: Voice): string {
  return message.replace(/Input '([a-z-]+)'/g, (_, name: string) =>
    voice.surface === 'cli' ? `\`--${name}\`` : `\`${name}\``,
  );
}
