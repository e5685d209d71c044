import { describe, expect, it } from 'vitest';
import { summaryHtml } from '../scripts/summary-html.ts';

describe("the demo's job summary page (scripts/summary-html.ts)", () => {
  it('renders the report as GitHub does: heading, numbered steps, findings, collapsed details, links', () => {
    const html = summaryHtml(
      [
        '## ❌ Token revoked on `social.example`',
        '',
        '**What to do**',
        '',
        '1. Make a new token (https://social.example/settings/applications/new), tick only `write:statuses`.',
        '',
        '<details>',
        '<summary>Details: token</summary>',
        '',
        '- Links: [Authorized apps](https://social.example/oauth/authorized_applications) (revoke)',
        '</details>',
      ].join('\n'),
    );
    expect(html).toContain('<h2>❌ Token revoked on <code>social.example</code></h2>');
    expect(html).toContain('<p><strong>What to do</strong></p>');
    expect(html).toMatch(
      /<ol>\n<li>Make a new token \(<a href="https:\/\/social\.example\/settings\/applications\/new">/,
    );
    expect(html).toContain('<details>\n<summary>Details: token</summary>');
    expect(html).toContain('<a href="https://social.example/oauth/authorized_applications">Authorized apps</a>');
  });

  it('keeps server text inert: HTML in a code span or in text stays text', () => {
    const html = summaryHtml('- App: `<img src=x onerror=alert(1)>` and <script>alert(1)</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
  });
});
