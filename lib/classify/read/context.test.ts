import { describe, expect, it } from 'vitest';
import { clientErrorStatus, headerMap, headersNear, statusNear } from './context';

describe('statusNear', () => {
  it('reads a status field on either side of the body', () => {
    expect(statusNear('ERROR status=502 body={}', 22, 24)).toBe(502);
    expect(statusNear('{} "status_code": 429', 0, 2)).toBe(429);
  });

  it('reads a status alone on its line before the body, the nearest one', () => {
    const text = 'GET /x\n200\nPOST /y\n403 Forbidden\n45 ms\n{"a":1}';
    expect(statusNear(text, text.indexOf('{'), text.length)).toBe(403);
    expect(statusNear('no status here {"a":1}', 15, 22)).toBeNull();
  });
});

describe('headersNear', () => {
  it('keeps response header lines and the later of a repeated name', () => {
    const text =
      'Content-Type: text/plain\nNote: hello\nX-Bkapi-Request-Id: r\nContent-Type: application/json\n{"a":1}';
    expect(headersNear(text, text.indexOf('{'))).toEqual([
      ['content-type', 'application/json'],
      ['x-bkapi-request-id', 'r'],
    ]);
  });

  it('ignores prose with colons', () => {
    expect(headersNear('Note: the call failed\nReason: unknown\n{}', 36)).toEqual([]);
  });
});

describe('headerMap', () => {
  it('takes a map of response headers, and nothing else', () => {
    expect(headerMap({ 'Content-Type': 'application/json', 'X-Bkapi-Request-ID': 'r' })).toEqual([
      ['content-type', 'application/json'],
      ['x-bkapi-request-id', 'r'],
    ]);
    expect(headerMap({ code: 1640001, message: 'x' })).toBeNull();
    expect(headerMap({ 'Content-Type': { nested: true } })).toBeNull();
    expect(headerMap({ foo: 'bar' })).toBeNull();
  });
});

describe('clientErrorStatus', () => {
  it("reads the status from the common HTTP clients' error messages", () => {
    expect(clientErrorStatus('requests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://x/')).toBe(
      502,
    );
    expect(clientErrorStatus('urllib.error.HTTPError: HTTP Error 404: Not Found')).toBe(404);
    expect(clientErrorStatus('AxiosError: Request failed with status code 429')).toBe(429);
    expect(clientErrorStatus('The remote server returned an error: (403) Forbidden.')).toBe(403);
    expect(clientErrorStatus('feign.FeignException$BadGateway: [502 Bad Gateway] during [GET] to [http://x/y]')).toBe(
      502,
    );
    expect(clientErrorStatus('something else went wrong')).toBeNull();
  });
});
