'use client';
import { useSyncExternalStore } from 'react';
import { META_NAME, NO_CONFIG, parseConfigMeta, type SiteConfig } from '@/lib/site-config';

let cached: { content: string | null; config: SiteConfig } | null = null;

/** The settings from the page's meta, parsed once per content (a stable object for React). */
function read(): SiteConfig {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`)?.content ?? null;
  if (cached?.content !== content) cached = { content, config: parseConfigMeta(content) };
  return cached.config;
}
const subscribe = () => () => {};

/**
 * The links' settings as this page was served: from `<meta name="apigw-portal-config">`, on the client only
 * (the server's render, and the first paint, have none, so a link never flashes in and out).
 */
export function useSiteConfig(): SiteConfig {
  return useSyncExternalStore(subscribe, read, () => NO_CONFIG);
}
