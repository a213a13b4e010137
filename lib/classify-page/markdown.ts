/**
 * The little Markdown the catalog's cause and fix sections use (paragraphs, lists, tables, fenced code,
 * inline code, bold, links), read into plain data the page renders as React elements. The catalog's own
 * pages go through mdx-bundler at build time; the classify page shows any entry after a paste, so it gets
 * the sections as text in a static JSON file and renders them with this instead of shipping a compiler.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; v: string }
  | { t: 'link'; v: string; href: string };
export type Block =
  | { type: 'p' | 'heading'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; text: string };

const INLINE = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let pos = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > pos) out.push({ t: 'text', v: text.slice(pos, m.index) });
    if (m[1]) out.push({ t: 'code', v: m[2]!.trim() });
    else if (m[3]) out.push({ t: 'strong', v: m[3] });
    else out.push({ t: 'link', v: m[4]!, href: m[5]! });
    pos = m.index + m[0].length;
  }
  if (pos < text.length) out.push({ t: 'text', v: text.slice(pos) });
  return out;
}

const FENCE = /^\s*(```|~~~)/;
const ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*?)(?:\s*\[#[a-z0-9-]+\])?\s*$/;
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => parseInline(c.trim().replace(/\\\|/g, '|')));

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
    } else if (FENCE.test(line)) {
      const fence = FENCE.exec(line)![1]!;
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) body.push(lines[i]!);
      blocks.push({ type: 'code', text: body.join('\n') });
      i++;
    } else if (HEADING.test(line)) {
      blocks.push({ type: 'heading', inlines: parseInline(HEADING.exec(line)![1]!) });
      i++;
    } else if (line.trim().startsWith('|')) {
      const rows: string[] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(lines[i]!);
      const body = rows.filter((r, n) => !(n === 1 && /^[\s|:-]+$/.test(r)));
      blocks.push({ type: 'table', head: cells(body[0]!), rows: body.slice(1).map(cells) });
    } else if (ITEM.test(line)) {
      const ordered = Boolean(ITEM.exec(line)![2]);
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
        const item = ITEM.exec(lines[i]!);
        // A nested item becomes an item of its own; a continuation line joins the item above.
        if (item) items.push(item[3]!);
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
      }
      blocks.push({ type: 'list', ordered, items: items.map(parseInline) });
    } else {
      const para: string[] = [];
      for (
        ;
        i < lines.length &&
        lines[i]!.trim() !== '' &&
        !FENCE.test(lines[i]!) &&
        !ITEM.test(lines[i]!) &&
        !HEADING.test(lines[i]!);
        i++
      )
        para.push(lines[i]!.trim());
      blocks.push({ type: 'p', inlines: parseInline(para.join(' ')) });
    }
  }
  return blocks;
}
