import { SiteLink } from '@/components/ui';
import { parseBlocks, type Inline } from '@/lib/classify-page/markdown';
import type { Lang } from '@/lib/i18n/lang';
import { localPath } from '@/lib/site';
import { Breakable } from '../breakable';

/**
 * The catalog's own Markdown (a cause, a fix, a guide case) as React elements. Only the site's content
 * comes through here, never the paste; links stay inside the site or go to http(s) addresses.
 */
function Inlines({ lang, items }: { lang: Lang; items: Inline[] }) {
  return items.map((x, i) => {
    if (x.t === 'code')
      return (
        <code key={i} className="rounded bg-slate-100 px-1 text-[0.9em] dark:bg-slate-800">
          <Breakable text={x.v} />
        </code>
      );
    if (x.t === 'strong') return <strong key={i}>{x.v}</strong>;
    if (x.t === 'text') return x.v;
    const cls = 'text-blue-700 underline dark:text-blue-300';
    // Content links are language-neutral (`/errors/x/`); the page adds the language, Link the sub-path.
    if (x.href.startsWith('/'))
      return (
        <SiteLink key={i} href={localPath(lang, x.href)} className={cls}>
          {x.v}
        </SiteLink>
      );
    if (/^https?:\/\//.test(x.href))
      return (
        <a key={i} href={x.href} rel="noopener noreferrer" className={cls}>
          {x.v}
        </a>
      );
    return x.v;
  });
}

/** `examples`: where given, each code block is folded under a summary of that name (a guide case's example responses). */
export function ClassifyMarkdown({
  lang,
  text,
  level,
  examples,
}: {
  lang: Lang;
  text: string;
  level: 4 | 5;
  examples?: string;
}) {
  const H = `h${level}` as const;
  return (
    <div className="space-y-2 text-sm leading-relaxed">
      {parseBlocks(text).map((b, i) => {
        switch (b.type) {
          case 'p':
            return (
              <p key={i}>
                <Inlines lang={lang} items={b.inlines} />
              </p>
            );
          case 'heading':
            return (
              <H key={i} className="font-semibold">
                <Inlines lang={lang} items={b.inlines} />
              </H>
            );
          case 'code': {
            const pre = (
              <pre key={i} className="whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
                {b.text}
              </pre>
            );
            return examples ? (
              <details key={i} data-example="">
                <summary className="cursor-pointer text-slate-700 dark:text-slate-300">{examples}</summary>
                {pre}
              </details>
            ) : (
              pre
            );
          }
          case 'list': {
            const L = b.ordered ? 'ol' : 'ul';
            return (
              <L key={i} className={`${b.ordered ? 'list-decimal' : 'list-disc'} space-y-1 pl-6`}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Inlines lang={lang} items={item} />
                  </li>
                ))}
              </L>
            );
          }
          case 'table':
            return (
              // Cells wrap rather than scroll: a scrolling region would need its own keyboard focus.
              <div key={i}>
                <table className="w-full table-fixed break-words text-left text-xs">
                  <thead>
                    <tr>
                      {b.head.map((cell, j) => (
                        <th key={j} scope="col" className="border-b border-slate-300 p-1 dark:border-slate-600">
                          <Inlines lang={lang} items={cell} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, j) => (
                          <td key={j} className="border-b border-slate-200 p-1 align-top dark:border-slate-700">
                            <Inlines lang={lang} items={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </div>
  );
}
