import { gzipSync } from 'node:zlib';
import { loadCatalog } from '@/lib/catalog/load';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import { buildSearchIndex } from './build-index';
import { QUESTIONS } from './questions';
import { createSearcher } from './rank';

/** Every kind of query people bring, in both scripts; run against both languages' indexes. */
const BENCH_QUERIES = [
  '429',
  '502',
  '1642903',
  '1640001',
  'RATE_LIMIT_RESTRICTION',
  'api-not-found',
  '频率',
  '并发',
  '递归',
  '超时',
  '签名',
  '429 频率',
  'rate limt',
  'concurency',
  'timeout',
  'ip whitelist',
  'app not found',
  'app code cannot be empty',
  'Request rejected by ip restriction',
  'Parameters error [reason="bk_app_code or bk_app_secret is incorrect"]',
  'Bad Gateway [upstream_error="cannot read header from upstream"]',
  'API not found [method="POST" path="/api/v1/hosts/"]',
  '{"code": 1640001, "data": null, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\\"app not found\\"]", "result": false}',
  '{"code_name":"REQUEST_BACKEND_TIMEOUT","data":null,"code":1650401,"message":"Request backend service timeout [upstream_error=\\"connection timed out while reading response header from upstream OR reading upstream\\"]","result":false}',
  'upstream prematurely closed connection while reading response header from upstream',
  '2024/05/01 10:00:00 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, server: _, request: "GET /api/ HTTP/1.1", upstream: "http://10.0.0.2:80/api/", host: "bkapi.example.com"',
  'xqzjvkwp blorf',
  // Long pastes: a chat message around a body, in Chinese, and a run of access-log lines.
  '请问大佬们，我们这边调用蓝鲸网关的接口一直报错，返回的内容是 {"code":1640001,"data":null,"code_name":"INVALID_ARGS","message":"Parameters error [reason=\\"app code cannot be empty\\"]","result":false}，后端那边说没收到请求，这个是什么原因，应该找谁处理？我们的应用是在容器里跑的，之前一直正常，今天上线之后就不行了，麻烦帮忙看看，谢谢',
  '后端服务最近经常超时，网关返回 504，message 是 Request backend service timeout [upstream_error="cannot read header from upstream"]，我们后端的日志显示请求处理了 70 秒才结束，网关资源配置的超时时间是 60 秒，这种情况是要调大网关的超时时间还是优化后端？调大的话最大可以调到多少？另外测试环境和正式环境的超时配置是分开的吗',
  Array.from(
    { length: 6 },
    (_, i) =>
      `10.0.0.${i} - - [07/Dec/2026:10:00:0${i} +0800] "GET /prod/api/v1/hosts/?page=${i} HTTP/1.1" 499 0 "-" "python-requests/2.31.0"`,
  ).join('\n'),
  ...QUESTIONS.map((q) => q.query),
];

/** The gzipped index before issue 28 (sections, asked words, pages and the vocabulary), bytes: the budget is 1.5 times it. */
export const INDEX_BEFORE = { zh: 32032, en: 26427 } as const;

export type SearchBench = {
  queries: number;
  runs: number;
  /** Per query, milliseconds, over every query in both languages and every run. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Building the searcher (the fuse.js index included), once per language, milliseconds. */
  setupMs: Record<Lang, number>;
  /** The index files as the route serves them, bytes. */
  indexBytes: Record<Lang, { raw: number; gzip: number }>;
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Times search in Node over the full index of both languages. */
export function benchSearch({ runs = 50 } = {}): SearchBench {
  const catalog = loadCatalog();
  const setupMs = {} as Record<Lang, number>;
  const indexBytes = {} as Record<Lang, { raw: number; gzip: number }>;
  const searchers = LANGS.map((lang) => {
    const index = buildSearchIndex(catalog, lang);
    // The route answers with Response.json, which is JSON.stringify.
    const json = Buffer.from(JSON.stringify(index));
    indexBytes[lang] = { raw: json.length, gzip: gzipSync(json, { level: 9 }).length };
    const t0 = performance.now();
    const searcher = createSearcher(JSON.parse(json.toString()));
    setupMs[lang] = performance.now() - t0;
    return searcher;
  });
  // Warm up the JIT before measuring, as a browser tab would be after the first few keystrokes.
  for (let i = 0; i < 5; i++) for (const s of searchers) for (const q of BENCH_QUERIES) s.search(q);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const s of searchers) {
      for (const q of BENCH_QUERIES) {
        const t0 = performance.now();
        s.search(q);
        times.push(performance.now() - t0);
      }
    }
  }
  times.sort((a, b) => a - b);
  return {
    queries: BENCH_QUERIES.length * searchers.length,
    runs,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: times[times.length - 1]!,
    setupMs,
    indexBytes,
  };
}
