import { describe, expect, it } from 'vitest';
import { readClues, requestOf } from './clues';

describe('readClues: the gateway error headers written as text', () => {
  it("reads bkapi-client-core's ResponseError text: status, request id, code and the message after it", () => {
    const c = readClues(
      'Error responded by API Gateway, status_code: 403, request_id: 3b8a2e4c-0f1d-4b6a-9c7e-5d2f8a1b3c4e, error_code: 1640301, App has no permission to the resource',
    );
    expect(c.errorCode?.code).toBe(1640301);
    expect(c.errorMessage).toBe('App has no permission to the resource');
    expect(c.requestId).toBe('3b8a2e4c-0f1d-4b6a-9c7e-5d2f8a1b3c4e');
    expect(c.status?.status).toBe(403);
  });

  it("reads the Go SDK's error text and its Map() keys in a structured log", () => {
    const go = readClues(
      'requestId: 0f3c2e4c0f1d4b6a9c7e5d2f8a1b3c4e, errorCode: 1640001, errorMessage: Parameters error',
    );
    expect([go.errorCode?.code, go.errorMessage, go.requestId]).toEqual([
      1640001,
      'Parameters error',
      '0f3c2e4c0f1d4b6a9c7e5d2f8a1b3c4e',
    ]);
    const logfmt = readClues('bkapi_error_code=1642903 bkapi_error_message="API rate limit exceeded" status=429');
    expect([logfmt.errorCode?.code, logfmt.errorMessage, logfmt.status?.status]).toEqual([
      1642903,
      'API rate limit exceeded',
      429,
    ]);
  });

  it('keeps a quoted message whole, quotes inside it included', () => {
    const c = readClues(
      `'x-bkapi-error-code': '1640301',\n'x-bkapi-error-message': 'App has no permission [reason="expired"]'`,
    );
    expect(c.errorMessage).toBe('App has no permission [reason="expired"]');
  });

  it("takes no code that is not the gateway's or the ESB's", () => {
    expect(readClues('error_code: 50001').errorCode).toBeNull();
    expect(readClues('"errorCode": 1640301').errorCode?.code).toBe(1640301);
  });
});

describe('readClues: status and no response', () => {
  it.each([
    ['requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: http://x/', 502],
    ['unexpected status 404 from http://x/', 404],
    ['网关返回 HTTP 504，响应体', 504],
    ['PS> $r.StatusCode\n403', 403],
    ['Request failed with status code 429', 429],
  ])('%s', (text, status) => {
    expect(readClues(text).status?.status).toBe(status);
  });

  it.each([
    ['curl: (6) Could not resolve host: bkapi.example.com', 'dns'],
    ['curl: (7) Failed to connect to bkapi.example.com port 443', 'refused'],
    ['dial tcp 10.0.0.5:443: i/o timeout', 'timeout'],
    ['Error: connect ECONNREFUSED 10.0.0.5:443', 'refused'],
    ['curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL', 'tls'],
    ['requests.exceptions.ReadTimeout: Read timed out. (read timeout=10)', 'timeout'],
  ])('%s', (text, kind) => {
    expect(readClues(text).noResponse?.kind).toBe(kind);
  });
});

describe('requestOf', () => {
  it("reads curl's > lines, a raw request, Go's url.Error and a client's 'for url'", () => {
    expect(requestOf('> GET /api/x/ HTTP/1.1\n> Host: bkapi.example.com\n')).toEqual({
      method: 'GET',
      url: 'bkapi.example.com/api/x/',
      host: 'bkapi.example.com',
    });
    expect(requestOf('POST /api/y/ HTTP/1.1\nHost: h.example.com\n')?.method).toBe('POST');
    expect(requestOf('Get "https://h.example.com/a/": dial tcp')).toEqual({
      method: 'GET',
      url: 'https://h.example.com/a/',
      host: 'h.example.com',
    });
    expect(requestOf('403 Client Error: Forbidden for url: https://h.example.com/b/')?.host).toBe('h.example.com');
    expect(requestOf('nothing here')).toBeNull();
  });
});
