import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps, ReactNode } from 'react';
import { SiteLink } from '@/components/ui';
import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';
import { localPath } from '@/lib/site';
import { Breakable } from './breakable';
import { Heading } from './heading';

/**
 * Renders compiled MDX with the site's components: language-aware internal links, headings with copy-link,
 * and, under the second-level heading of each id in `after`, what it holds (the guide's chain pictures).
 */
export function MdxContent({
  code,
  lang,
  after = {},
}: {
  code: string;
  lang: Lang;
  after?: Record<string, ReactNode>;
}) {
  const Content = getMDXComponent(code);
  const components = {
    a: ({ href = '', ...props }: ComponentProps<'a'>) =>
      href.startsWith('/') ? (
        <SiteLink href={localPath(lang, href)} {...props} />
      ) : (
        <a href={href} rel="noreferrer" {...props} />
      ),
    // A table wider than a phone scrolls inside its own region, which keyboard users can focus and scroll.
    table: (props: ComponentProps<'table'>) => (
      <div className="scroll-x" role="region" aria-label={siteText(lang).tableRegion} tabIndex={0}>
        <table {...props} />
      </div>
    ),
    // An id in code wraps after `_` or `-`, never mid-word; a highlighted block (spans, not a string) as it is.
    code: ({ children, ...props }: ComponentProps<'code'>) => (
      <code {...props}>{typeof children === 'string' ? <Breakable text={children} /> : children}</code>
    ),
    h2: ({ id = '', children }: ComponentProps<'h2'>) => (
      <>
        <Heading level={2} id={id} lang={lang}>
          {children}
        </Heading>
        {after[id]}
      </>
    ),
    h3: ({ id = '', children }: ComponentProps<'h3'>) => (
      <Heading level={3} id={id} lang={lang}>
        {children}
      </Heading>
    ),
  };
  return (
    <div className="prose prose-slate max-w-none min-w-0 break-words dark:prose-invert prose-code:before:content-none prose-code:after:content-none prose-pre:bg-transparent prose-pre:p-0">
      {/* mdx-bundler's documented use: the compiled module is the component, rendered once on the server. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Content components={components} />
    </div>
  );
}
