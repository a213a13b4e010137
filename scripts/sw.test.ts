import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerOn, SW_FILE, workerSource, writeServiceWorker } from './sw';
import { SW_OFF_META } from '../lib/service-worker';

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
  put('en/errors/x/index.html', '<html><head><title>x</title></head><body></body></html>');
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

/** Every file of an export, by its path, with its bytes. */
function tree(dir: string): Record<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return Object.fromEntries(
    files
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
}

describe('SERVICE_WORKER=off, applied by this step alone', () => {
  // The page's side (it reads the meta and registers none) is e2e/offline.spec.ts's.
  it('writes no worker and marks every page', () => {
    const out = fakeExport();
    writeServiceWorker(out, '', { SERVICE_WORKER: 'off' });
    expect(fs.existsSync(path.join(out, SW_FILE))).toBe(false);
    const page = fs.readFileSync(path.join(out, 'en/errors/x/index.html'), 'utf8');
    expect(page).toBe(`<html><head><title>x</title>${SW_OFF_META}</head><body></body></html>`);
  });

  it('on an export built with the worker on, gives byte for byte the export built with it off, and back', () => {
    const on = fakeExport();
    writeServiceWorker(on, '/docs', {});
    const off = fakeExport();
    writeServiceWorker(off, '/docs', { SERVICE_WORKER: 'off' });
    const onTree = tree(on);
    writeServiceWorker(on, '/docs', { SERVICE_WORKER: 'off' });
    expect(tree(on)).toEqual(tree(off));
    writeServiceWorker(on, '/docs', { SERVICE_WORKER: 'off' });
    expect(tree(on)).toEqual(tree(off));
    writeServiceWorker(on, '/docs', {});
    expect(tree(on)).toEqual(onTree);
  });
});
