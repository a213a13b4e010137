import { configMetaContent, META_NAME, readSiteConfig } from '@/lib/site-config';

/**
 * The one place a page reads its links' settings from (lib/site-config.ts): written into the head only when a
 * setting is set, so a build with none is the site it was. Read at build time, so a bad value fails the build
 * naming its variable. A serving process may write or replace this meta at run time.
 */
export function SiteConfigMeta() {
  const content = configMetaContent(readSiteConfig(process.env));
  return content ? <meta name={META_NAME} content={content} /> : null;
}
