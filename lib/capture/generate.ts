/**
 * Exports of a known mix, as the dashboard writes them (views.py lines 191-204: Python's csv.writer, QUOTE_MINIMAL,
 * doubled quotes, CRLF between rows, a dict cell as json.dumps(..., ensure_ascii=False); utf-8-sig for Windows), for
 * the tests and the benchmark. Deterministic: the same arguments give the same file and the same expectations.
 * Secrets sit in `params`, `body` and `headers` of every row, so a test can show none of them leaves masked.
 */
import { EXPORT_COLUMNS } from './export';

/** Python's csv.writer with its defaults. */
export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : String(c);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',');
}

const gatewayBody = (code: number, codeName: string, message: string) =>
  JSON.stringify({ code, data: null, code_name: codeName, message, result: false }, null, 2);

export const DESC = {
  gateway: ['网关未请求或请求后端接口异常，响应内容由网关提供。', '网关已请求后端接口，并将其响应原样返回。'],
  en: [
    'The response content is provided by the gateway, and the gateway reports an error directly or the request backend interface is abnormal.',
    'The gateway has requested the backend interface and returned its response as is.',
  ],
};

/** One kind of row: what the record holds and the catalog entry (or group key) it should be judged as. */
export type Kind = {
  name: string;
  key: string;
  status: number;
  codeName: string;
  error: string;
  body: string;
  /** response_desc: the gateway answered (true) or passed the backend's response on (false). */
  gateway: boolean;
  /** request_duration and backend_duration in ms. */
  total: number;
  backendMs: number | null;
  failed: boolean;
};

export const KINDS: Kind[] = [
  {
    name: 'ok',
    key: 'backend-service-response',
    status: 200,
    codeName: '',
    error: '',
    body: '当状态码为 200 时，不记录响应正文',
    gateway: false,
    total: 35,
    backendMs: 30,
    failed: false,
  },
  {
    name: 'no-permission',
    key: 'app-no-permission#no-permission',
    status: 403,
    codeName: 'APP_NO_PERMISSION',
    error: 'App has no permission to the resource',
    body: gatewayBody(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="no permission, bk_app_code=demo-app"]',
    ),
    gateway: true,
    total: 3,
    backendMs: null,
    failed: true,
  },
  {
    name: 'read-timeout',
    key: 'backend-read-timeout',
    status: 504,
    codeName: 'REQUEST_BACKEND_TIMEOUT',
    error: 'connection timed out while reading response header from upstream',
    body: gatewayBody(
      1650401,
      'REQUEST_BACKEND_TIMEOUT',
      'Request backend service timeout [upstream_error="connection timed out while reading response header from upstream OR reading upstream"]',
    ),
    gateway: true,
    total: 60_012,
    backendMs: 60_003,
    failed: true,
  },
  {
    name: 'refused',
    key: 'bad-gateway-connection-refused',
    status: 502,
    codeName: 'BAD_GATEWAY',
    error: 'connection refused',
    body: gatewayBody(1650200, 'BAD_GATEWAY', 'Bad Gateway [upstream_error="connection refused"]'),
    gateway: true,
    total: 4,
    backendMs: 1,
    failed: true,
  },
  {
    name: 'rate-limited',
    key: 'rate-limit-resource-strategy',
    status: 429,
    codeName: 'RATE_LIMIT_RESTRICTION',
    error: 'API rate limit exceeded by resource strategy',
    body: gatewayBody(1642903, 'RATE_LIMIT_RESTRICTION', 'API rate limit exceeded by resource strategy'),
    gateway: true,
    total: 2,
    backendMs: null,
    failed: true,
  },
  {
    name: 'backend-500',
    key: 'backend-service-response',
    status: 500,
    codeName: '',
    error: '',
    body: '{"code": 50001, "message": "订单服务内部错误, order not saved", "data": null}',
    gateway: false,
    total: 820,
    backendMs: 811,
    failed: true,
  },
];

