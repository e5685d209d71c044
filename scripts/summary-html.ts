/**
 * The job summary's Markdown as GitHub shows it, closely enough for the demo: headings, paragraphs, numbered and
 * bulleted lists, bold, code spans, links, and the few HTML tags the report itself writes (`<details>`, `<summary>`,
 * `<sub>`). Everything else is text: escaped, so nothing a server said can become HTML here either.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line of inline Markdown: code spans first (their content is literal), then links and bold in the rest. */
export function inline(markdown: string): string {
  const parts: string[] = [];
  let rest = markdown;
  const span = /(`+)(.+?)\1(?!`)/;
  let match: RegExpExecArray | null;
  while ((match = span.exec(rest))) {
    parts.push(inlineText(rest.slice(0, match.index)));
    const content = match[2] ?? '';
    parts.push(`<code>${escapeHtml(/^ .* $/.test(content) ? content.slice(1, -1) : content)}</code>`);
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(inlineText(rest));
  return parts.join('');
}

function inlineText(text: string): string {
  const subTag = /^<sub>(.*)<\/sub>$/.exec(text);
  if (subTag) return `<sub>${inlineText(subTag[1] ?? '')}</sub>`;
  return escapeHtml(text)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])(https?:\/\/[^\s)<]+)/g, '$1<a href="$2">$2</a>');
}

export function summaryHtml(markdown: string): string {
  const html: string[] = [];
  let list: 'ol' | 'ul' | undefined;
  const closeList = () => {
    if (list) html.push(`</${list}>`);
    list = undefined;
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    if (numbered || bullet) {
      const kind = numbered ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push(`<li>${inline((numbered ?? bullet)?.[1] ?? '')}</li>`);
      continue;
    }
    closeList();
    if (heading) html.push(`<h${heading[1]?.length}>${inline(heading[2] ?? '')}</h${heading[1]?.length}>`);
    else if (line === '<details>' || line === '</details>') html.push(line);
    else if (/^<summary>.*<\/summary>$/.test(line)) html.push(`<summary>${inline(line.slice(9, -10))}</summary>`);
    else if (line.trim() !== '') html.push(`<p>${inline(line)}</p>`);
  }
  closeList();
  return html.join('\n');
}

export function page(title: string, sections: readonly { id: string; title: string; body: string }[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 900px; margin: 2em auto; color: #1f2328; }
section { border: 1px solid #d1d9e0; border-radius: 6px; padding: 0 1.5em 1em; margin-bottom: 2em; }
.case { color: #59636e; font-size: 12px; margin-top: 1em; text-transform: uppercase; letter-spacing: .05em; }
code { background: #eff1f3; border-radius: 4px; padding: .1em .3em; font-size: 85%; }
summary { cursor: pointer; color: #0969da; }
a { color: #0969da; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections.map((s) => `<section id="${escapeHtml(s.id)}">\n<p class="case">${escapeHtml(s.title)}</p>\n${s.body}\n</section>`).join('\n')}
</body>
</html>
`;
}
