import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_FILES, knowledgePack } from './knowledge';
import { loadCatalog, sectionsOf } from './load';
import { plainBody } from './markdown';
import { LANGS, type Lang } from '../i18n/lang';

const catalog = loadCatalog();
const packs = Object.fromEntries(LANGS.map((l) => [l, knowledgePack(catalog, l)])) as Record<Lang, string>;

/** The headings of a Markdown text outside its code fences, with the text under each up to the next. */
function blocks(md: string): { level: number; title: string; body: string }[] {
  const out: { level: number; title: string; body: string }[] = [];
  let fence: string | null = null;
  for (const line of md.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (fence === null || (f[0] === fence[0] && f.length >= fence.length))) fence = fence === null ? f : null;
    const h = fence === null && !f ? /^(#{1,6}) (.*)$/.exec(line) : null;
    if (h) out.push({ level: h[1]!.length, title: h[2]!, body: '' });
    else if (out.length) out[out.length - 1]!.body += `${line}\n`;
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the knowledge pack: the catalog as the dashboard AI reads it', () => {
  it('is served under the file names prompt.py reads', () => {
    // blueking-apigateway biz/ai/prompt.py, api_log_err_code_file_name: zh, zh-cn, zh-hans -> .md; en -> _en.md
    expect(KNOWLEDGE_FILES).toEqual({ zh: 'api_response_err_code.md', en: 'api_response_err_code_en.md' });
  });

  for (const lang of LANGS) {
    const md = packs[lang];
    const heads = blocks(md);

    it(`${lang}: keeps the frame of the dashboard's document: a title, the preface with the protocol, a section per status`, () => {
      expect(heads[0]).toMatchObject({
        level: 1,
        title: lang === 'zh' ? '网关错误响应说明' : 'Gateway Error Response Explanation',
      });
      expect(heads[1]).toMatchObject({ level: 2, title: lang === 'zh' ? '前置说明' : 'Pre-Explanation' });
      expect(heads[1]!.body).toContain('"code": 16xxxxx');
      expect(heads.filter((h) => h.level === 1)).toHaveLength(1);
      const statusHeads = heads.slice(2).filter((h) => h.level === 2);
      for (const h of statusHeads) expect(h.title).toMatch(/^status: \d{3}( ESB)?$/);
      const gateway = statusHeads.filter((h) => !h.title.endsWith('ESB')).map((h) => Number(h.title.slice(8)));
      expect(gateway).toEqual([...gateway].sort((a, b) => a - b));
      const statuses = new Set([...catalog.entries.map((e) => e.meta.status), ...catalog.statusNotes.keys()]);
      expect(new Set(statusHeads.map((h) => Number(h.title.slice(8, 11))))).toEqual(statuses);
      // Entries' own sections are demoted below ###, so every ### is one error and nothing else.
      expect(heads.filter((h) => h.level === 3)).toHaveLength(catalog.entries.length);
    });

    it(`${lang}: holds every entry under its status, with its example, code, message, causes, fix and releases`, () => {
      let status = 0;
      let k = 0;
      const seen: string[] = [];
      for (const h of heads) {
        if (h.level === 2 && h.title.startsWith('status: ')) status = Number(h.title.slice(8, 11));
        if (h.level !== 3) continue;
        // The entry's section runs to the next ### or ##, its demoted sub-sections included.
        const rest = heads.slice(heads.indexOf(h) + 1);
        const end = rest.findIndex((o) => o.level <= 3);
        const text = [h, ...(end === -1 ? rest : rest.slice(0, end))]
          .map((b) => `${'#'.repeat(b.level)} ${b.title}\n${b.body}`)
          .join('');
        const slug = new RegExp(
          `^- ${lang === 'zh' ? '详细说明：' : 'Details: '}/${lang}/errors/([a-z0-9-]+)/$`,
          'm',
        ).exec(text)?.[1];
        const entry = catalog.bySlug.get(slug ?? '');
        expect(entry, h.title).toBeDefined();
        expect(h.title.startsWith(entry!.docs[lang].frontmatter.title)).toBe(true);
        seen.push(entry!.slug);
        const { meta } = entry!;
        expect(status, entry!.slug).toBe(meta.status);
        const keys = `- status: ${meta.status}${meta.code !== null ? `, code: ${meta.code}` : ''}${meta.code_name ? `, code_name: ${meta.code_name}` : ''}`;
        expect(text).toContain(keys);
        if (meta.message) expect(text).toContain(`- message: \`${meta.message}\``);
        if (meta.example.body.trim()) expect(text).toContain(meta.example.body.trim());
        for (const r of meta.reasons) expect(text, `${entry!.slug} reason ${r.id}`).toContain(r.text);
        expect(text).toMatch(lang === 'zh' ? /^- 原因：/m : /^- Reason:/m);
        expect(text).toMatch(lang === 'zh' ? /^- 处理：/m : /^- Solution:/m);
        const doc = entry!.docs[lang];
        const sections = sectionsOf(doc);
        for (const id of ['cause', 'fix']) {
          const prose = squash(plainBody(lang, sections.get(id)!.body).replace(/^#{2,6} /gm, ''));
          expect(squash(text.replace(/^#{2,6} /gm, '')), `${entry!.slug} ${id}`).toContain(prose);
        }
        for (const r of meta.releases) expect(text).toContain(r[lang]);
        k++;
      }
      expect(k).toBe(catalog.entries.length);
      expect(new Set(seen).size).toBe(catalog.entries.length);
    });
  }

  it('says the same in both languages: the same errors in the same order', () => {
    const order = (lang: Lang) =>
      [...packs[lang].matchAll(/^- status: (\d+)(?:, code: (\d+))?(?:, code_name: (\w+))?$/gm)].map((m) => m[0]);
    expect(order('zh')).toEqual(order('en'));
    expect(order('zh')).toHaveLength(catalog.entries.length);
  });
});
