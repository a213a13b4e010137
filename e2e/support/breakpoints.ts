/**
 * The widths at which the site's CSS can break, read from the stylesheets the export ships (so nothing is
 * assumed about Tailwind's defaults or globals.css): every width that starts a layout, that is the narrowest
 * phone (320 px) and each `min-width` breakpoint (and the width just past each `max-width` one) whose block
 * styles a class the site uses. A breakpoint only classes from elsewhere produced (Tailwind also scans text
 * files, such as the classifier's fixtures) changes no page, so it is not a width to check. At its narrowest,
 * a layout is the most likely to overflow.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The narrowest screen the site supports. */
export const NARROWEST = 320;

const toPx = (value: number, unit: string) => (unit === 'px' ? value : value * 16);

/** Each width media query's block: the first width of the layout it starts, and the classes it styles. */
export function mediaBlocks(css: string): { from: number; classes: string[] }[] {
  const out: { from: number; classes: string[] }[] = [];
  const query =
    /@media[^{]*?\(\s*(min-width|max-width|width\s*>=|width\s*>|width\s*<=|width\s*<)\s*:?\s*([\d.]+)(px|rem|em)\s*\)[^{]*\{/g;
  for (const m of css.matchAll(query)) {
    const px = toPx(Number(m[2]), m[3]!);
    const kind = m[1]!.replace(/\s+/g, '');
    // The layout the query starts (or the one after the range it ends) begins at this width.
    const from =
      kind === 'min-width' || kind === 'width>='
        ? px
        : kind === 'width>' || kind === 'max-width' || kind === 'width<='
          ? px + 1
          : px;
    // The block's body, to its matching brace.
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    const body = css.slice(start, i - 1);
    const classes = [...body.matchAll(/\.(-?[A-Za-z_](?:\\.|[\w-])*)/g)].map((c) => c[1]!.replace(/\\(.)/g, '$1'));
    out.push({ from: Math.round(from), classes: [...new Set(classes)] });
  }
  return out;
}

/** The widths to check: the narrowest, and each breakpoint one of whose classes `used` reports in use. */
export function breakWidths(css: string, used: (className: string) => boolean): number[] {
  const widths = new Set([NARROWEST]);
  for (const b of mediaBlocks(css)) if (b.from > NARROWEST && b.classes.some(used)) widths.add(b.from);
  return [...widths].sort((a, b) => a - b);
}

/** The widths to check for an export: its stylesheets, and the classes its pages and scripts name. */
export function exportBreakWidths(outDir: string): number[] {
  const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  const read = (ext: string) =>
    files.filter((f) => f.endsWith(ext)).map((f) => fs.readFileSync(path.join(outDir, f), 'utf8'));
  const css = read('.css').join('\n');
  // The classes the markup names, and the variant classes (`sm:flex`) the client components' scripts write.
  const html = read('.html').join('\n');
  const inMarkup = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
  const inScripts = new Set(
    read('.js')
      .join('\n')
      .split(/[\s"'`\\]+/)
      .filter((t) => t.includes(':')),
  );
  return breakWidths(css, (c) => inMarkup.has(c) || inScripts.has(c));
}
