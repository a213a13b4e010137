import { findEscapedJson, findJson, isObject } from './json';
import { ESB_CODE, GATEWAY_CODE } from '../../catalog/codes';
import type { ParsedResponse } from '../types';

/** What the body is, read once. */
export type BodyFacts = {
  kind: 'empty' | 'json' | 'html' | 'text';
  /** The body parsed as JSON (undefined when it is not JSON), kept so no later stage parses it again. */
  value: unknown;
  /** The body's top-level object, when it is one. */
  obj: Record<string, unknown> | null;
  /** The gateway's protocol, all five fields and no others: `{code, code_name, message, result: false, data: null}`. */
  protocol: { code: number; code_name: string; message: string } | null;
  /** A 16xxxxx code where the rest of the protocol is missing or wrong: what is missing. */
  incomplete: { code: number; missing: string[] } | null;
  /** The legacy ESB's body: 1306xxx, `result: false`, no `code_name`. */
  esb: { code: number; message: string } | null;
  /** The legacy ESB's own pages (its 404 and 500 handlers): `{result: false, data: null, message}`, no code. */
  esbPage: { message: string } | null;
  /** The login service's older body: `bk_error_code`, `bk_error_msg`. */
  login: { code: number; message: string } | null;
  /** For any JSON body: its numeric code, code_name and message, as the response gives them. */
  code: number | null;
  codeName: string | null;
  message: string | null;
};

const GATEWAY_KEYS = ['code', 'code_name', 'message', 'result', 'data'];
/**
 * The texts of the ESB's own 404 and 500 handlers (blueking-apigateway src/esb/esb/esb/views.py), the rows
 * `kind: esb, where: page` of content/reference/gateway-texts.jsonl; esb-pages.test.ts holds them to it.
 */
export const ESB_PAGES = ['The content does not exist', 'Request is abnormal, please contact the component developer'];
const HTML = /^\s*<(?:!doctype|html|head|body|title|h\d|center|div|p|pre|span|table|\?xml)\b|<html[\s>]/i;

function numeric(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isHtml(body: string): boolean {
  return HTML.test(body.slice(0, 2048));
}

/** The body as JSON: parsed by the parse stage, or found here (also when escaped once more). */
function jsonOf(res: ParsedResponse): unknown {
  if (res.bodyJson) return res.bodyJson.value;
  if (!res.body.includes('{') && !res.body.includes('[')) return undefined;
  let value = (findJson(res.body) ?? findEscapedJson(res.body))?.value;
  if (typeof value === 'string') value = findJson(value)?.value;
  return value;
}

export function readBody(res: ParsedResponse): BodyFacts {
  const facts: BodyFacts = {
    kind: 'empty',
    value: undefined,
    obj: null,
    protocol: null,
    incomplete: null,
    esb: null,
    esbPage: null,
    login: null,
    code: null,
    codeName: null,
    message: null,
  };
  if (res.body === '' && res.bodyJson?.value === undefined) return facts;
  if (res.bodyJson?.value === undefined && isHtml(res.body)) return { ...facts, kind: 'html' };
  const value = jsonOf(res);
  if (!isObject(value) && !Array.isArray(value)) return { ...facts, kind: res.body === '' ? 'empty' : 'text' };
  facts.kind = 'json';
  facts.value = value;
  if (!isObject(value)) return facts;
  const obj = value;
  facts.obj = obj;
  facts.code =
    numeric(obj.code) ??
    numeric(obj.error_code) ??
    numeric(obj.errcode) ??
    numeric(obj.errorCode) ??
    numeric(obj.bk_error_code);
  facts.codeName = text(obj.code_name);
  facts.message =
    text(obj.message) ??
    text(obj.msg) ??
    text(obj.error_msg) ??
    text(obj.detail) ??
    text(obj.error) ??
    text(obj.bk_error_msg);
  const code = numeric(obj.code);
  if (code !== null && GATEWAY_CODE.test(String(code))) {
    const missing: string[] = [];
    if (typeof obj.code !== 'number') missing.push('code as a number');
    if (typeof obj.code_name !== 'string' || !/^[A-Z0-9_]+$/.test(obj.code_name)) missing.push('code_name');
    if (typeof obj.message !== 'string') missing.push('message');
    if (obj.result !== false) missing.push('result: false');
    if (obj.data !== null) missing.push('data: null');
    const extra = Object.keys(obj).filter((k) => !GATEWAY_KEYS.includes(k));
    if (extra.length) missing.push(`no other fields (has ${extra.slice(0, 3).join(', ')})`);
    if (missing.length === 0)
      facts.protocol = { code, code_name: obj.code_name as string, message: obj.message as string };
    else facts.incomplete = { code, missing };
  } else if (code !== null && ESB_CODE.test(String(code)) && obj.result === false && !('code_name' in obj)) {
    facts.esb = { code, message: text(obj.message) ?? '' };
  } else if (
    obj.result === false &&
    obj.data === null &&
    typeof obj.message === 'string' &&
    ESB_PAGES.includes(obj.message) &&
    Object.keys(obj).length === 3
  ) {
    facts.esbPage = { message: obj.message };
  } else if (numeric(obj.bk_error_code) !== null && 'bk_error_msg' in obj) {
    facts.login = { code: numeric(obj.bk_error_code)!, message: text(obj.bk_error_msg) ?? '' };
  }
  return facts;
}
