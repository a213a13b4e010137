import { describe, expect, it } from 'vitest';
import { parse } from './parse';

const BODY =
  '{"code":1640001,"data":null,"code_name":"INVALID_ARGS","message":"Parameters error [reason=\\"app code cannot be empty\\"]","result":false}';

describe('parse: bodies', () => {
  it('reads minified and pretty JSON, keeping the parsed value', () => {
    for (const text of [BODY, JSON.stringify(JSON.parse(BODY), null, 2)]) {
      const { form, responses } = parse(text);
      expect(form).toBe('json-body');
      expect((responses[0]!.bodyJson!.value as { code: number }).code).toBe(1640001);
    }
  });

  it('finds JSON with junk after it or a sentence around it', () => {
    expect(parse(`${BODY}\n-- end of response`).responses[0]!.bodyJson).toBeDefined();
    const inText = parse(`I called the API and got this back: ${BODY} what does it mean?`);
    expect(inText.form).toBe('json-in-text');
    expect(inText.responses[0]!.bodyJson).toBeDefined();
  });

  it('reads a Python dict repr as SDK logs print it', () => {
    const { responses } = parse(
      "error: {'code': 1640301, 'data': None, 'code_name': 'APP_NO_PERMISSION', 'message': 'App has no permission to the resource', 'result': False}",
    );
    expect(responses[0]!.bodyJson!.value).toMatchObject({ code: 1640301, data: null, result: false });
  });

  it('tells HTML and plain text apart', () => {
    expect(parse('<html><head><title>502 Bad Gateway</title></head></html>').form).toBe('html-body');
    expect(parse('upstream connect error or disconnect/reset before headers').form).toBe('text-body');
  });

  it('returns nothing for an empty or binary paste', () => {
    expect(parse('  \n ').responses).toEqual([]);
    expect(parse('\u0000\u0001\u0002\u0003garbage\u0000\u0000\u0004\u0005').form).toBe('binary');
  });
});

describe('parse: HTTP forms', () => {
  it('reads a raw response with CRLF line ends', () => {
    const { form, responses } = parse(
      `HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nX-Bkapi-Request-ID: abc\r\n\r\n${BODY}`,
    );
    expect(form).toBe('raw-http');
    expect(responses[0]).toMatchObject({
      status: 403,
      reason: 'Forbidden',
      headers: [
        ['content-type', 'application/json'],
        ['x-bkapi-request-id', 'abc'],
      ],
    });
    expect(responses[0]!.body).toBe(BODY);
  });

  it('reads each hop of curl -i -L', () => {
    const { responses } = parse(
      'HTTP/1.1 301 Moved Permanently\nLocation: https://x/\n\nHTTP/2 404\ncontent-type: text/html\n\n<html>nope</html>',
    );
    expect(responses.map((r) => r.status)).toEqual([301, 404]);
    expect(responses[1]!.body).toBe('<html>nope</html>');
  });

  it('reads curl -v with HTTP/2, lower-case headers, notes and a glued trailer', () => {
    const text = [
      '*   Trying 10.0.0.1:443...',
      '* Connected to bkapi.example.com',
      '> GET /prod/api HTTP/2',
      '> Host: bkapi.example.com',
      '>',
      '< HTTP/2 429 ',
      '< content-type: application/json; charset=utf-8',
      '< x-bkapi-error-code: 1642902',
      '<',
      '{ [5 bytes data]',
      `${BODY}* Connection #0 to host bkapi.example.com left intact`,
    ].join('\n');
    const { form, responses } = parse(text);
    expect(form).toBe('curl-verbose');
    expect(responses[0]).toMatchObject({ status: 429, reason: null, body: BODY });
    expect(responses[0]!.headers).toContainEqual(['x-bkapi-error-code', '1642902']);
  });

  it('reads a curl -v redirect chain in order', () => {
    const text =
      '< HTTP/1.1 308 Permanent Redirect\n< Location: https://a/\n<\n* Issue another request\n> GET / HTTP/1.1\n< HTTP/1.1 200 OK\n< Server: nginx\n<\nhello';
    expect(parse(text).responses.map((r) => [r.status, r.body])).toEqual([
      [308, ''],
      [200, 'hello'],
    ]);
  });

  it('reads headers alone, with an HTTP/2 pseudo-header', () => {
    const { form, responses } = parse(':status: 502\ncontent-type: text/plain\nx-bkapi-request-id: 1-2-3');
    expect(form).toBe('headers');
    expect(responses[0]!.status).toBe(502);
  });

  it('reads a status line alone, with or without the protocol', () => {
    expect(parse('HTTP/1.1 502 Bad Gateway').form).toBe('status-line');
    expect(parse('504 Gateway Timeout').responses[0]!.status).toBe(504);
    expect(parse('415').responses[0]!.status).toBe(415);
  });
});

describe('parse: containers', () => {
  it('reads every HAR entry, decoding base64 content', () => {
    const har = {
      log: {
        entries: [
          {
            request: { method: 'GET', url: 'https://a/1' },
            response: { status: 200, statusText: 'OK', headers: [], content: { text: 'ok' } },
          },
          {
            request: { method: 'POST', url: 'https://a/2' },
            response: {
              status: 502,
              headers: [{ name: 'X-Bkapi-Request-ID', value: 'r' }],
              content: { text: btoa('bad'), encoding: 'base64', mimeType: 'text/plain' },
            },
          },
        ],
      },
    };
    const { form, responses } = parse(JSON.stringify(har));
    expect(form).toBe('har');
    expect(responses[1]).toMatchObject({
      status: 502,
      body: 'bad',
      har: { index: 1, method: 'POST', url: 'https://a/2', status: 502 },
    });
  });

  it('reads a log line whose field holds the escaped body, with status and headers beside it', () => {
    const log = JSON.stringify({
      ts: '2024-05-01',
      status: 400,
      headers: { 'X-Bkapi-Request-ID': 'rid' },
      response_body: BODY,
    });
    const { form, responses } = parse(log);
    expect(form).toBe('log-line');
    expect(responses[0]).toMatchObject({
      status: 400,
      statusFrom: 'log-field',
      headers: [['x-bkapi-request-id', 'rid']],
    });
    expect(responses[0]!.bodyJson!.value).toMatchObject({ code: 1640001 });
  });

  it('reads a body escaped inside a plain-text log line', () => {
    const line = `2024-05-01 12:00:00 ERROR status=403 body="${BODY.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const { form, responses } = parse(line);
    expect(form).toBe('escaped-json');
    expect(responses[0]!.status).toBe(403);
    expect(responses[0]!.bodyJson!.value).toMatchObject({
      code: 1640001,
      message: 'Parameters error [reason="app code cannot be empty"]',
    });
  });

  it('reads a whole paste that is one JSON string holding the body', () => {
    expect(parse(JSON.stringify(BODY)).responses[0]!.bodyJson!.value).toMatchObject({ code_name: 'INVALID_ARGS' });
  });

  it('keeps a body that merely has a JSON string field as the body', () => {
    const { form } = parse('{"code": 0, "data": "{\\"x\\": 1}"}');
    expect(form).toBe('json-body');
  });
});
