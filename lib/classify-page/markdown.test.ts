import { describe, expect, it } from 'vitest';
import { parseBlocks, parseInline } from './markdown';
import { headings, sectionsOf } from '../catalog/load';

describe('markdown', () => {
  it('reads inline code, bold and links', () => {
    expect(parseInline('see **this** and `a|b` in [the guide](/guide/gateway-or-backend/#steps).')).toEqual([
      { t: 'text', v: 'see ' },
      { t: 'strong', v: 'this' },
      { t: 'text', v: ' and ' },
      { t: 'code', v: 'a|b' },
      { t: 'text', v: ' in ' },
      { t: 'link', v: 'the guide', href: '/guide/gateway-or-backend/#steps' },
      { t: 'text', v: '.' },
    ]);
  });

  it('reads paragraphs, lists, tables and fenced code', () => {
    const md = [
      'First line',
      'continues.',
      '',
      '1. one',
      '   more',
      '2. two',
      '',
      '| a | b |',
      '| --- | --- |',
      '| `x` | y |',
      '',
      '```json',
      '{"a": 1}',
      '```',
      '### Sub [#sub]',
    ].join('\n');
    expect(parseBlocks(md)).toEqual([
      { type: 'p', inlines: [{ t: 'text', v: 'First line continues.' }] },
      { type: 'list', ordered: true, items: [[{ t: 'text', v: 'one more' }], [{ t: 'text', v: 'two' }]] },
      {
        type: 'table',
        head: [[{ t: 'text', v: 'a' }], [{ t: 'text', v: 'b' }]],
        rows: [[[{ t: 'code', v: 'x' }], [{ t: 'text', v: 'y' }]]],
      },
      { type: 'code', text: '{"a": 1}' },
      { type: 'heading', inlines: [{ t: 'text', v: 'Sub' }] },
    ]);
  });

  it('splits a body into its sections by id, a section holding its children, outside code fences', () => {
    const body = [
      '## Cause [#cause]',
      'intro',
      '### One [#one]',
      'first',
      '```',
      '## not a heading [#nope]',
      '```',
      '## Fix [#fix]',
      'do it',
    ].join('\n');
    const s = sectionsOf({ body, headings: headings('test.mdx', body) });
    expect([...s.keys()]).toEqual(['cause', 'one', 'fix']);
    expect(s.get('cause')).toMatchObject({ intro: 'intro', title: 'Cause', level: 2 });
    expect(s.get('cause')!.body).toContain('### One [#one]');
    expect(s.get('one')!.body).toBe('first\n```\n## not a heading [#nope]\n```');
    expect(s.get('fix')!.body).toBe('do it');
  });
});
