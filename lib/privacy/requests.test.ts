import { describe, expect, it } from 'vitest';
import { requestsSince } from './requests';

const origin = 'https://portal.example.com';
const entries = [
  { name: `${origin}/_next/static/chunks/app.js`, startTime: 10 },
  { name: `${origin}/classify-rules.json`, startTime: 20 },
  { name: `${origin}/_next/static/chunks/worker.js`, startTime: 120 },
  { name: `${origin}/search/?q=secret`, startTime: 130 },
  { name: 'https://tracker.example.net/p.gif', startTime: 140 },
];

describe('requestsSince', () => {
  it('counts nothing before a paste, and only what started at or after it', () => {
    expect(requestsSince(entries, null, origin)).toEqual({ requests: [], carrying: [] });
    expect(requestsSince(entries, 200, origin).requests).toEqual([]);
    // The worker's script at 120 is the site's own code, fixed at build time: not counted.
    expect(requestsSince(entries, 120, origin).requests).toHaveLength(2);
  });

  it("leaves out the site's own code files, but not one with a query or on another host", () => {
    const code = [
      { name: `${origin}/_next/static/chunks/4f2a.js`, startTime: 150 },
      { name: `${origin}/_next/static/chunks/4f2a.js?paste=x`, startTime: 151 },
      { name: 'https://cdn.example.net/_next/static/chunks/4f2a.js', startTime: 152 },
      { name: `${origin}/docs/apigw-errors/_next/static/media/worker.1a2b.js`, startTime: 153 },
    ];
    expect(requestsSince(code, 145, origin).requests).toEqual([
      `${origin}/_next/static/chunks/4f2a.js?paste=x`,
      'https://cdn.example.net/_next/static/chunks/4f2a.js',
    ]);
  });

  it("leaves out the browser's own fetch of the site's icon, which comes whenever it comes", () => {
    const withIcon = [...entries, { name: `${origin}/docs/favicon.svg`, startTime: 150 }];
    expect(requestsSince(withIcon, 145, origin).requests).toEqual([]);
    expect(requestsSince([{ name: `${origin}/favicon.svg?x=1`, startTime: 150 }], 145, origin).requests).toHaveLength(
      1,
    );
  });

  it('names the requests that could carry something: another host, or a query string', () => {
    expect(requestsSince(entries, 100, origin).carrying).toEqual([
      `${origin}/search/?q=secret`,
      'https://tracker.example.net/p.gif',
    ]);
  });
});
