import { describe, expect, it } from 'vitest';
import { breakWidths, mediaBlocks } from './breakpoints';

const css =
  '.a{color:red}@media (min-width:40rem){.sm\\:block{display:block}.sm\\:w-48{width:12rem}}' +
  '@media (min-width:48rem){.md\\:block{display:block}}@media (hover:hover){.hover\\:x:hover{color:red}}' +
  '@media (width>=64rem){.lg\\:sticky{position:sticky}}@media (max-width:500px){.narrow{display:none}}' +
  '@media print{.p{display:none}}@media (min-width:80rem){.container{max-width:80rem}}';

describe('the widths the CSS can break at', () => {
  it('reads each width query, in rem or px, with the classes its block styles', () => {
    expect(mediaBlocks(css)).toEqual([
      { from: 640, classes: ['sm:block', 'sm:w-48'] },
      { from: 768, classes: ['md:block'] },
      { from: 1024, classes: ['lg:sticky'] },
      { from: 501, classes: ['narrow'] },
      { from: 1280, classes: ['container'] },
    ]);
  });

  it('keeps the narrowest phone and the breakpoints of classes in use, sorted', () => {
    const used = new Set(['sm:w-48', 'lg:sticky', 'narrow']);
    expect(breakWidths(css, (c) => used.has(c))).toEqual([320, 501, 640, 1024]);
    expect(breakWidths(css, () => false)).toEqual([320]);
  });
});
