import { isObject } from './json';
import { toStatus } from './text';
import type { FlowLog, ParsedResponse } from '../types';

/**
 * The gateway's own record of one request, its "flow log" (流水日志), as the dashboard shows it or as the
 * record's JSON. The field names are the access-log serializer's (blueking-apigateway,
 * src/dashboard/apigateway/apigateway/apis/web/access_log/serializers.py RequestLogOutputSLZ); the labels the
 * dashboard prints for them, in Chinese and in English, are biz/access_log/constants.py ES_LOG_FIELDS and
 * their translations in locale/en/LC_MESSAGES/django.po. The dashboard adds `response_desc` from the
 * record's `error` (biz/access_log/log.py LogHandler.add_or_refine_fields): one text when the gateway
 * answered itself, another when it passed the backend's response on.
 */
const LABELS: Record<string, string[]> = {
  request_id: ['请求ID', 'Request ID'],
  timestamp: ['请求时间', 'Request Time'],
  app_code: ['蓝鲸应用', 'App'],
  bk_username: ['蓝鲸用户', 'bk user'],
  client_ip: ['客户端IP', 'Client IP'],
  stage: ['环境', 'Stage'],
  resource_name: ['资源名称', 'Resource Name'],
  method: ['请求方法', 'Request Method'],
  http_host: ['请求域名', 'Request Host'],
  http_path: ['请求路径', 'Request Path'],
  backend_host: ['后端域名', 'Backend Host'],
  backend_path: ['后端路径', 'Backend Path'],
  response_body: ['响应正文', 'Response Body'],
  status: ['状态码', 'Status Code'],
  request_duration: ['请求总耗时', 'Request Duration'],
  backend_duration: ['请求后端耗时', 'Backend Duration'],
  code_name: ['错误编码名称', 'Code Name'],
  error: ['Error'],
  response_desc: ['响应说明', 'Response Desc'],
};

/** The two texts of `response_desc` (log.py:34 and :36), in Chinese and as the English dashboard shows them. */
export const GATEWAY_ANSWERED = [
  '网关未请求或请求后端接口异常，响应内容由网关提供。',
  'The response content is provided by the gateway, and the gateway reports an error directly or the request backend interface is abnormal.',
];
export const PASSED_THROUGH = [
  '网关已请求后端接口，并将其响应原样返回。',
  'The gateway has requested the backend interface and returned its response as is.',
];

const BY_LABEL = new Map<string, string>();
const key = (label: string) => label.toLowerCase().replace(/\s+/g, '');
for (const [field, labels] of Object.entries(LABELS)) for (const l of labels) BY_LABEL.set(key(l), field);
/** A label at the start of a line, then its value on the same line (after a colon or a tab) or alone on it. */
const LABEL_LINE = new RegExp(
  `^[ \\t]*(${Object.values(LABELS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/ /g, '[ \\t]?'))
    .join('|')})[ \\t]*(?:[:：\\t][ \\t]*(.*))?$`,
  'gim',
);

/** Fields that only the flow-log record has together; two of them and a request id make one. */
const RECORD_ONLY = [
  'response_desc',
  'backend_host',
  'backend_path',
  'backend_duration',
  'request_duration',
  'http_path',
];

function fromFields(fields: Record<string, unknown>): ParsedResponse | null {
  if (!('request_id' in fields)) return null;
  let has = 0;
  for (const k of RECORD_ONLY) if (k in fields) has++;
  if (has < 2) return null;
  const str = (k: string) => {
    const v = fields[k];
    return typeof v === 'string' && v.trim() !== '' && v.trim() !== '--'
      ? v.trim()
      : typeof v === 'number'
        ? String(v)
        : null;
  };
  const desc = str('response_desc');
  const error = str('error');
  const flowLog: FlowLog = {
    gatewayAnswered: desc
      ? GATEWAY_ANSWERED.some((t) => desc.startsWith(t.slice(0, 12)))
        ? true
        : PASSED_THROUGH.some((t) => desc.startsWith(t.slice(0, 12)))
          ? false
          : null
      : error
        ? true
        : null,
    error,
    codeName: str('code_name'),
    desc,
  };
  const host = str('http_host');
  const path = str('http_path');
  const body = str('response_body') ?? '';
  return {
    status: toStatus(str('status')),
    reason: null,
    // The record's request id is the one the gateway answered with: keep it as the header would have been.
    headers: str('request_id') ? [['x-bkapi-request-id', str('request_id')!]] : [],
    body,
    statusFrom: 'log-field',
    flowLog,
    request:
      host || path ? { method: str('method'), url: host && path ? `${host}${path}` : (path ?? host), host } : null,
  };
}

/** The record as JSON (one object with the serializer's fields). */
export function flowLogFromJson(value: unknown): ParsedResponse | null {
  return isObject(value) ? fromFields(value) : null;
}

/**
 * The records of a list of requests (the dashboard's request-log API: `{data: {count, results: [...]}}`, or the
 * array alone), where two or more are the gateway's records; null for anything else.
 */
export function flowLogList(value: unknown): ParsedResponse[] | null {
  const data = isObject(value) ? value.data : undefined;
  for (const list of [
    value,
    data,
    isObject(value) ? value.results : undefined,
    isObject(data) ? data.results : undefined,
  ]) {
    if (!Array.isArray(list)) continue;
    const records = list.map(flowLogFromJson).filter((r): r is ParsedResponse => r !== null);
    if (records.length >= 2) return records;
  }
  return null;
}

/**
 * The record copied from the dashboard's detail as text: label and value on one line, or each on its
 * own line (a definition list copied from the page). Null unless a request id and two record-only
 * fields are there.
 */
export function flowLogFromText(text: string): ParsedResponse | null {
  if (text.length > 256 * 1024) return null;
  const fields: Record<string, string> = {};
  const lines = text.replace(/\r\n?/g, '\n');
  let found = 0;
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(lines); m; m = LABEL_LINE.exec(lines)) {
    const field = BY_LABEL.get(key(m[1]!));
    if (!field || field in fields) continue;
    let value = m[2]?.trim() ?? '';
    if (!value) {
      // The value on the next line that is not blank.
      const rest = lines.slice(LABEL_LINE.lastIndex + 1);
      const next = /^[ \t]*(\S[^\n]*)$/m.exec(rest.slice(0, 64 * 1024));
      value = next && !BY_LABEL.has(key(next[1]!)) ? next[1]!.trim() : '';
    }
    fields[field] = value;
    found++;
  }
  return found >= 3 ? fromFields(fields) : null;
}
