// Where the time went for 499, 502 and 504: from the export's request_duration and backend_duration, the gateway's
// upstream_error, and a HAR's timings. Each fixture with the sentences a person reads.
import { describe, expect, it } from 'vitest';
import { timingSentences } from './explain';
import { readExport } from './export';
import { csvRow, generateExport, harCapture } from './generate';
import { readHar } from './har';
import { phaseOf, whereTimeWent } from './timing';
import { loadRules } from '../catalog/load';

const rules = loadRules();

/** An export of the given rows (status, error, body, desc side, request_duration, backend_duration). */
function exportOf(rows: [number, string, string, boolean, number, number | null][]): string {
  const columns = [
    'request_id',
    'timestamp',
    'resource_name',
    'method',
    'http_host',
    'http_path',
    'status',
    'request_duration',
    'backend_duration',
    'code_name',
    'error',
    'response_body',
    'response_desc',
  ];
  const desc = ['网关未请求或请求后端接口异常，响应内容由网关提供。', '网关已请求后端接口，并将其响应原样返回。'];
  return [
    csvRow(columns),
    ...rows.map(([status, error, body, gateway, total, backend], i) =>
      csvRow([
        `id-${i}`,
        1_764_547_200 + i,
        'get_order',
        'GET',
        'bkapi.example.com',
        '/api/demo/prod/orders/',
        status,
        total,
        backend,
        '',
        error,
        body,
        desc[gateway ? 0 : 1]!,
      ]),
    ),
  ].join('\r\n');
}

const TIMEOUT_BODY = JSON.stringify({
  code: 1650401,
  data: null,
  code_name: 'REQUEST_BACKEND_TIMEOUT',
  message:
    'Request backend service timeout [upstream_error="connection timed out while reading response header from upstream OR reading upstream"]',
  result: false,
});

describe('where the time went', () => {
  it('504 from the gateway: it gave up waiting for the response header; the resource timeout', () => {
    const text = exportOf([
      [504, 'connection timed out while reading response header from upstream', TIMEOUT_BODY, true, 60_012, 60_003],
      [504, 'connection timed out while reading response header from upstream', TIMEOUT_BODY, true, 60_020, 60_001],
      [504, 'connection timed out while reading response header from upstream', TIMEOUT_BODY, true, 60_100, 60_090],
    ]);
    const [f] = whereTimeWent(readExport(text, rules).rows);
    expect(f).toMatchObject({ status: 504, who: 'gateway', phase: 'header', timeout: 'resource', count: 3 });
    expect(timingSentences('en', f!)).toEqual([
      '504 × 3: the gateway gave up waiting for the backend after 60.0 s (median 60.0 s, longest 60.1 s).',
      "Connecting and sending worked; it stopped waiting for the backend's response header: the backend is too slow.",
      'The request took 60.0 s in all, 60.0 s of it at the backend.',
      "The timeout to change is the resource's on the gateway (its backend settings, changed and published by the gateway owner), or make the backend faster.",
    ]);
    expect(timingSentences('zh', f!)[0]).toBe('504 × 3：网关等后端 60.0 秒（中位数 60.0 秒，最长 60.1 秒）后放弃了。');
  });

  it("499: the caller hung up after 30 s while the backend was still working; the caller's timeout", () => {
    const text = exportOf([
      [499, '', '', false, 30_001, 29_990],
      [499, '', '', false, 30_004, 29_995],
    ]);
    const [f] = whereTimeWent(readExport(text, rules).rows);
    expect(f).toMatchObject({ status: 499, who: 'client', timeout: 'client', count: 2 });
    expect(timingSentences('zh', f!)).toEqual([
      '499 × 2：调用方先放弃了，在 30.0 秒（中位数 30.0 秒，最长 30.0 秒）之后断开连接。',
      '请求总耗时 30.0 秒，其中后端耗时 30.0 秒。',
      '要改的是调用方自己的超时：它应不短于接口正常所需的时间（或让后端更快）。',
    ]);
  });

  it('502 connection refused at once: nothing listens; no timeout to change', () => {
    const body = JSON.stringify({
      code: 1650200,
      data: null,
      code_name: 'BAD_GATEWAY',
      message: 'Bad Gateway [upstream_error="connection refused"]',
      result: false,
    });
    const [f] = whereTimeWent(readExport(exportOf([[502, 'connection refused', body, true, 4, 1]]), rules).rows);
    expect(f).toMatchObject({ status: 502, who: 'backend', phase: 'refused', timeout: null });
    expect(timingSentences('en', f!)).toEqual([
      '502 × 1: the backend (or its access layer) ended the request after 0.00 s.',
      'The backend refused the connection: nothing listens on that port.',
      'The request took 0.00 s in all, 0.00 s of it at the backend.',
    ]);
  });

  it("a HAR's 504: the browser waited 60 s for the first byte; connecting and TLS were quick", () => {
    const har = harCapture([
      {
        at: 0,
        status: 504,
        body: TIMEOUT_BODY,
        headers: { 'X-Bkapi-Error-Code': '1650401' },
        timings: { connect: 12, ssl: 30, wait: 60_010, receive: 2 },
      },
      { at: 100, status: 200 },
    ]);
    const [f] = whereTimeWent(readHar(har, rules)!.rows);
    expect(f).toMatchObject({ status: 504, who: 'gateway', phase: 'header', timeout: 'resource', waitMs: 60_010 });
    expect(timingSentences('en', f!)).toEqual([
      '504 × 1: the gateway gave up waiting for the backend after 60.0 s.',
      "Connecting and sending worked; it stopped waiting for the backend's response header: the backend is too slow.",
      'The browser recorded: waiting for the first byte 60.0 s, receiving 0.00 s, connecting 0.01 s, TLS 0.03 s.',
      "The timeout to change is the resource's on the gateway (its backend settings, changed and published by the gateway owner), or make the backend faster.",
    ]);
  });

  it('reads the phase from the upstream_error words', () => {
    expect(phaseOf('connection timed out while connecting to upstream')).toBe('connect');
    expect(phaseOf('upstream prematurely closed connection while reading response header')).toBe('header');
    expect(phaseOf('connection reset by peer')).toBe('reset');
    expect(phaseOf(null)).toBeNull();
  });

  it('finds the generated export’s 504s and 502s', () => {
    const findings = whereTimeWent(readExport(generateExport({ rows: 500 }).csv, rules).rows);
    expect(findings.map((f) => [f.status, f.who, f.phase, f.timeout])).toEqual(
      expect.arrayContaining([
        [504, 'gateway', 'header', 'resource'],
        [502, 'backend', 'refused', null],
      ]),
    );
  });
});
