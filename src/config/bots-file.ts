/**
 * The several-bots file (`config:`): read as data, validated before any request, every problem named by file, line
 * and key. The file never holds a secret: each bot names the environment variable that the workflow fills from one.
 *
 * A problem with the file as a whole (not YAML, no `bots:` list, a bad `defaults:`) stops the run; a problem with one
 * bot makes that bot an input error and leaves the others to be checked.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

/** The per-bot keys that stand for the action's inputs of the same name. */
export const POLICY_KEYS = ['on-excess', 'on-missing', 'on-unreachable', 'max-token-age-days', 'probe'] as const;
const BOT_KEYS = ['name', 'instance', 'token-env', 'required-scopes', 'source-paths', ...POLICY_KEYS] as const;

export type PolicyKey = (typeof POLICY_KEYS)[number];
export type BotKey = (typeof BOT_KEYS)[number];

export interface ConfigProblem {
  readonly file: string;
  /** 1-based; 0 when the problem has no place in the file. */
  readonly line: number;
  /** The key path, e.g. `bots[2].token-env`. */
  readonly key: string;
  readonly message: string;
}

export interface BotEntry {
  readonly name: string;
  /** The line of the bot's entry. */
  readonly line: number;
  /** The name of the environment variable holding the token. */
  readonly tokenEnv: string;
  /** The bot's values (defaults applied) as the action's input strings: `instance`, `required-scopes`, policies. */
  readonly inputs: Readonly<Partial<Record<Exclude<BotKey, 'name' | 'token-env'>, string>>>;
  /** Where each key is written, for messages and annotations (defaults point at the `defaults:` line). */
  readonly lines: Readonly<Partial<Record<BotKey, number>>>;
  /** What is wrong with this bot alone: it becomes an input error, the others are still checked. */
  readonly problems: readonly ConfigProblem[];
}

export interface BotsFile {
  readonly file: string;
  readonly bots: readonly BotEntry[];
  /** What is wrong with the file as a whole: the run stops with these as input errors. */
  readonly problems: readonly ConfigProblem[];
}

