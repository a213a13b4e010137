'use client';
import { useEffect } from 'react';
import { BACK_KEY, BACK_MARK, LANG_SWITCH_EVENT, type LangSwitchDetail } from '@/lib/classify-page/limits';

/**
 * The verdict's masked paste (its share fragment) carried where the reader goes next: to the other language
 * through the language switch, as a share link would, and back from an entry, kept in this tab's session with
 * the history entry marked. Nothing is carried while the box is empty.
 */
export function useCarryPaste(fragment: string | null, text: string) {
  useEffect(() => {
    if (!fragment || !text.trim()) return;
    const carry = (e: Event) => void ((e as CustomEvent<LangSwitchDetail>).detail.hash = `#${fragment}`);
    window.addEventListener(LANG_SWITCH_EVENT, carry);
    return () => window.removeEventListener(LANG_SWITCH_EVENT, carry);
  }, [fragment, text]);

  useEffect(() => {
    if (!fragment || !text.trim()) return;
    sessionStorage.setItem(BACK_KEY, fragment);
    window.history.replaceState({ ...(window.history.state as object | null), [BACK_MARK]: 1 }, '');
  }, [fragment, text]);
}
