import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, ticketMarkdown, triageTicket, verdictText } from './ticket';
import type { Result } from '../classify';

const result: Result = {
  source: 'gateway',
  layer: null,
  status: 403,
  code: 1640301,
  code_name: 'APP_NO_PERMISSION',
  entry: 'app-no-permission',
  candidates: [],
  request_id: 'f466f78c-5130-4410-9d71-6b65c320cc3f',
  confidence: 'high',
  reason: null,
  request: null,
  hops: [],
  gateway: null,
  app: null,
  client_ip: null,
  debug: null,
  missing: [],
  evidence: [],
};

describe('ticketMarkdown', () => {
  it('carries the request line, host, identifiers and who acts; a fragment verdict says "probably"', () => {
    const md = ticketMarkdown({
      lang: 'zh',
      result: {
        ...result,
        confidence: 'low',
        request: { method: 'POST', url: 'https://bkapi.example.com/prod/api/v1/x/', host: 'bkapi.example.com' },
      },
      title: null,
      link: null,
      date: null,
      response: '',
      actor: '调用方处理',
      request: 'POST https://bkapi.example.com/prod/api/v1/x/',
      ids: [['bk_app_code', 'my-app']],
    });
    expect(md.split('\n')[0]).toBe('**判断**: 很可能是 API 网关自己返回的错误。');
    expect(md).toContain('- **请求**: `POST https://bkapi.example.com/prod/api/v1/x/`');
    expect(md).toContain('- **Host**: `bkapi.example.com`');
    expect(md).toContain('- **bk_app_code**: `my-app`');
    expect(md).toContain('- **谁来处理**: 调用方处理');
  });

  it('states the verdict, the facts, the link and the masked response', () => {
    const md = ticketMarkdown({
      lang: 'en',
      result,
      title: 'App has no permission to the resource',
      link: 'https://docs.example.com/en/errors/app-no-permission/',
      date: 'Tue, 14 May 2024 08:30:00 GMT',
      response: 'HTTP/1.1 403 Forbidden\nauthorization: ******\n\n{"code": 1640301}',
    });
    expect(md).toBe(
      [
        '**Verdict**: The API gateway produced this error itself.',
        '',
        '- **Status**: `403`',
        '- **Code**: `1640301`',
        '- **code_name**: `APP_NO_PERMISSION`',
        '- **X-Bkapi-Request-ID**: `f466f78c-5130-4410-9d71-6b65c320cc3f`',
        '- **Time (Date header)**: `Tue, 14 May 2024 08:30:00 GMT`',
        '- **Entry**: App has no permission to the resource <https://docs.example.com/en/errors/app-no-permission/>',
        '',
        '**Response (secrets masked)**:',
        '',
        '```http',
        'HTTP/1.1 403 Forbidden\nauthorization: ******\n\n{"code": 1640301}',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('writes no row for what the paste does not show, and the gateway and stage where it does', () => {
    const md = ticketMarkdown({
      lang: 'zh',
      result: { ...result, source: 'unknown', status: 404, code: null, code_name: null, entry: null, request_id: null },
      title: null,
      link: null,
      date: null,
      response: '',
    });
    expect(md).toContain('**判断**: 仅凭这段内容无法判断是谁返回的。');
    expect(md).toContain('- **状态码**: `404`');
    expect(md).not.toContain('错误码');
    expect(md).not.toContain('（无）');
    const named = ticketMarkdown({
      lang: 'en',
      result: { ...result, gateway: { name: 'bk-cmdb', stage: 'prod', resource: null } },
      title: null,
      link: null,
      date: null,
      response: '',
    });
    expect(named).toContain('- **Gateway**: `bk-cmdb`');
    expect(named).toContain('- **Stage**: `prod`');
    expect(named).not.toContain('Resource');
    expect(md).not.toContain('说明');
    expect(md).not.toContain('```');
  });

  it('keeps pasted text from becoming Markdown: code spans and fences outgrow its backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('line1\r\nline2 [link](javascript:alert(1))')).toBe('`line1 line2 [link](javascript:alert(1))`');
    expect(codeBlock('```\n# not a heading\n````', 'http')).toBe('`````http\n```\n# not a heading\n````\n`````');
    const md = ticketMarkdown({
      lang: 'en',
      result: { ...result, request_id: '`](http://evil)\n# x' },
      title: null,
      link: null,
      date: '<img src=x onerror=alert(1)>',
      response: '```\n<script>alert(1)</script>',
    });
    expect(md).toContain('- **X-Bkapi-Request-ID**: `` `](http://evil) # x ``');
    expect(md).toContain('`<img src=x onerror=alert(1)>`');
    expect(md).toContain('````http\n```\n<script>alert(1)</script>\n````');
  });

  it('names the backend layer in the verdict', () => {
    expect(verdictText('en', { source: 'backend', layer: 'access-layer' })).toMatch(/access layer/);
    expect(verdictText('en', { source: 'backend', layer: 'service' })).toMatch(/backend service/);
    expect(verdictText('zh', { source: 'esb', layer: null })).toMatch(/ESB/);
  });
});

describe('triageTicket', () => {
  it('is a table of the groups, most frequent first, linking each entry, with no secret of the capture', async () => {
    const { mixedCapture } = await import('../classify/capture');
    const { safeParse } = await import('../classify');
    const { groupFailures } = await import('../classify-page/analyse');
    const { loadRules } = await import('../catalog/load');
    const { har, secrets } = mixedCapture(300);
    const grouped = groupFailures(safeParse(har) as Parameters<typeof groupFailures>[0], loadRules())!;
    const md = triageTicket('en', grouped, (entry) => ({
      title: entry === 'rate-limit-resource-strategy' ? 'Rate limit [resource] | strategy' : null,
      link: entry ? `https://portal.example/en/errors/${entry}/` : null,
    }));
    for (const s of secrets) expect(md).not.toContain(s);
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe('**99 of 300 requests failed, grouped by cause:**');
    expect(lines[2]).toBe(
      '| Verdict | Entry | Status | Code | Count | First | Last | X-Bkapi-Request-ID | Example request |',
    );
    expect(lines[4]).toContain(
      '| Rate limit resource  strategy <https://portal.example/en/errors/rate-limit-resource-strategy/> | `429` | `1642903` | 30 |',
    );
    expect(lines[4]).toContain('access_token=******');
    expect(lines).toHaveLength(4 + grouped.groups.length);
    expect(triageTicket('zh', grouped, () => ({ title: null, link: null }))).toContain('300 个请求中有 99 个失败');
  });
});