export const SECRETS = {
  params: 'Pq7sEcretInParams01',
  body: 'Bd5sEcretInBody05',
  header: 'Hd4sEcretInHeaders02',
  cookie: 'Ck9sEcretCookie03',
};

export const RESOURCES = ['get_order', 'create_order', 'list_users'];
export const APPS = ['demo-app', 'billing', 'ops-bot'];
export const BACKENDS = ['order-svc', 'user-svc'];

/** A small deterministic generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Generated = {
  csv: string;
  /** Per row: its kind, resource, app, backend, epoch seconds. */
  rows: { kind: Kind; resource: string; app: string; backend: string; time: number }[];
};

export type GenerateOptions = {
  rows?: number;
  seed?: number;
  /** Weights per kind name; the default mix: mostly successes, five kinds of failure. */
  mix?: Record<string, number>;
  bom?: boolean;
  /** Use the English `response_desc` texts. */
  english?: boolean;
  /** The first row's time, epoch seconds; rows follow every `step` seconds. */
  start?: number;
  step?: number;
  /** Put `bk_tenant_id` third, as a multi-tenant installation does (constants.py line 174). */
  tenant?: boolean;
};

const DEFAULT_MIX: Record<string, number> = {
  ok: 70,
  'no-permission': 8,
  'read-timeout': 6,
  refused: 4,
  'rate-limited': 8,
  'backend-500': 4,
};

