import { exampleHead } from '@/lib/catalog/example';
import type { Entry } from '@/lib/catalog/load';
import { highlight } from '@/lib/catalog/mdx.server';

/** The entry's example as the caller receives it: status line and headers, then the body, highlighted at build time. */
export async function ExampleResponse({ entry }: { entry: Entry }) {
  const { body } = entry.meta.example;
  const head = await highlight(exampleHead(entry.meta), 'http');
  const bodyHtml = body ? await highlight(body.trimEnd(), body.trimStart().startsWith('{') ? 'json' : 'text') : '';
  return (
    <div className="mt-2 space-y-2">
      <div dangerouslySetInnerHTML={{ __html: head }} />
      {bodyHtml && <div dangerouslySetInnerHTML={{ __html: bodyHtml }} />}
    </div>
  );
}
