import 'server-only';
import rehypeShiki from '@shikijs/rehype';
import { bundleMDX } from 'mdx-bundler';
import { cache } from 'react';
import remarkGfm from 'remark-gfm';
import { codeToHtml } from 'shiki';
import remarkHeadingId from './remark-heading-id';

const themes = { light: 'github-light', dark: 'github-dark' } as const;

/**
 * Compiles one MDX body to code for getMDXComponent. Highlighting is CPU-heavy and deterministic, so the
 * result is cached: metadata and page share one compile per file and build.
 */
export const compileMdx = cache(async (file: string, source: string): Promise<string> => {
  try {
    const { code } = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkHeadingId];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypeShiki, { themes }]];
        return options;
      },
    });
    return code;
  } catch (e) {
    throw new Error(`${file}: MDX does not compile: ${(e as Error).message}`);
  }
});

/** Highlights a snippet at build time; the page ships the HTML and no highlighting code. */
export const highlight = cache((code: string, lang: 'http' | 'json' | 'text' | 'html') =>
  codeToHtml(code, { lang, themes }),
);
