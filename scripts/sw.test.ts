import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerOn, SW_FILE, workerSource, writeServiceWorker } from './sw';

function fakeExport(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-'));
  const put = (f: string, text = 'x') => {
    fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    fs.writeFileSync(path.join(out, f), text);
  };
  for (const f of [
    'zh/classify/index.html',
    'zh/classify/index.txt',
    'en/search/index.html',
    'classify-rules.json',
    'search-index/zh.json',
  ])
    put(f);
  put('_next/static/chunks/a.js', 'a');
  put('en/errors/x/index.html');
  return out;
}

describe('the service worker', () => {
  it('precaches the classify and search pages, their data and every static file, and no entry page', () => {
    const files = precacheList(fakeExport());
    expect(files).toEqual([
      '_next/static/chunks/a.js',
      'classify-rules.json',
      'en/search/',
      'search-index/zh.json',
      'zh/classify/',
      'zh/classify/index.txt',
    ]);
  });

  it('is valid JavaScript that touches only its own origin and base path', () => {
    const src = workerSource('/docs/apigw-errors', ['zh/classify/'], 'abc');
    expect(() => new Function(src)).not.toThrow();
    expect(src).toContain('url.origin !== self.location.origin');
    expect(src).toContain('"/docs/apigw-errors"');
  });

  it('changes its cache with the files, and is not written when turned off', () => {
    const out = fakeExport();
    const first = writeServiceWorker(out, '', {});
    fs.writeFileSync(path.join(out, '_next/static/chunks/a.js'), 'b');
    expect(writeServiceWorker(out, '', {})).not.toBe(first);
    expect(fs.existsSync(path.join(out, SW_FILE))).toBe(true);
    expect(writeServiceWorker(out, '', { SERVICE_WORKER: 'off' })).toBeNull();
    expect(fs.existsSync(path.join(out, SW_FILE))).toBe(false);
    expect(serviceWorkerOn({})).toBe(true);
    expect(serviceWorkerOn({ SERVICE_WORKER: 'false' })).toBe(false);
  });
});
