'use client';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';

type Props = Omit<ComponentPropsWithoutRef<'input'>, 'value' | 'onChange'> & {
  value: string;
  /** Every change of what the box shows, composition included. */
  onValueChange: (value: string) => void;
  /** The text to search for: not called mid-composition, only once the IME commits. */
  onQuery: (query: string) => void;
};

/**
 * A search box that does not search half-typed Chinese: while an IME composes (pinyin `bingfa` on its way
 * to 并发), the box shows the keystrokes but the query waits for `compositionend`.
 */
export const SearchInput = forwardRef<HTMLInputElement, Props>(function SearchInput(
  { value, onValueChange, onQuery, onKeyDown, ...rest },
  ref,
) {
  const composing = useRef(false);
  return (
    <input
      ref={ref}
      type="search"
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      enterKeyHint="search"
      {...rest}
      value={value}
      data-composing={composing.current || undefined}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        onValueChange(e.currentTarget.value);
        onQuery(e.currentTarget.value);
      }}
      onChange={(e) => {
        onValueChange(e.target.value);
        const native = e.nativeEvent as InputEvent;
        if (!composing.current && !native.isComposing) onQuery(e.target.value);
      }}
      onKeyDown={(e) => {
        // Enter or an arrow key that picks an IME candidate is not ours to handle.
        if (composing.current || e.nativeEvent.isComposing || e.keyCode === 229) return;
        onKeyDown?.(e);
      }}
    />
  );
});
