/**
 * Text that someone else chose (a server's names, versions, error texts, header values; GitHub's URLs), made safe
 * for where this program writes: one line without control characters for logs, terminals and outputs (`oneLine`),
 * an inert code span for Markdown (`code`). DESIGN.md, Safety promises: no server string may start a workflow
 * command, reach a terminal as a control sequence, become active Markdown, HTML or a mention, or grow a body past
 * GitHub's limits. Every such string passes here; nothing else escapes server text.
 *
 * Secrets are not this module's business: text is redacted (util/redact.ts) before it is clipped here, so that a
 * clip can never cut a token in two and leave half of it unrecognisable.
 */

/** Default bound on one server string: far more than any real name or version, small enough for outputs. */
export const MAX_SERVER_TEXT = 200;

/**
 * Terminal escape sequences, whole: CSI (`ESC [` … final byte), OSC (`ESC ]` … BEL or ST), the other two-byte ESC
 * sequences, and their 8-bit C1 forms (`\x9b` CSI, `\x9d` OSC). Removed before single control characters, so that
 * no parameter bytes of a sequence are left behind as text.
 */
const TERMINAL_SEQUENCES =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -~]?/g;

/**
 * Characters that end a line for some reader (CR alone ends one for the Actions runner; NEL, LS and PS for others),
 * other C0 and C1 controls, DEL, and the invisible ones that reorder or hide text on screen: bidirectional overrides
 * and isolates, zero-width spaces and the byte-order mark. The zero-width joiner stays (emoji sequences need it), and
 * so does the word joiner, which `neutraliseCommands` puts in.
 */
const CONTROLS =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u2028-\u202e\u2061-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * One line of plain text: escape sequences and control characters removed (each run of them and of white space
 * becomes one space), workflow-command forms neutralised, clipped to `max` characters. For strings a server or
 * GitHub chose, before they are printed, written to an output, or put into a report.
 */
export function oneLine(text: string, max: number = MAX_SERVER_TEXT): string {
  const flat = String(text).replace(TERMINAL_SEQUENCES, ' ').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  return clip(neutraliseCommands(flat), max);
}

/**
 * A line this program is about to print, made safe as a whole: what `oneLine` does, without clipping and without
 * touching the line's own leading indentation. The last guard for stdout and stderr, after every server string in
 * the line has already passed `oneLine`.
 */
export function printableLine(line: string): string {
  const indent = /^ */.exec(line)?.[0] ?? '';
  const rest = line
    .slice(indent.length)
    .replace(TERMINAL_SEQUENCES, ' ')
    .replace(CONTROLS, ' ')
    .replace(/[ \t]+$/, '');
  return indent + neutraliseCommands(rest);
}

/**
 * The Actions runner reads `::name::` at the start of a line (leading white space allowed), and its older form
 * `##[name]` anywhere in a line. A word joiner inside each keeps the text readable and inert: the runner no longer
 * sees a command, a reader sees the same characters.
 */
export function neutraliseCommands(text: string): string {
  return text.replace(/^(\s*):(?=:)/, '$1:\u2060').replace(/##\[/g, '#\u2060#[');
}

/** At most `max` characters (code points, never half a surrogate pair), with `…` when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * The one Markdown escaper for text someone else chose: one line (`oneLine`), clipped, inside a code span whose
 * fence is longer than any run of backticks in it, so nothing inside can close it. Inside a code span nothing is
 * active: no emphasis, link, image, HTML tag or comment, @mention, #reference or autolink. The text itself is kept
 * (a backtick stays a backtick). In a table cell a `|` still splits the cell, so tables escape pipes as a whole row
 * (report/markdown.ts).
 */
export function code(text: string, options: { readonly max?: number } = {}): string {
  const content = oneLine(text, options.max ?? MAX_SERVER_TEXT);
  if (content === '') return '(empty)';
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both ends have one: pad when the content starts or ends with a
  // backtick (it would join the fence) or with a space (it would be stripped).
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Code spans back to their text, for plain-text sinks (a terminal, an annotation's title). */
export function uncode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _fence: string, inner: string) =>
    /^ [\s\S]* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner,
  );
}