/** Larger than any sane list of bots; a bound so a hostile file cannot hold the run. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_BOTS = 200;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export function parseBotsFile(file: string, text: string): BotsFile {
  const problems: ConfigProblem[] = [];
  const problem = (line: number, key: string, message: string): ConfigProblem => ({ file, line, key, message });
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
    return { file, bots: [], problems: [problem(0, '', `The file is larger than ${MAX_FILE_BYTES / 1024} KiB.`)] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
  if (doc.errors.length > 0) {
    return {
      file,
      bots: [],
      problems: doc.errors.map((e) =>
        problem(lineCounter.linePos(e.pos[0]).line, '', `Not valid YAML: ${e.message.split('\n')[0] ?? e.code}`),
      ),
    };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    return {
      file,
      bots: [],
      problems: [
        problem(lineOf(root), '', 'The file must be a mapping with a `bots:` list (and optionally `defaults:`).'),
      ],
    };
  }

  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key !== 'bots' && key !== 'defaults') {
      problems.push(problem(lineOf(pair.key as Node), key, unknownKey(key, ['bots', 'defaults'])));
    }
  }

  const defaults: Partial<Record<PolicyKey, { value: string; line: number }>> = {};
  const defaultsNode = root.get('defaults', true);
  if (defaultsNode !== undefined && defaultsNode !== null) {
    if (!isMap(defaultsNode)) {
      problems.push(problem(lineOf(defaultsNode), 'defaults', '`defaults:` must be a mapping of policies.'));
    } else {
      for (const pair of defaultsNode.items) {
        const key = keyOf(pair);
        const line = lineOf(pair.key as Node);
        if (!(POLICY_KEYS as readonly string[]).includes(key)) {
          problems.push(problem(line, `defaults.${key}`, unknownKey(key, POLICY_KEYS)));
          continue;
        }
        const value = scalarText(pair.value as Node);
        if (value === undefined) problems.push(problem(line, `defaults.${key}`, 'Expected a single value.'));
        else defaults[key as PolicyKey] = { value, line };
      }
    }
  }

  const botsNode = root.get('bots', true);
  if (!isSeq(botsNode) || botsNode.items.length === 0) {
    problems.push(problem(lineOf(botsNode ?? root), 'bots', '`bots:` must be a list with at least one bot.'));
    return { file, bots: [], problems };
  }
  if (botsNode.items.length > MAX_BOTS) {
    problems.push(problem(lineOf(botsNode), 'bots', `At most ${MAX_BOTS} bots in one file.`));
    return { file, bots: [], problems };
  }

  const bots: BotEntry[] = [];
  const firstLineOfName = new Map<string, number>();
  botsNode.items.forEach((item, index) => {
    const at = `bots[${index}]`;
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      problems.push(problem(line, at, 'Each bot is a mapping with `name`, `instance` and `token-env`.'));
      return;
    }
    const entry = readBot(item as YAMLMap, at, line, defaults, problem, lineOf);
    const earlier = firstLineOfName.get(entry.name);
    if (entry.name && earlier !== undefined) {
      problems.push(
        problem(
          entry.lines.name ?? line,
          `${at}.name`,
          `The name '${entry.name}' is used twice (first on line ${earlier}); names must be unique.`,
        ),
      );
      return;
    }
    if (entry.name) firstLineOfName.set(entry.name, entry.lines.name ?? line);
    bots.push(entry);
  });
  return { file, bots, problems };
}

function readBot(
  item: YAMLMap,
  at: string,
  line: number,
  defaults: Partial<Record<PolicyKey, { value: string; line: number }>>,
  problem: (line: number, key: string, message: string) => ConfigProblem,
  lineOf: (node: Node | null | undefined) => number,
): BotEntry {
  const problems: ConfigProblem[] = [];
  const values: Partial<Record<BotKey, string>> = {};
  const lines: Partial<Record<BotKey, number>> = {};
  for (const pair of item.items) {
    const key = keyOf(pair);
    const keyLine = lineOf(pair.key as Node);
    if (key === 'token' || key === 'access-token' || key === 'access_token') {
      // Never echo the value: it may be the secret itself.
      problems.push(
        problem(
          keyLine,
          `${at}.${key}`,
          'The file must not hold a token. Name the environment variable that holds it with `token-env`, and fill that variable from a secret in the workflow (`env:`).',
        ),
      );
      continue;
    }
    if (!(BOT_KEYS as readonly string[]).includes(key)) {
      problems.push(problem(keyLine, `${at}.${key}`, unknownKey(key, BOT_KEYS)));
      continue;
    }
    const listy = key === 'required-scopes' || key === 'source-paths';
    const value = listy ? listText(pair.value as Node) : scalarText(pair.value as Node);
    if (value === undefined) {
      problems.push(
        problem(
          keyLine,
          `${at}.${key}`,
          listy ? 'Expected a list or a space-separated string.' : 'Expected a single value.',
        ),
      );
      continue;
    }
    values[key as BotKey] = value;
    lines[key as BotKey] = keyLine;
  }
  for (const key of POLICY_KEYS) {
    const fallback = defaults[key];
    if (values[key] === undefined && fallback) {
      values[key] = fallback.value;
      lines[key] = fallback.line;
    }
  }

  const name = values.name ?? '';
  const where = name ? `bot '${name}'` : at;
  if (!name) problems.push(problem(line, `${at}.name`, 'Each bot needs a `name`.'));
  else if (!NAME.test(name))
    problems.push(
      problem(
        lines.name ?? line,
        `${at}.name`,
        'A name is 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.',
      ),
    );
  if (!values.instance) problems.push(problem(line, `${at}.instance`, `${where} needs an \`instance\`.`));
  const tokenEnv = values['token-env'] ?? '';
  if (!tokenEnv) {
    problems.push(
      problem(
        line,
        `${at}.token-env`,
        `${where} needs \`token-env\`: the name of the environment variable that holds its token.`,
      ),
    );
  } else if (!ENV_NAME.test(tokenEnv)) {
    // Said without the value: someone may have pasted the token itself here.
    problems.push(
      problem(
        lines['token-env'] ?? line,
        `${at}.token-env`,
        `${where}: \`token-env\` must be the NAME of an environment variable (letters, digits and _, not starting with a digit), not the token.`,
      ),
    );
  }
  const inputs: Partial<Record<Exclude<BotKey, 'name' | 'token-env'>, string>> = {};
  for (const [key, value] of Object.entries(values) as [BotKey, string][]) {
    if (key !== 'name' && key !== 'token-env') inputs[key] = value;
  }
  return {
    name: NAME.test(name) ? name : '',
    line,
    tokenEnv: ENV_NAME.test(tokenEnv) ? tokenEnv : '',
    inputs,
    lines,
    problems,
  };
}

const keyOf = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (value === null) return '';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** A YAML list of strings, or one string of space-, comma- or newline-separated words: the input's text form. */
function listText(node: Node | null | undefined): string | undefined {
  if (isSeq(node)) {
    const parts = node.items.map((item) => scalarText(item as Node));
    return parts.every((p): p is string => p !== undefined) ? parts.join(' ') : undefined;
  }
  return scalarText(node);
}

function unknownKey(key: string, known: readonly string[]): string {
  const near = known.find((k) => k.replace(/[-_]/g, '') === key.toLowerCase().replace(/[-_]/g, ''));
  return (
    `Unknown key '${key.slice(0, 64)}'` + (near ? `: did you mean '${near}'?` : `; known keys: ${known.join(', ')}.`)
  );
}
