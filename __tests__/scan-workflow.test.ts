/** Workflow steps that post with a known action. */
import { describe, expect, it } from 'vitest';
import { findWorkflowCalls } from '../src/scan/workflow.ts';

const workflow = (step: string) => `name: toot
on: release
jobs:
  toot:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
${step}
      - run: echo done
`;

describe('workflow actions', () => {
  it('a post with cbrgm/mastodon-github-action needs write:statuses', () => {
    const text = workflow(`      - name: Toot
        uses: cbrgm/mastodon-github-action@v2.1.0
        with:
          message: |
            media: not an input, a line of the message
          visibility: public`);
    const found = findWorkflowCalls({ path: '.github/workflows/toot.yml', text });
    expect(found.calls.map((c) => `${c.line} ${c.method} ${c.route} ${c.via}`)).toEqual([
      '9 POST /api/v1/statuses workflow-action',
    ]);
    expect(found.calls[0]?.what).toBe('uses: cbrgm/mastodon-github-action@v2.1.0');
  });

  it('with media inputs it uploads media first', () => {
    const text = workflow(`      - uses: "cbrgm/mastodon-github-action@v2"
        with:
          message: hi
          media-paths: shot.png`);
    const found = findWorkflowCalls({ path: '.github/workflows/toot.yaml', text });
    expect(found.calls.map((c) => `${c.line} ${c.route}`)).toEqual(['8 /api/v2/media', '8 /api/v1/statuses']);
  });

  it('rzr/fediverse-action posts a status; other actions and other files are not calls', () => {
    expect(
      findWorkflowCalls({ path: 'a.yml', text: workflow('      - uses: rzr/fediverse-action@master') }).calls,
    ).toHaveLength(1);
    expect(
      findWorkflowCalls({ path: 'a.yml', text: workflow('      - uses: actions/setup-node@v4') }).calls,
    ).toHaveLength(0);
    expect(
      findWorkflowCalls({ path: 'a.md', text: workflow('      - uses: rzr/fediverse-action@master') }).calls,
    ).toHaveLength(0);
  });
});
