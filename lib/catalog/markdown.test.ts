import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load';
import { entryMarkdown, llmsFullTxt, llmsTxt } from './markdown';
import { LANGS } from '../i18n/lang';

const catalog = loadCatalog();

describe('entryMarkdown', () => {
  it("carries the entry page's facts: status, code, code_name, message, example, cause, fix, who acts, related", () => {
    const entry = catalog.bySlug.get('app-no-permission')!;
    const md = entryMarkdown(catalog, entry, 'en');
    expect(md.startsWith('# App has no permission to the resource\n')).toBe(true);
    for (const fact of [
      '- Status: `403`',
      '- Code: `1640301`',
      '- code_name: `APP_NO_PERMISSION`',
      '- Who acts: The caller fixes it',
      '- Page: /en/errors/app-no-permission/',
      '```http\nHTTP/1.1 403 Forbidden\n',
      '\n## Cause\n\n',
      '\n## Fix\n\n',
      '\n### Permission expired\n\n',
      '- [App code or secret incorrect](/en/errors/app-code-or-secret-incorrect/index.md) `1640001`',
    ])
      expect(md).toContain(fact);
    // Heading ids are the page's business; links point at the reader's language.
    expect(md).not.toMatch(/\[#[a-z-]+\]/);
    expect(md).not.toMatch(/\]\(\/(?!en\/|catalog)/);
    const zh = entryMarkdown(catalog, entry, 'zh');
    expect(zh).toContain('- 状态码：`403`');
    expect(zh).toContain('## 原因');
  });

  it('writes every entry in both languages with the release notes and an example fence that holds', () => {
    for (const entry of catalog.entries)
      for (const lang of LANGS) {
        const md = entryMarkdown(catalog, entry, lang);
        expect(md).toContain(`# ${entry.docs[lang].frontmatter.title}\n`);
        for (const r of entry.meta.releases) expect(md).toContain(r[lang]);
        const fences = md.match(/^`{3,}/gm) ?? [];
        expect(fences.length % 2, `${entry.slug} ${lang}: fences balanced`).toBe(0);
      }
  });
});

describe('llms.txt and llms-full.txt', () => {
  it("lists every entry's Markdown address in both languages", () => {
    const txt = llmsTxt(catalog);
    expect(txt.startsWith('# ')).toBe(true);
    expect(txt).toMatch(/^> /m);
    for (const entry of catalog.entries)
      for (const lang of LANGS) expect(txt).toContain(`](/${lang}/errors/${entry.slug}/index.md): `);
  });

  it('holds every entry of both languages, headings one level down', () => {
    const full = llmsFullTxt(catalog);
    for (const entry of catalog.entries)
      for (const lang of LANGS) expect(full).toContain(`\n## ${entry.docs[lang].frontmatter.title}\n`);
  });
});
