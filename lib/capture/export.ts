/**
 * The dashboard's flow-log export read into rows (CaptureRow), each judged. Parsed with papaparse (quoted cells,
 * doubled quotes, newlines and JSON inside cells, the byte-order mark the Windows download carries), by the header
 * row's names, so the multi-tenant column order (bk_tenant_id third, constants.py line 174) and an export from a
 * release that still had `headers` read the same.
 *
 * The columns and their meaning: TencentBlueKing/blueking-apigateway at 048bdd7,
 * src/dashboard/apigateway/apigateway/biz/access_log/constants.py ES_LOG_FIELDS (lines 23-169); the export writes a
 * dict cell as json.dumps(..., ensure_ascii=False) and every other value as it is (apis/web/access_log/views.py
 * lines 196-204); `timestamp` is epoch seconds (biz/access_log/log_search.py line 202); `response_desc` is one of
 * two texts from `error` (biz/access_log/log.py lines 33-36), and a 200 with no body says so in `response_body`
 * (log.py lines 38-39).
 */
import Papa from 'papaparse';
import { Judge } from './judge';
import type { CaptureRow } from './types';
import type { MatchRule } from '../catalog/rules';

/** ES_LOG_FIELDS' `field` names in the export's order (single-tenant), with `headers` as older releases wrote it. */
export const EXPORT_COLUMNS = [
  'request_id',
  'timestamp',
  'app_code',
  'bk_username',
  'client_ip',
  'stage',
  'resource_id',
  'resource_name',
  'method',
  'http_host',
  'http_path',
  'params',
  'body',
  'backend_name',
  'backend_method',
  'backend_scheme',
  'backend_host',
  'backend_path',
  'response_body',
  'response_size',
  'status',
  'headers',
  'request_duration',
  'backend_duration',
  'llm_summary',
  'traceparent',
  'code_name',
  'error',
  'response_desc',
  'bk_tenant_id',
] as const;

/** The columns that carry what the caller sent: masked again (lib/share/mask.ts) before anything shows them. */
export const SENT_COLUMNS = ['params', 'body', 'headers'] as const;

/** The first words of the two `response_desc` texts (log.py lines 34 and 36), Chinese and English. */
const GATEWAY_ANSWERED = ['网关未请求或请求后端接口异常', 'The response content is provided by the gateway'];
const PASSED_THROUGH = ['网关已请求后端接口', 'The gateway has requested the backend interface'];

export function answeredBy(desc: string, error: string): boolean | null {
  if (GATEWAY_ANSWERED.some((t) => desc.startsWith(t))) return true;
  if (PASSED_THROUGH.some((t) => desc.startsWith(t))) return false;
  return error ? true : null;
}

/** `timestamp` as ms since the epoch: epoch seconds (the export), epoch ms, or a date text (zone-less: UTC). */
export function exportTime(cell: string): number | null {
  const s = cell.trim();
  if (!s) return null;
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return n > 1e12 ? n : n * 1000;
  }
  const iso = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

const num = (s: string | undefined) => {
  if (!s) return null;
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isFinite(n) ? n : null;
};

/** `[upstream_error="…"]` in a gateway message: the phase where forwarding to the backend stopped. */
export function upstreamErrorOf(text: string): string | null {
  const m = /upstream_error\s*=\s*\\?"([^"\\]{1,300})/.exec(text);
  return m ? m[1]! : null;
}

/** An export has no response headers: one empty map for every row. */
const NO_HEADERS: ReadonlyMap<string, string> = new Map();

export type ExportRead = {
  rows: CaptureRow[];
  /** The cells of each row by column name: the example rows' records are built from them, masked. */
  cells: (i: number) => Record<string, string>;
  columns: string[];
  /** Rows papaparse could not read whole (a cut-off file): counted, the rest read. */
  broken: number;
  /** How many distinct responses the classifier judged (the others were the same as one of them). */
  judged: number;
};

/** Papaparse alone, as the benchmark's baseline and the reader's first step. */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: true }).data;
}

export function readExport(text: string, rules: MatchRule[]): ExportRead {
  const data = parseCsv(text);
  const columns = (data[0] ?? []).map((c) => c.trim());
  const at = new Map(columns.map((c, i) => [c, i]));
  const col = (name: string) => at.get(name) ?? -1;
  const ix = {
    id: col('request_id'),
    time: col('timestamp'),
    app: col('app_code'),
    stage: col('stage'),
    resource: col('resource_name'),
    method: col('method'),
    host: col('http_host'),
    path: col('http_path'),
    backend: col('backend_name'),
    body: col('response_body'),
    status: col('status'),
    total: col('request_duration'),
    backendMs: col('backend_duration'),
    codeName: col('code_name'),
    error: col('error'),
    desc: col('response_desc'),
  };
  const judge = new Judge(rules);
  const rows: CaptureRow[] = [];
  let broken = 0;
  const get = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '') : '');
  const opt = (r: string[], i: number) => {
    const v = get(r, i).trim();
    return v === '' || v === '--' || v === 'None' ? null : v;
  };
  for (let n = 1; n < data.length; n++) {
    const r = data[n]!;
    if (r.length !== columns.length) broken++;
    const error = get(r, ix.error).trim();
    const desc = get(r, ix.desc).trim();
    const body = get(r, ix.body).trim();
    const status = num(get(r, ix.status));
    const requestId = opt(r, ix.id);
    const method = get(r, ix.method).trim();
    const host = get(r, ix.host).trim();
    const path = get(r, ix.path).trim().split('?')[0]!;
    const timeText = opt(r, ix.time);
    rows.push({
      index: n - 1,
      time: timeText ? exportTime(timeText) : null,
      timeText,
      requestId,
      method,
      path: `${host}${path}`,
      resource: opt(r, ix.resource),
      app: opt(r, ix.app),
      backend: opt(r, ix.backend),
      stage: opt(r, ix.stage),
      status,
      headers: NO_HEADERS,
      date: null,
      timing: { total: num(get(r, ix.total)), backend: num(get(r, ix.backendMs)) },
      upstreamError: error.includes('upstream_error')
        ? upstreamErrorOf(error)
        : body.includes('upstream_error')
          ? upstreamErrorOf(body)
          : null,
      verdict: judge.exportRow({
        status,
        requestId,
        error,
        codeName: get(r, ix.codeName).trim(),
        desc,
        body,
        gatewayAnswered: answeredBy(desc, error),
        method,
        host,
        path,
      }),
    });
  }
  const cells = (i: number) => Object.fromEntries(columns.map((c, k) => [c, data[i + 1]?.[k] ?? '']));
  return { rows, cells, columns, broken, judged: judge.judged };
}
