/**
 * Removes a secret from text that may reach a log, output, summary, comment or issue. The token is masked with the
 * runner too, but the runner does not mask files (job summary) or API bodies (comments, issues), and a misbehaving
 * server or proxy may echo the Authorization header back: so every string that leaves the program passes here.
 */
export type Redactor = (text: string) => string;

export function createRedactor(secrets: readonly string[]): Redactor {
  const needles = [...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s)]))].filter((s) => s.length >= 4);
  if (needles.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const needle of needles) out = out.split(needle).join('***');
    return out;
  };
}
