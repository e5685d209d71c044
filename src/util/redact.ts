/**
 * Removes a secret from text that may reach a log, output, summary, comment or issue. The token is masked with the
 * runner too, but the runner does not mask files (job summary) or API bodies (comments, issues), and a misbehaving
 * server or proxy may echo the Authorization header back: so every string that leaves the program passes here.
 */
export type Redactor = (text: string) => string;

export function createRedactor(secrets: readonly string[]): Redactor {
  // The forms a secret takes in what we write: as is, URL-encoded (a query string), JSON-escaped (the `report`
  // output, a server's JSON echo). Matched in any case: a host name made of the token comes back lower-cased.
  const needles = [
    ...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])),
  ].filter((s) => s.length >= 4);
  if (needles.length === 0) return (text) => text;
  // Longest first, so that a form that contains another is removed whole.
  const pattern = new RegExp(
    needles
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'gi',
  );
  return (text) => text.replace(pattern, '***');
}
