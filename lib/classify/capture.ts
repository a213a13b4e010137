/**
 * A browser's HAR capture of a session against the gateway with many kinds of failure, in a known mix: the
 * whole-capture triage's tests (unit and browser) and its benchmark read it. `expected` is what each kind
 * should be grouped as (the entry or guide anchor) and how many of it the capture holds.
 */
const T0 = Date.parse('2024-05-14T03:30:00.000Z');

type Kind = {
  key: string;
  status: number;
  headers?: [string, string][];
  body: string;
  mime?: string;
};

const gateway = (status: number, code: number, codeName: string, message: string): Omit<Kind, 'key'> => ({
  status,
  headers: [
    ['x-bkapi-error-code', String(code)],
    ['x-bkapi-error-message', message],
  ],
  body: JSON.stringify({ code, data: null, code_name: codeName, message, result: false }),
});

/** Each kind, and every how-many-th entry is one (the first matching divisor wins; the rest succeed). */
const KINDS: [every: number, offset: number, kind: Kind][] = [
  [
    10,
    0,
    {
      key: 'rate-limit-resource-strategy',
      ...gateway(429, 1642903, 'RATE_LIMIT_RESTRICTION', 'API rate limit exceeded by resource strategy'),
    },
  ],
  [
    10,
    1,
    {
      key: 'bad-gateway-cannot-read-header',
      ...gateway(502, 1650200, 'BAD_GATEWAY', 'Bad Gateway [upstream_error="cannot read header from upstream"]'),
    },
  ],
  [
    20,
    3,
    {
      key: 'app-no-permission#no-permission',
      ...gateway(
        403,
        1640301,
        'APP_NO_PERMISSION',
        'App has no permission to the resource [reason="no permission, bk_app_code=demo-app"]',
      ),
    },
  ],
  [
    20,
    13,
    {
      key: 'backend-service-response',
      status: 500,
      body: JSON.stringify({
        timestamp: '2024-05-14T03:30:00.000+00:00',
        status: 500,
        error: 'Internal Server Error',
        path: '/api/orders',
      }),
    },
  ],
  [
    50,
    4,
    {
      key: 'access-layer-page',
      status: 502,
      mime: 'text/html',
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
    },
  ],
  [
    100,
    6,
    {
      key: 'esb-1306201-third-party-request-error',
      status: 200,
      body: JSON.stringify({
        result: false,
        code: 1306201,
        message: 'Request third-party interface error',
        data: null,
      }),
    },
  ],
];

export function mixedCapture(count: number): { har: string; expected: Map<string, number>; secrets: string[] } {
  const expected = new Map<string, number>();
  const secrets = ['AppS3cretInHar99', 'T0kenInQuery42'];
  const entries = Array.from({ length: count }, (_, i) => {
    const kind = KINDS.find(([every, offset]) => i % every === offset)?.[2];
    if (kind) expected.set(kind.key, (expected.get(kind.key) ?? 0) + 1);
    const body = kind?.body ?? JSON.stringify({ result: true, code: 0, data: { id: i }, message: '' });
    return {
      startedDateTime: new Date(T0 + i * 1000).toISOString(),
      time: 40,
      request: {
        method: i % 3 ? 'GET' : 'POST',
        url: `https://bkapi.example.com/api/demo/prod/orders/${i}/?access_token=${secrets[1]}`,
        httpVersion: 'HTTP/1.1',
        headers: [
          {
            name: 'X-Bkapi-Authorization',
            value: JSON.stringify({ bk_app_code: 'demo-app', bk_app_secret: secrets[0] }),
          },
        ],
        queryString: [{ name: 'access_token', value: secrets[1] }],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status: kind?.status ?? 200,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: [
          { name: 'content-type', value: kind?.mime ?? 'application/json' },
          { name: 'x-bkapi-request-id', value: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
          ...(kind?.headers ?? []).map(([name, value]) => ({ name, value })),
        ],
        cookies: [],
        content: { size: body.length, mimeType: kind?.mime ?? 'application/json', text: body },
        redirectURL: '',
        headersSize: -1,
        bodySize: body.length,
      },
      cache: {},
      timings: { send: 0, wait: 35, receive: 5 },
    };
  });
  const har = JSON.stringify(
    { log: { version: '1.2', creator: { name: 'Chrome', version: '131' }, entries } },
    null,
    2,
  );
  return { har, expected, secrets };
}
