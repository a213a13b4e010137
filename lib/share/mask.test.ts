import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecretName, MASK, maskSecrets, summariseMasked, WITHHELD } from './mask';

const GATEWAY_FIELDS = ['bk_app_secret', 'bk_token', 'access_token', 'bk_ticket', 'jwt', 'bk_signature'];
const HEADERS = [
  'Authorization',
  'Cookie',
  'Set-Cookie',
  'X-Bkapi-Authorization',
  'X-Bkapi-JWT',
  'X-Api-Key',
  'Proxy-Authorization',
];
const QUERY_NAMES = [
  'token',
  'access_token',
  'secret',
  'password',
  'signature',
  'key',
  'bk_ticket',
  'bk_token',
  'api_key',
  'sign',
  'client_secret',
];

/** A secret: any characters (quotes, backslashes, CJK, emoji) but no line break and no `*`, with enough letters to be unmistakable. */
const anySecret = fc
  .string({ minLength: 8, maxLength: 40, unit: 'grapheme' })
  .filter((s) => !/[\r\n\u2028\u2029*]/.test(s) && s.trim() === s && (s.match(/[A-Za-z0-9]/g)?.length ?? 0) >= 4);
/** What fits in a URL query value or a token without encoding. */
const urlSecret = fc.stringMatching(/^[A-Za-z0-9._~%-]{8,40}$/).filter((s) => /[A-Za-z0-9]{4}/.test(s));
const caseOf = (name: string) => fc.constantFrom(name, name.toLowerCase(), name.toUpperCase());

/** True when no escaped form of `secret` (raw, or JSON-escaped once, twice, thrice) is left in `text`. */
function gone(text: string, secret: string): boolean {
  let form = secret;
  for (let depth = 0; depth < 4; depth++) {
    if (text.includes(form)) return false;
    form = JSON.stringify(form).slice(1, -1);
  }
  return true;
}

/** Wraps a JSON text as a string field of a log line `depth` times: JSON inside JSON. */
function nest(json: string, depth: number): string {
  let text = json;
  for (let i = 0; i < depth; i++) text = JSON.stringify({ level: 'error', body: text });
  return text;
}