export function generateExport(options: GenerateOptions = {}): Generated {
  const { rows: count = 10_000, seed = 7, bom = true, english = false, start = 1_764_547_200, step = 60 } = options;
  const mix = options.mix ?? DEFAULT_MIX;
  const rnd = random(seed);
  const kinds = KINDS.filter((k) => (mix[k.name] ?? 0) > 0);
  const total = kinds.reduce((s, k) => s + mix[k.name]!, 0);
  const pickKind = () => {
    let x = rnd() * total;
    for (const k of kinds) if ((x -= mix[k.name]!) < 0) return k;
    return kinds[kinds.length - 1]!;
  };
  const columns: string[] = EXPORT_COLUMNS.filter((c) => c !== 'bk_tenant_id');
  if (options.tenant) columns.splice(2, 0, 'bk_tenant_id');
  const lines = [csvRow(columns)];
  const out: Generated['rows'] = [];
  for (let i = 0; i < count; i++) {
    const kind = pickKind();
    const resource = RESOURCES[Math.floor(rnd() * RESOURCES.length)]!;
    const app = APPS[Math.floor(rnd() * APPS.length)]!;
    const backend = resource === 'list_users' ? 'user-svc' : 'order-svc';
    const time = start + i * step;
    out.push({ kind, resource, app, backend, time });
    const desc = (english ? DESC.en : DESC.gateway)[kind.gateway ? 0 : 1]!;
    const cell: Record<string, string | number | null> = {
      request_id: `${(i + 1).toString(16).padStart(8, '0')}-4b22-be02-b67dcfcf6e8a`,
      timestamp: time,
      app_code: app,
      bk_username: 'admin',
      client_ip: '10.0.0.8',
      stage: 'prod',
      resource_id: RESOURCES.indexOf(resource) + 100,
      resource_name: resource,
      method: resource === 'create_order' ? 'POST' : 'GET',
      http_host: 'bkapi.example.com',
      http_path: `/api/demo/prod/${resource}/`,
      params: `page=${i}&access_token=${SECRETS.params}&note=a,b`,
      body: JSON.stringify({ item: '鼠标, "无线"', qty: i % 7, password: SECRETS.body, memo: 'line one\nline two' }),
      backend_name: backend,
      backend_method: 'GET',
      backend_scheme: 'http',
      backend_host: `${backend}.svc:8000`,
      backend_path: `/${resource}/`,
      response_body: kind.body,
      response_size: kind.body.length,
      status: kind.status,
      headers: JSON.stringify({
        'X-Bkapi-Authorization': JSON.stringify({ bk_app_code: app, bk_app_secret: SECRETS.header }),
        Cookie: `bk_token=${SECRETS.cookie}; lang=zh-cn`,
      }),
      request_duration: kind.total,
      backend_duration: kind.backendMs,
      llm_summary: '',
      traceparent: `00-${(i + 1).toString(16).padStart(32, '0')}-00f067aa0ba902b7-01`,
      code_name: kind.codeName,
      error: kind.error,
      response_desc: desc,
      bk_tenant_id: 'default',
    };
    lines.push(csvRow(columns.map((c) => cell[c] ?? null)));
  }
  return { csv: (bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n', rows: out };
}

/** One request of a HAR fixture: when it started (ms after the first), what came back, and its timings. */
export type HarSpec = {
  at: number;
  status: number;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  time?: number;
  timings?: Partial<Record<'blocked' | 'dns' | 'connect' | 'ssl' | 'send' | 'wait' | 'receive', number>>;
  app?: string;
};

/** The gateway's 429 body and headers as bk-rate-limit sends them (init.lua lines 129-134). */
export function rateLimited(
  plugin: string,
  limit: number,
  reset: number,
): Pick<HarSpec, 'status' | 'headers' | 'body'> {
  const [code, message] =
    plugin === 'bk-stage-global-rate-limit'
      ? [1642901, 'API rate limit exceeded by stage global limit']
      : plugin === 'bk-stage-rate-limit'
        ? [1642902, 'API rate limit exceeded by stage strategy']
        : [1642903, 'API rate limit exceeded by resource strategy'];
  return {
    status: 429,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-Bkapi-RateLimit-Limit': String(limit),
      'X-Bkapi-RateLimit-Remaining': '0',
      'X-Bkapi-RateLimit-Reset': String(reset),
      'X-Bkapi-RateLimit-Plugin': plugin,
      'X-Bkapi-Error-Code': String(code),
      'X-Bkapi-Error-Message': message,
    },
    body: JSON.stringify({ code_name: 'RATE_LIMIT_RESTRICTION', message, result: false, data: null, code }),
  };
}

/**
 * A HAR of the given requests. `start` is the client's clock at the first request (with its zone, as Chrome writes
 * startedDateTime); `skew` ms is added to the server's Date headers (a client clock that is behind: positive).
 */
export function harCapture(specs: HarSpec[], start = '2026-12-01T10:00:00.000+08:00', skew = 0): string {
  const t0 = Date.parse(start);
  const offset = start.slice(-6);
  const iso = (ms: number) => {
    const sign = offset.startsWith('-') ? -1 : 1;
    const off = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
    return `${new Date(ms + off).toISOString().slice(0, 23)}${offset}`;
  };
  const entries = specs.map((s, i) => {
    const started = t0 + s.at;
    const timings = { blocked: 1, dns: -1, connect: -1, ssl: -1, send: 0, wait: 20, receive: 1, ...s.timings };
    const time = s.time ?? Object.values(timings).reduce((a, b) => a + Math.max(0, b), 0);
    const headers = {
      Date: new Date(started + (timings.wait ?? 0) + skew).toUTCString(),
      'X-Bkapi-Request-ID': `req-${i}`,
      ...s.headers,
    };
    return {
      startedDateTime: iso(started),
      time,
      request: {
        method: s.method ?? 'GET',
        url: `https://bkapi.example.com/api/demo/prod${s.path ?? '/orders/'}?page=${i}`,
        headers: [
          {
            name: 'X-Bkapi-Authorization',
            value: JSON.stringify({ bk_app_code: s.app ?? 'demo-app', bk_app_secret: SECRETS.header }),
          },
        ],
      },
      response: {
        status: s.status,
        statusText: '',
        headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
        content: { mimeType: 'application/json', text: s.body ?? '{"ok": true}' },
      },
      timings,
    };
  });
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'fixture', version: '1' }, entries } });
}
