// The gateway dashboard's flow-log export, as a person drops it on the classify page: secrets in every kind of
// cell reach neither the masked text, the ticket, the share link nor the triage (issue: privacy in any wrapper).
// The export: TencentBlueKing/blueking-apigateway, apis/web/access_log/views.py (csv.writer, a dict cell
// written as json.dumps(..., ensure_ascii=False), utf-8-sig for Windows); the columns: ES_LOG_FIELDS in
// biz/access_log/constants.py (`headers` was a column in releases before it was commented out there).
import { describe, expect, it } from 'vitest';
import { maskSecrets, WITHHELD } from './mask';
import { decodeShare } from './share-link';
import { ticketMarkdown } from './ticket';
import { EXPORT_COLUMNS } from '../capture/export';
import { loadRules } from '../catalog/load';
import { analyse, handoff } from '../classify-page/analyse';

// The columns as lib/capture/export.ts reads them: one list of ES_LOG_FIELDS for the reader and this test.
const COLUMNS: string[] = [...EXPORT_COLUMNS];

/** Python's csv.writer with its defaults (QUOTE_MINIMAL, doubled quotes, CRLF between rows). */
function csvRow(cells: (string | number | null)[]): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : String(c);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(',');
}

const SECRETS = {
  query: 'Qs7sEcretInParams01',
  authHeader: 'Ah4sEcretInHeaders02',
  cookie: 'Ck9sEcretCookie03',
  bearer: 'Br2sEcretBearer04',
  body: 'Bd5sEcretInBody05',
  password: 'Pw8sEcretPassword06',
  response: 'Rs3sEcretInResponse07',
  jwt: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.Jw1sEcretSignature08',
};

function exportRow(i: number): string {
  const headers = {
    'X-Bkapi-Authorization': JSON.stringify({
      bk_app_code: 'demo-app',
      bk_username: 'admin',
      bk_app_secret: SECRETS.authHeader,
    }),
    Cookie: `bk_token=${SECRETS.cookie}; lang=zh-cn`,
    Authorization: `Bearer ${SECRETS.bearer}`,
    'X-Bkapi-Jwt': SECRETS.jwt,
    'User-Agent': 'python-requests/2.31.0',
  };
  const row: Record<string, string | number | null> = {
    request_id: `a0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e${i}`,
    timestamp: 1764633600 + i,
    app_code: 'demo-app',
    bk_username: 'admin',
    client_ip: '10.0.0.8',
    stage: 'prod',
    resource_id: 42,
    resource_name: 'get_business',
    method: 'POST',
    http_host: 'bkapi.example.com',
    http_path: '/api/bk-cmdb/prod/get_business/',
    params: `bk_app_code=demo-app&bk_app_secret=${SECRETS.query}&page=1`,
    body: JSON.stringify({ bk_app_code: 'demo-app', password: SECRETS.password, data: { secret: SECRETS.body } }),
    backend_name: 'default',
    backend_method: 'POST',
    backend_scheme: 'http',
    backend_host: 'cmdb.service.consul',
    backend_path: '/get_business/',
    response_body: JSON.stringify({ code: 0, result: true, data: { access_token: SECRETS.response } }),
    response_size: 120,
    status: 200,
    headers: JSON.stringify(headers, null, 0),
    request_duration: 12,
    backend_duration: 10,
    llm_summary: null,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    code_name: '',
    error: '',
    response_desc: '',
    bk_tenant_id: 'default',
  };
  return csvRow(COLUMNS.map((c) => row[c] ?? null));
}

const rules = loadRules();
const exportFile = '\ufeff' + [csvRow(COLUMNS), exportRow(1), exportRow(2)].join('\r\n') + '\r\n';

/** No form of `secret` people could read back: as it is, or JSON-escaped, CSV-doubled or URL-encoded. */
function leaks(text: string, secret: string): boolean {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
  return forms.some((f) => text.includes(f)) || text.includes(secret.slice(-12));
}

describe("the dashboard's flow-log export", () => {
  it('holds the secrets as the export writes them (the test reproduces the leak it guards against)', () => {
    expect(exportFile).toContain(`\\""bk_app_secret\\"":\\""${SECRETS.authHeader}\\""`);
  });

  it('keeps no secret of any cell in the masked text, the ticket, or the share link', () => {
    const masked = maskSecrets(exportFile);
    const analysis = analyse(exportFile, rules, null);
    const h = handoff(exportFile, analysis);
    const ticket = ticketMarkdown({
      lang: 'en',
      result: analysis.result,
      title: null,
      link: null,
      date: analysis.date,
      response: h.response,
      request: h.request,
      ids: analysis.ids,
    });
    const shared = h.fragment ? decodeShare(h.fragment)!.text : '';
    for (const [where, text] of Object.entries({ masked: masked.text, ticket, shared }))
      for (const [kind, secret] of Object.entries(SECRETS))
        expect(leaks(text, secret), `${kind} in ${where}`).toBe(false);
  });

  it('keeps the identifiers and the rest of each row readable', () => {
    const { text, withheld } = maskSecrets(exportFile);
    expect(withheld).toEqual([]);
    expect(text).not.toContain(WITHHELD);
    expect(text).toContain('demo-app');
    expect(text).toContain('/api/bk-cmdb/prod/get_business/');
    expect(text).toContain('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
  });
});
