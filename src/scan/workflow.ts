/**
 * Workflow steps that post to Mastodon with a known action (`uses: cbrgm/mastodon-github-action@v2`). Each action's
 * requests were read from its own source; a step that passes media inputs uploads media too.
 */
import type { ApiCall, FoundCalls, SourceFile } from './types.ts';

interface KnownAction {
  /** owner/name, lower case */
  readonly name: string;
  readonly calls: readonly { readonly method: string; readonly route: string }[];
  /** inputs that make the step upload media first */
  readonly mediaInputs?: RegExp;
}

const POST_STATUS = { method: 'POST', route: '/api/v1/statuses' };
const UPLOAD_MEDIA = { method: 'POST', route: '/api/v2/media' };

/** Actions that post a status (their action.yml and source: a `message` input sent to POST /api/v1/statuses). */
export const KNOWN_ACTIONS: readonly KnownAction[] = [
  { name: 'cbrgm/mastodon-github-action', calls: [POST_STATUS], mediaInputs: /^media/ },
  { name: 'rzr/fediverse-action', calls: [POST_STATUS] },
];

export const workflowPrefilter: readonly string[] = KNOWN_ACTIONS.map((a) => a.name.split('/')[1] as string);

const USES = /^(\s*)(-\s+)?uses:\s*["']?([\w.-]+\/[\w.-]+)(?:\/[^@\s"']*)?(?:@([^\s"'#]+))?/gm;

export function findWorkflowCalls(file: SourceFile): FoundCalls {
  const calls: ApiCall[] = [];
  if (!/\.ya?ml$/i.test(file.path)) return { calls, unresolved: [] };
  const text = file.text;
  USES.lastIndex = 0;
  for (let m = USES.exec(text); m; m = USES.exec(text)) {
    const action = KNOWN_ACTIONS.find((a) => a.name === (m?.[3] ?? '').toLowerCase());
    if (!action) continue;
    const line = text.slice(0, m.index + (m[1]?.length ?? 0)).split('\n').length;
    const what = `uses: ${m[3]}${m[4] ? `@${m[4]}` : ''}`;
    const inputs = stepInputs(text, m.index, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
    const uploads = action.mediaInputs ? inputs.some((name) => action.mediaInputs?.test(name)) : false;
    for (const call of uploads ? [UPLOAD_MEDIA, ...action.calls] : action.calls) {
      calls.push({ file: file.path, line, what, via: 'workflow-action', method: call.method, route: call.route });
    }
  }
  return { calls, unresolved: [] };
}

/** The input names under the step's `with:`: the step's lines are those indented deeper than its `-`. */
function stepInputs(text: string, usesAt: number, keyIndent: number): string[] {
  const lines = text.slice(usesAt).split('\n');
  const inputs: string[] = [];
  let inWith = false;
  let inputIndent = -1;
  for (const line of lines.slice(1)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent < keyIndent || (indent === keyIndent && line.trimStart().startsWith('-'))) break;
    if (indent === keyIndent) {
      inWith = /^\s*with:\s*$/.test(line);
      inputIndent = -1;
      continue;
    }
    if (!inWith) continue;
    // Only the first level under `with:`; deeper lines are the values of block scalars.
    if (inputIndent === -1) inputIndent = indent;
    const key = indent === inputIndent ? /^\s*([\w-]+)\s*:/.exec(line) : null;
    if (key) inputs.push((key[1] as string).toLowerCase());
  }
  return inputs;
}
