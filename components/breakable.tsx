import { Fragment } from 'react';
import { breakParts } from '@/lib/breaks';

/** An identifier that wraps only after `_`, `-`, `/` or `&` (lib/breaks.ts), never mid-word. */
export function Breakable({ text }: { text: string }) {
  return breakParts(text).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
