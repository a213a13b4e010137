/**
 * The knowledge pack for the gateway dashboard's AI (docs/knowledge-pack.md): both files served by nginx as
 * Markdown in UTF-8, in the dashboard's frame, at the root and under the sub-path with its links within it.
 */
import { slugs, subPathURL } from './site-data';
import { expect, test } from './support/test';

const FILES = [
  ['/knowledge/api_response_err_code.md', '# 网关错误响应说明\n', 'zh'],
  ['/knowledge/api_response_err_code_en.md', '# Gateway Error Response Explanation\n', 'en'],
] as const;

test.describe('the knowledge pack', () => {
  for (const [file, title, lang] of FILES) {
    test(`${file}: Markdown in the dashboard's frame, every entry linked`, async ({ request }) => {
      const res = await request.get(file);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/markdown; charset=utf-8');
      const md = await res.text();
      expect(md.startsWith(title)).toBe(true);
      expect(md).toMatch(/^## status: 403$/m);
      for (const slug of slugs) expect(md).toContain(`/${lang}/errors/${slug}/\n`);
    });
  }

  test('under the sub-path its links point within it', async ({ request }) => {
    const res = await request.get(`${subPathURL()}${FILES[1][0]}`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(`${new URL(subPathURL()).pathname}/en/errors/${slugs[0]}/\n`);
  });
});
