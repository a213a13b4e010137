/**
 * The most a paste box holds: a file up to this size goes into the classify page's text box, where the person
 * can see and edit it (a larger one is judged as it is), and so the most a share link may expand to. Here,
 * below both, because the share link (lib/share/share-link.ts) and the page (lib/classify-page/limits.ts)
 * both need it.
 */
export const BOX_LIMIT = 1024 * 1024;
