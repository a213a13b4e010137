'use client';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * After a paste, a drop, a file or a link (the caller calls `revealNext` when one comes) the box shrinks to a few
 * lines and the next answer comes into view: on a phone it would otherwise start below the screen. Typing does
 * not scroll the box away. Both happen before the browser paints, so the page never shows the answer in one
 * place and then jumps. `compact` is the box at a few lines; the "edit the paste" button opens it again.
 */
export function useRevealAnswer(analysis: unknown) {
  const reveal = useRef(false);
  const [compact, setCompact] = useState(false);
  // How many answers were revealed: each brings the answer into view once its box has shrunk.
  const [revealed, setRevealed] = useState(0);
  useLayoutEffect(() => {
    if (!analysis || !reveal.current) return;
    reveal.current = false;
    setCompact(true);
    setRevealed((n) => n + 1);
  }, [analysis]);
  useLayoutEffect(() => {
    if (!revealed) return;
    const title = document.getElementById('verdict-title');
    const top = title?.getBoundingClientRect().top;
    if (top !== undefined && (top < 0 || top > window.innerHeight * 0.5)) title?.scrollIntoView({ block: 'start' });
  }, [revealed]);
  const revealNext = useCallback(() => {
    reveal.current = true;
  }, []);
  return { revealNext, compact, setCompact };
}
