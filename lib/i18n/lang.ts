/** The site's two languages: Chinese first (the gateway's own), English. Every page, entry and string exists in both. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
