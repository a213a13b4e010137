'use client';
import { useEffect, useRef, type RefObject } from 'react';
import { BACK_KEY, BACK_MARK, HANDOFF_KEY } from '@/lib/classify-page/limits';
import type { classifyText } from '@/lib/i18n/classify';
import { readShare } from '@/lib/share/share-link';

type Fill = (next: string, entry: number | null, says: string | null) => void;

/**
 * On load, the paste the page was opened with goes in the box: a share link's (its fragment), else the home
 * page's hand-over, else, back to this page, the last verdict's masked paste when this history entry showed
 * one; with none, the box takes the focus. A share link opened later in this tab changes only the fragment,
 * so it is read again then (an in-page anchor such as #main is not a share link and is ignored).
 */
export function useRestorePaste(
  c: ReturnType<typeof classifyText>['classify'],
  fill: Fill,
  box: RefObject<HTMLTextAreaElement | null>,
  onError: (notice: { kind: 'error'; text: string }) => void,
) {
  // The restore runs once, on load; `fill` changes when the rules arrive, so it is read through a ref.
  const fillRef = useRef(fill);
  useEffect(() => {
    fillRef.current = fill;
  }, [fill]);
  useEffect(() => {
    const restore = () => {
      const read = readShare(window.location.hash);
      if (read && 'shared' in read) fillRef.current(read.shared.text, read.shared.harEntry, c.restored);
      else if (read) onError({ kind: 'error', text: read.problem === 'too-large' ? c.linkTooLarge : c.linkMalformed });
      return read !== null;
    };
    if (!restore()) {
      const handed = sessionStorage.getItem(HANDOFF_KEY);
      sessionStorage.removeItem(HANDOFF_KEY);
      const back = (window.history.state as Record<string, unknown> | null)?.[BACK_MARK]
        ? sessionStorage.getItem(BACK_KEY)
        : null;
      const read = back ? readShare(`#${back}`) : null;
      if (handed) fillRef.current(handed, null, c.handedOver);
      else if (read && 'shared' in read) fillRef.current(read.shared.text, read.shared.harEntry, c.restoredBack);
      else box.current?.focus({ preventScroll: true });
    }
    window.addEventListener('hashchange', restore);
    return () => window.removeEventListener('hashchange', restore);
  }, [c, box, onError]);
}
