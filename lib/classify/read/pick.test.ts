import { describe, expect, it } from 'vitest';
import { parse } from './parse';
import { defaultHarIndex, listHarEntries, pick } from './pick';

const entry = (status: number, url: string) => ({
  request: { method: 'GET', url },
  response: { status, headers: [], content: { text: '' } },
});
const har = (...statuses: number[]) =>
  parse(JSON.stringify({ log: { entries: statuses.map((s, i) => entry(s, `https://a/${i}`)) } }));

describe('pick', () => {
  it('takes the last response of a redirect chain and keeps the hops before it', () => {
    const picked = pick(parse('HTTP/1.1 302 Found\nLocation: /b\n\nHTTP/1.1 404 Not Found\nServer: nginx\n\nnope'));
    expect(picked.response!.status).toBe(404);
    expect(picked.chain.map((r) => r.status)).toEqual([302]);
  });

  it('takes the last HAR entry whose status is 400 or more', () => {
    const parsed = har(200, 502, 404, 200);
    expect(pick(parsed).harIndex).toBe(2);
    expect(defaultHarIndex(parsed.responses)).toBe(2);
  });

  it('takes the last HAR entry when none failed', () => {
    expect(pick(har(200, 204, 301)).harIndex).toBe(2);
  });

  it('takes the entry asked for, and ignores an index that does not exist', () => {
    const parsed = har(200, 502, 404);
    expect(pick(parsed, 0).response!.status).toBe(200);
    expect(pick(parsed, 7).harIndex).toBe(2);
    expect(pick(parsed, -1).harIndex).toBe(2);
    expect(pick(parsed, 1.5).harIndex).toBe(2);
  });

  it('lists HAR entries for the page, and nothing for other forms', () => {
    expect(listHarEntries(har(200, 500))).toEqual([
      { index: 0, method: 'GET', url: 'https://a/0', status: 200 },
      { index: 1, method: 'GET', url: 'https://a/1', status: 500 },
    ]);
    expect(listHarEntries(parse('HTTP/1.1 500'))).toEqual([]);
  });

  it('picks nothing from an empty paste', () => {
    expect(pick(parse('')).response).toBeNull();
  });
});
