import { describe, expect, it } from 'vitest';
import { balancedEnd, findEscapedJson, findJson, relaxedJson } from './json';

describe('findJson', () => {
  it('parses the whole text when it is JSON', () => {
    expect(findJson(' {"a":1} ')).toMatchObject({ value: { a: 1 }, start: 1 });
  });

  it('cuts junk after the JSON at the position the engine names', () => {
    expect(findJson('{"a":1}\n$ echo done')).toMatchObject({ value: { a: 1 }, end: 8 });
  });

  it('finds an object inside a sentence, past stray braces', () => {
    expect(findJson('use {name} then: {"code": 1} ok')!.value).toEqual({ code: 1 });
    expect(findJson('{ {"a":1}')!.value).toEqual({ a: 1 });
  });

  it('gives up on text with no JSON, within a bounded number of scans', () => {
    expect(findJson('no json here')).toBeNull();
    expect(findJson('{'.repeat(200_000))).toBeNull();
  });
});

describe('balancedEnd', () => {
  it('skips brackets inside strings, escapes included', () => {
    const text = '{"a":"}\\"{","b":[1,{"c":2}]} tail';
    expect(text.slice(0, balancedEnd(text, 0))).toBe('{"a":"}\\"{","b":[1,{"c":2}]}');
    expect(balancedEnd('{"a":', 0)).toBe(-1);
  });
});

describe('findEscapedJson', () => {
  it('undoes one level of escaping, inner escapes kept right', () => {
    const found = findEscapedJson('body="{\\"message\\":\\"Parameters error [reason=\\\\\\"x\\\\\\"]\\"}" status=400');
    expect(found!.value).toEqual({ message: 'Parameters error [reason="x"]' });
  });

  it('reads a pretty-printed body escaped with \\n', () => {
    expect(findEscapedJson('resp: "{\\n  \\"code\\": 1640001\\n}"')!.value).toEqual({ code: 1640001 });
  });
});

describe('relaxedJson', () => {
  it('reads None, True, False and single quotes', () => {
    expect(relaxedJson("{'a': None, 'b': True, 'c': False, 'd': \"it's\"}")).toEqual({
      a: null,
      b: true,
      c: false,
      d: "it's",
    });
    expect(relaxedJson('{"plain": 1')).toBeUndefined();
  });

  it('reads console previews: unquoted keys, placeholders, a cut-off preview, class names, joined literals', () => {
    expect(relaxedJson("{code: 1640401, data: null, code_name: 'API_NOT_FOUND', …}")).toEqual({
      code: 1640401,
      data: null,
      code_name: 'API_NOT_FOUND',
    });
    expect(
      relaxedJson('{ headers: [Object], fn: [Function: x], list: [ 1, 2, ... 3 more items ], n: undefined }'),
    ).toEqual({
      headers: null,
      fn: null,
      list: [1, 2],
      n: null,
    });
    expect(relaxedJson('Object { code: 1641301, message: "too large" }'.slice(7))).toEqual({
      code: 1641301,
      message: 'too large',
    });
    expect(relaxedJson("{'message': 'a long '\n            'message'}")).toEqual({ message: 'a long message' });
  });
});
