import type { EntryMeta } from './schema';

const REASONS: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  508: 'Loop Detected',
};

/** The status line and headers of an entry's example, as a raw HTTP response starts. */
export function exampleHead(meta: Pick<EntryMeta, 'status' | 'example'>): string {
  const lines = [`HTTP/1.1 ${meta.status} ${REASONS[meta.status] ?? ''}`.trimEnd()];
  for (const [name, value] of Object.entries(meta.example.headers)) lines.push(`${name}: ${value}`);
  return lines.join('\n');
}

/** The whole example as a raw HTTP response: what a person would paste. */
export function exampleResponse(meta: Pick<EntryMeta, 'status' | 'example'>): string {
  return `${exampleHead(meta)}\n\n${meta.example.body}`;
}
