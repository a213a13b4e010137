/**
 * The knowledge pack: the catalog as the gateway dashboard's AI reads it. The dashboard builds its prompt for
 * "explain this flow-log error" from one Markdown file per language (TencentBlueKing/blueking-apigateway,
 * src/dashboard/apigateway/apigateway/biz/ai/prompt.py: `_build_log_analyze_prompt` reads
 * `api_response_err_code.md` or `api_response_err_code_en.md` from `settings.API_RESPONSE_ERR_CODE_DOC_DIR`
 * whole and puts it before the log). These files keep that document's frame (a `#` title, a `##` preface with
 * the error protocol, one `## status: N` per HTTP status, one `###` per error with its example body and
 * `- 原因：`/`- 处理：` lines) and fill it with every entry of the verified catalog, from the one loader.
 * Served at /knowledge/api_response_err_code.md and /knowledge/api_response_err_code_en.md (docs/knowledge-pack.md).
 */
import { entriesOfStatus, isEsbGroup, sectionsOf, statuses, type Catalog, type Entry } from './load';
import { fence, plainBody } from './markdown';
import { releaseRange } from './releases';
import { t } from '../i18n';
import { knowledgeText } from '../i18n/knowledge';
import type { Lang } from '../i18n/lang';
import * as routes from '../routes';
import { withBase } from '../routes';

/** The file names the dashboard reads, by language (prompt.py's `api_log_err_code_file_name`). */
export const KNOWLEDGE_FILES: Record<Lang, string> = {
  zh: 'api_response_err_code.md',
  en: 'api_response_err_code_en.md',
};

const PROTOCOL = `\`\`\`json
{
  "code_name": "",
  "data": null,
  "code": 16xxxxx,
  "message": "",
  "result": false
}
\`\`\``;

const FENCE = /^\s*(```|~~~)/;

/**
 * A section's body one heading level down, so an entry's own sub-sections (`###` in its page) never read as
 * the next error (`###` here); code fences are left alone.
 */
function demote(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) inFence = !inFence;
      return !inFence && /^#{2,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

const literal = (v: string | number) => {
  const s = String(v);
  const ticks = s.includes('`') ? '``' : '`';
  return `${ticks}${s}${ticks}`;
};

/** The texts of a message that tell this entry from others with its code, each once. */
function messageForms(entry: Entry): string[] {
  const { meta } = entry;
  const all = [...meta.match, ...meta.match_exact, ...meta.reasons.map((r) => r.text)];
  return [...new Set(all)].filter((s) => s !== meta.message);
}

function entrySection(entry: Entry, lang: Lang): string {
  const k = knowledgeText(lang).knowledge;
  const d = t(lang);
  const { meta } = entry;
  const doc = entry.docs[lang];
  const sections = sectionsOf(doc);
  const section = (id: string) => demote(plainBody(lang, sections.get(id)?.body ?? ''));
  const flag = meta.deprecated ? k.deprecated : meta.legacy ? k.legacy : '';
  const body = meta.example.body.trim();
  const example = body ? fence(body, body.startsWith('{') ? 'json' : '') : k.noBody;
  const keys = [
    `status: ${meta.status}`,
    meta.code !== null ? `code: ${meta.code}` : null,
    meta.code_name ? `code_name: ${meta.code_name}` : null,
  ].filter((v) => v !== null);
  const forms = messageForms(entry);
  const lines = [
    `- ${keys.join(', ')}`,
    meta.message ? `- message: ${literal(meta.message)}` : null,
    forms.length ? `- ${k.forms}${forms.map(literal).join(lang === 'zh' ? '、' : ', ')}` : null,
    `- ${k.actor}${d.actor[meta.actor]}`,
    `- ${k.page}${withBase(routes.entry(lang, entry.slug))}`,
  ].filter((v) => v !== null);
  const parts = [`### ${doc.frontmatter.title}${flag}`, example, lines.join('\n')];
  parts.push(`- ${k.cause}${doc.frontmatter.summary}`, section('cause'));
  parts.push(`- ${k.fix}`, section('fix'));
  if (meta.releases.length)
    parts.push(
      `- ${k.releases}\n${meta.releases.map((r) => `  - ${releaseRange(r.from, r.until, lang)}: ${r[lang]}`).join('\n')}`,
    );
  return parts.filter(Boolean).join('\n\n');
}

/** One language's file: the frame of the dashboard's document, every status and every entry of the catalog. */
export function knowledgePack(catalog: Catalog, lang: Lang): string {
  const k = knowledgeText(lang).knowledge;
  const d = t(lang);
  const parts = [
    `# ${k.title}`,
    `## ${k.preface}`,
    `> ${k.chain}`,
    k.protocol,
    PROTOCOL,
    k.notProtocol,
    k.esb,
    k.generated(`${d.siteName}, ${withBase(routes.home(lang))}`),
    k.howToRead,
  ];
  for (const status of statuses(catalog)) {
    const { sent } = entriesOfStatus(catalog, status);
    const note = catalog.statusNotes.get(status)?.[lang];
    const esb = sent.length > 0 && isEsbGroup(sent);
    parts.push(`## status: ${status}${esb ? ` ${k.esbGroup}` : ''}`);
    if (note) parts.push(sent.length ? note.frontmatter.summary : demote(plainBody(lang, note.body)));
    for (const entry of sent) parts.push(entrySection(entry, lang));
  }
  return `${parts.join('\n\n')}\n`;
}
