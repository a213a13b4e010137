import { isObject } from './json';
import { toStatus } from './text';
import type { ParsedResponse } from '../types';

/** The entries of a HAR file (`{log: {entries}}`), a bare entry list, or one entry pasted alone. */
export function harEntries(value: unknown): unknown[] | null {
  if (isObject(value) && isObject(value.log) && Array.isArray(value.log.entries)) return value.log.entries;
  if (Array.isArray(value) && value.length > 0 && value.every(isEntry)) return value;
  if (isEntry(value)) return [value];
  return null;
}

/**
 * A HAR entry on its own: a response with a status or headers, and the request it answered with its URL
 * (an SDK's error object has a response too, but not a request with a URL beside it).
 */
function isEntry(value: unknown): boolean {
  return (
    isObject(value) &&
    isObject(value.response) &&
    ('status' in value.response || 'headers' in value.response) &&
    isObject(value.request) &&
    typeof value.request.url === 'string'
  );
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** HAR stores binary or compressed bodies as base64; decode as UTF-8 so the text can be read. */
export function decodeBase64(text: string): string {
  try {
    const bin = atob(text.replace(/\s+/g, ''));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return text;
  }
}

/**
 * One HAR entry as a response. A status of 0 is how browsers record a request that got no response
 * (blocked, aborted), so it shows no status rather than a false one.
 */
export function harResponse(entry: unknown, index: number): ParsedResponse {
  const e = isObject(entry) ? entry : {};
  const response = isObject(e.response) ? e.response : {};
  const request = isObject(e.request) ? e.request : {};
  const headers: [string, string][] = [];
  if (Array.isArray(response.headers)) {
    for (const h of response.headers) {
      if (isObject(h) && typeof h.name === 'string') headers.push([h.name.toLowerCase(), String(h.value ?? '')]);
    }
  }
  const content = isObject(response.content) ? response.content : {};
  const raw = str(content.text);
  const body = content.encoding === 'base64' ? decodeBase64(raw) : raw;
  const status = toStatus(response.status);
  return {
    ...(typeof e.startedDateTime === 'string' && { started: e.startedDateTime }),
    status,
    reason: str(response.statusText) || null,
    headers,
    body: body.trim(),
    har: { index, method: str(request.method), url: str(request.url), status },
  };
}
