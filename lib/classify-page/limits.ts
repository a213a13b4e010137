/** The most the classify page reads: a 50 MB HAR is the largest a browser's network panel commonly saves. */
export const MAX_INPUT = 50 * 1024 * 1024;
/** A file up to this size goes into the text box, where the person can see and edit it; a larger one is read as it is. */
export { BOX_LIMIT } from '../share/limits';
/** sessionStorage key under which the home page's paste box hands a paste to the classify page (never the URL). */
export const HANDOFF_KEY = 'apigw-classify-handoff';
/**
 * Back to the classify page: the masked share fragment of the last verdict, kept in this tab's session storage
 * (never sent anywhere) and restored only when the history entry says it had one.
 */
export const BACK_KEY = 'apigw-classify-back';
/** The history entry's mark that the page showed a verdict (the state Next keeps beside its own). */
export const BACK_MARK = 'apigwClassify';

/** How long typing must pause before the page classifies: longer for a large paste, where each run costs more. */
export function debounceFor(length: number): number {
  return length < 100_000 ? 150 : length < 2_000_000 ? 300 : 600;
}

/** A size for people: 512 B, 12.3 KB, 48.0 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Sent on window by the language switch before it leaves, with `{hash}`: a page may put its state in the
 * fragment of the address it goes to (the classify page: its masked paste, as a share link carries it).
 */
export const LANG_SWITCH_EVENT = 'apigw:lang-switch';
export type LangSwitchDetail = { hash: string };