describe('maskSecrets: examples', () => {
  it("masks X-Bkapi-Authorization's secrets but not its identifiers, Authorization and cookies of a raw response", () => {
    const raw = [
      'HTTP/1.1 400 Bad Request',
      'X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "s3cr3t-value"}',
      'Authorization: Bearer abcdef123456',
      'Set-Cookie: bk_token=tok123456; Path=/; HttpOnly',
      'WWW-Authenticate: Bearer realm="api"',
      'X-Bkapi-Request-ID: f466f78c-5130-4410-9d71-6b65c320cc3f',
      '',
      '{"code": 1640001, "message": "app code cannot be empty"}',
    ].join('\r\n');
    const { text, masked } = maskSecrets(raw);
    expect(text).toContain(`X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "${MASK}"}\r\n`);
    expect(text).toContain(`Authorization: ${MASK}\r\n`);
    expect(text).toContain(`Set-Cookie: ${MASK}\r\n`);
    // A challenge and the request id are not secrets, and the ticket needs the id.
    expect(text).toContain('WWW-Authenticate: Bearer realm="api"');
    expect(text).toContain('X-Bkapi-Request-ID: f466f78c-5130-4410-9d71-6b65c320cc3f');
    expect(masked.map((m) => [m.kind, m.name, m.line])).toEqual([
      ['field', 'X-Bkapi-Authorization.bk_app_secret', 2],
      ['header', 'Authorization', 3],
      ['cookie', 'Set-Cookie', 4],
    ]);
  });

  it('masks curl -v request lines and -H arguments', () => {
    const curl = `curl -v -H 'X-Bkapi-Authorization: {"bk_app_code": "a", "bk_app_secret": "xyz12345"}' 'https://h/api/x?token=qwerty99&page=2'\n> Cookie: sessionid=abc12345\n< HTTP/1.1 403 Forbidden`;
    const { text } = maskSecrets(curl);
    expect(text).toBe(
      `curl -v -H 'X-Bkapi-Authorization: {"bk_app_code": "a", "bk_app_secret": "${MASK}"}' 'https://h/api/x?token=${MASK}&page=2'\n> Cookie: ${MASK}\n< HTTP/1.1 403 Forbidden`,
    );
  });

  it('masks the gateway fields in JSON, in escaped JSON and in a Python dict', () => {
    const inner = JSON.stringify({
      bk_app_code: 'a',
      bk_app_secret: 'sec-1',
      bk_token: 'tok-2',
      access_token: 'at-3',
      bk_ticket: 'tk-4',
      jwt: 'j-5',
      bk_signature: 's-6',
    });
    const { text, masked } = maskSecrets(nest(inner, 2));
    for (const v of ['sec-1', 'tok-2', 'at-3', 'tk-4', 'j-5', 's-6']) expect(text).not.toContain(v);
    expect(text).toContain('bk_app_code');
    expect(masked.map((m) => m.name)).toEqual(GATEWAY_FIELDS);
    expect(maskSecrets(`{'bk_app_secret': 'py-secret', 'bk_app_code': 'x'}`).text).toBe(
      `{'bk_app_secret': '${MASK}', 'bk_app_code': 'x'}`,
    );
  });

  it('masks HAR headers, cookies and query parameters by name, and keeps the HAR parseable', () => {
    const har = JSON.stringify({
      log: {
        entries: [
          {
            request: {
              method: 'GET',
              url: 'https://h/x?access_token=url-secret-1',
              headers: [
                { name: 'Authorization', value: 'Basic dXNlcjpwYXNz' },
                { name: 'Accept', value: '*/*' },
              ],
              queryString: [{ name: 'access_token', value: 'url-secret-1' }],
              cookies: [{ name: 'bklogin', value: 'cookie-secret-2' }],
            },
            response: {
              status: 400,
              headers: [{ name: 'Set-Cookie', value: 'a=cookie-secret-3' }],
              content: { text: '{"code":1640001}' },
            },
          },
        ],
      },
    });
    const { text } = maskSecrets(har);
    for (const v of ['url-secret-1', 'dXNlcjpwYXNz', 'cookie-secret-2', 'cookie-secret-3'])
      expect(text).not.toContain(v);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(JSON.parse(text).log.entries[0].request.headers[1].value).toBe('*/*');
  });

  it('masks JWTs, bearer tokens and URL passwords wherever they are', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
    const { text, masked } = maskSecrets(`error with ${jwt} and Bearer abc.def-123 at https://u:pa55word@h/`);
    expect(text).toBe(`error with ${MASK} and Bearer ${MASK} at https://u:${MASK}@h/`);
    expect(masked.map((m) => m.kind)).toEqual(['jwt', 'bearer', 'password']);
  });

  it("masks curl's --user password, quoted assignments and keys whose value is on the next line", () => {
    expect(maskSecrets("curl -u my-app:pa55 https://h/ --user='u:p4ss'").text).toBe(
      `curl -u my-app:${MASK} https://h/ --user='u:${MASK}'`,
    );
    expect(maskSecrets('requests.get(url, params=dict(bk_app_secret=\'s3cr3t\', token="t0k"))').text).toBe(
      `requests.get(url, params=dict(bk_app_secret='${MASK}', token="${MASK}"))`,
    );
    expect(maskSecrets('{\n  "bk_app_secret":\n    "abc"\n}').text).toBe(`{\n  "bk_app_secret":\n    "${MASK}"\n}`);
  });

  it('leaves what the classifier reads alone: codes, messages, request ids, harmless prose', () => {
    const body =
      '{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource [reason=\\"no permission, bk_app_code=my-app\\"]","result":false}';
    expect(maskSecrets(body)).toEqual({ text: body, masked: [], withheld: [] });
    const prose = 'please provide bk_app_secret or bk_signature to verify app; Bearer authentication failed';
    expect(maskSecrets(prose).text).toBe(prose);
  });

  it('recognises secret-looking names and spares the rest', () => {
    for (const n of [...GATEWAY_FIELDS, ...HEADERS, ...QUERY_NAMES, 'X-Auth-Token', 'sessionid', 'csrftoken'])
      expect(isSecretName(n), n).toBe(true);
    for (const n of [
      'code',
      'code_name',
      'message',
      'bk_app_code',
      'bk_username',
      'X-Bkapi-Request-ID',
      'WWW-Authenticate',
      'Content-Type',
      'keyword',
    ])
      expect(isSecretName(n), n).toBe(false);
  });

  it("masks a trace tag's value by what it is, never the tag names (`key`), however the trace is printed", () => {
    const tags = [
      { key: 'http.status_code', type: 'int64', value: 502 },
      { key: 'http.method', type: 'string', value: 'GET' },
      { key: 'error', type: 'bool', value: true },
      { key: 'http.request.header.authorization', type: 'string', value: 'Bearer TagS3cretValue1234' },
    ];
    const trace = { spans: [{ operationName: 'GET /users/', tags }] };
    for (const text of [JSON.stringify(trace), JSON.stringify(trace, null, 2), JSON.stringify(JSON.stringify(trace))]) {
      const r = maskSecrets(text);
      expect(r.text).not.toContain('TagS3cretValue1234');
      for (const name of ['http.status_code', 'http.method', 'error', 'http.request.header.authorization'])
        expect(r.text).toContain(name);
      expect(r.text).toMatch(/502/);
      expect(summariseMasked(r.masked).map((m) => m.name)).toEqual(['http.request.header.authorization']);
    }
  });

  it('summarises what was masked, one row per kind and name', () => {
    const { masked } = maskSecrets('Cookie: a=1\nCookie: b=2\ntoken=abc\n');
    expect(summariseMasked(masked)).toEqual([
      { kind: 'cookie', name: 'Cookie', count: 2, lines: [1, 2] },
      { kind: 'query', name: 'token', count: 1, lines: [3] },
    ]);
  });
});

describe('maskSecrets: a secret value never survives', () => {
  it("masks X-Bkapi-Authorization's object by its keys where its name is on another record", () => {
    // A HAR's header pretty-printed, each line shipped as a record of its own (Filebeat): the value's line no longer
    // names the header. Found by the wrapper property (HAR > Filebeat > Python logging, seed 625246571).
    const records = ['"name": "X-Bkapi-Authorization",', '"value": "{\\"bk_app_code\\": \\"demo\\", 0aA00a0AAaAAAaa0}"']
      .map((message, offset) => JSON.stringify({ log: { offset }, message }))
      .join('\n');
    const { text, masked } = maskSecrets(records);
    expect(text).not.toContain('0aA00a0AAaAAAaa0');
    expect(masked.map((m) => m.name)).toContain('X-Bkapi-Authorization');
    // An object with other keys is no credentials: a log record that names an app keeps its fields.
    const record = '{"bk_app_code": "demo", "status": 403, "request_id": "1d2e3f4a"}';
    expect(maskSecrets(record).text).toBe(record);
  });

  it('in a header line of a raw response or curl -v, whatever its value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS).chain(caseOf),
        anySecret,
        fc.constantFrom('', '> ', '< ', '  '),
        fc.constantFrom('\n', '\r\n'),
        (name, secret, prefix, eol) => {
          const text = `HTTP/1.1 401 Unauthorized${eol}${prefix}${name}: ${secret}${eol}Content-Type: application/json${eol}${eol}{"code": 1640001}`;
          expect(gone(maskSecrets(text).text, secret)).toBe(true);
        },
      ),
    );
  });

  it('in the gateway JSON fields, however deep the JSON is nested in JSON', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GATEWAY_FIELDS),
        anySecret,
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (field, secret, depth, inHeader) => {
          const auth = JSON.stringify({ bk_app_code: 'my-app', [field]: secret });
          const json = inHeader ? JSON.stringify({ headers: { 'X-Bkapi-Authorization': auth } }) : auth;
          const text = nest(json, depth);
          fc.pre(!nest(json.replace(secret, 'placeholder'), depth).includes(secret));
          expect(gone(maskSecrets(text).text, secret)).toBe(true);
        },
      ),
    );
  });

  it('in an X-Bkapi-Authorization header inside a logged raw response', () => {
    fc.assert(
      fc.property(anySecret, fc.integer({ min: 0, max: 2 }), (secret, depth) => {
        const raw = `HTTP/1.1 400 Bad Request\r\nX-Bkapi-Authorization: ${JSON.stringify({ bk_app_secret: secret })}\r\n\r\n{}`;
        expect(gone(maskSecrets(nest(JSON.stringify({ raw }), depth)).text, secret)).toBe(true);
      }),
    );
  });

  it('in curl -H arguments', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS),
        anySecret.filter((s) => !s.includes("'")),
        (name, secret) => {
          const text = `curl -v -H '${name}: ${secret}' https://bkapi.example.com/api/x/`;
          expect(gone(maskSecrets(text).text, secret)).toBe(true);
        },
      ),
    );
  });

  it('in secret-looking query parameters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUERY_NAMES), urlSecret, fc.constantFrom('?', '&'), (name, secret, sep) => {
        const text = `GET https://bkapi.example.com/api/x/?a=1${sep === '&' ? '&' : '&b=2&'}${name}=${secret}&page=2 -> 400`;
        expect(gone(maskSecrets(text).text, secret)).toBe(true);
      }),
    );
  });

  it('in a HAR: request headers, cookies, query string, response headers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HEADERS),
        fc.constantFrom(...QUERY_NAMES),
        anySecret,
        urlSecret,
        (header, param, secret, urlValue) => {
          const har = JSON.stringify({
            log: {
              entries: [
                {
                  request: {
                    method: 'POST',
                    url: `https://h/x?${param}=${urlValue}`,
                    headers: [{ name: header, value: secret }],
                    queryString: [{ name: param, value: urlValue }],
                    cookies: [{ name: 'anything', value: secret }],
                  },
                  response: {
                    status: 403,
                    headers: [{ name: 'set-cookie', value: secret }],
                    content: { text: JSON.stringify({ code: 1640301 }) },
                  },
                },
              ],
            },
          });
          const out = maskSecrets(har).text;
          expect(gone(out, secret) && gone(out, urlValue)).toBe(true);
        },
      ),
    );
  });

  it('as a JWT anywhere in the text', () => {
    const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), { minKeys: 1 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/),
        fc.string({ maxLength: 30 }),
        (claims, sig, around) => {
          const jwt = `${b64({ alg: 'HS256' })}.${b64(claims)}.${sig}`;
          const text = `${around} ${jwt} ${around}`;
          fc.pre(!around.includes(jwt));
          expect(maskSecrets(text).text).not.toContain(jwt.split('.')[1]);
        },
      ),
    );
  });
});

describe('maskSecrets: properties of the output', () => {
  it('is idempotent, and masking twice reports nothing new', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const once = maskSecrets(text);
        const twice = maskSecrets(once.text);
        expect(twice.text).toBe(once.text);
      }),
    );
  });

  it('only replaces: the text outside the masked ranges and withheld lines is kept as it was, and every line number is in range', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom(
              'Authorization: x y',
              '"jwt": "q"',
              '?token=abc',
              '\n',
              '\\"bk_token\\": \\"z\\"',
              '{"bk_app_code": "d", "bk_app_secret": "s"}',
              '}',
            ),
          ),
          { maxLength: 20 },
        ),
        (parts) => {
          const text = parts.join('');
          const { text: out, masked, withheld } = maskSecrets(text);
          let rebuilt = '';
          let pos = 0;
          for (const m of masked) {
            expect(m.line).toBeGreaterThanOrEqual(1);
            expect(m.line).toBeLessThanOrEqual(text.split('\n').length);
            // X-Bkapi-Authorization's object is masked field by field: each field names the object's range.
            if (m.start < pos) continue;
            const object = /^X-Bkapi-Authorization\./.test(m.name);
            rebuilt += text.slice(pos, m.start) + (object ? maskSecrets(text.slice(m.start, m.end)).text : MASK);
            pos = m.end;
          }
          // A line whose secret could not be delimited is withheld whole (fail closed), and nothing else.
          const lines = (rebuilt + text.slice(pos)).split('\n');
          for (const n of withheld) lines[n - 1] = WITHHELD + (lines[n - 1]!.endsWith('\r') ? '\r' : '');
          expect(lines.join('\n')).toBe(out);
        },
      ),
    );
  });
});
