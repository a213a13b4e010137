import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { debugFacts } from './debug';
import { fixesFor, fixLinks } from './fixes';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';
import { ticketMarkdown, triageTicket } from '../share/ticket';

const rules = loadRules();
const curl = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../e2e/fixtures-classify/gateway-curl-with-secrets.txt'),
  'utf8',
);
const config = { dashboard: 'https://apigw.example.com/', paas: 'https://paas.example.com/' };

describe('the ticket carries the links the page shows', () => {
  it('the permission page and the flow log, labelled in each language; none without the settings', () => {
    const result = classify(curl, rules);
    const en = fixLinks('en', fixesFor(result, config, { paste: curl }));
    expect(en).toEqual([
      [
        "Apply for app my-app's API permission in the Developer Center",
        'https://paas.example.com/developer-center/apps/my-app/cloudapi',
      ],
      [
        "This request's flow log in the gateway dashboard",
        'https://apigw.example.com/platform-tools/toolbox?request_id=f466f78c-5130-4410-9d71-6b65c320cc3f',
      ],
    ]);
    const ticket = ticketMarkdown({ lang: 'en', result, title: null, link: null, date: null, response: '', links: en });
    expect(ticket).toContain(
      "- **Apply for app my-app's API permission in the Developer Center**: <https://paas.example.com/developer-center/apps/my-app/cloudapi>",
    );
    expect(fixLinks('zh', fixesFor(result, { dashboard: null, paas: null }, { paste: curl }))).toEqual([]);
    expect(fixLinks('zh', fixesFor(result, config, { paste: curl }))[0]![0]).toBe(
      '申请应用 my-app 的云 API 权限（开发者中心）',
    );
  });

  it("the debug header's facts go into the ticket as code spans", () => {
    const debug =
      '{"bk_request_id":"f466f78c-5130-4410-9d71-6b65c320cc3f","bk_gateway_name":"bk-cmdb","bk_backend_name":"svc`x"}';
    const result = classify(`HTTP/1.1 502 Bad Gateway\nX-Bkapi-Debug-Info: ${debug}\n\nbad`, rules);
    const ticket = ticketMarkdown({
      lang: 'en',
      result,
      title: null,
      link: null,
      date: null,
      response: '',
      facts: debugFacts('en', result),
    });
    expect(ticket).toContain('- **Gateway**: `bk-cmdb`');
    expect(ticket).toContain('- **Backend**: ``svc`x``');
  });

  it("a capture's ticket links each group's request id to its flow log", () => {
    const triage = {
      failures: 2,
      entries: 2,
      groups: [
        {
          key: 'a',
          entry: null,
          reason: null,
          source: 'gateway',
          layer: null,
          status: 403,
          code: 1640301,
          count: 2,
          first: null,
          last: null,
          requestId: 'f466f78c-5130-4410-9d71-6b65c320cc3f',
          request: 'GET /x',
          example: 0,
        },
      ],
    } as unknown as Parameters<typeof triageTicket>[1];
    const text = triageTicket(
      'en',
      triage,
      () => ({ title: null, link: null }),
      (id) => (id ? `https://apigw.example.com/platform-tools/toolbox?request_id=${id}` : null),
    );
    expect(text).toContain(
      '`f466f78c-5130-4410-9d71-6b65c320cc3f` <https://apigw.example.com/platform-tools/toolbox?request_id=f466f78c-5130-4410-9d71-6b65c320cc3f>',
    );
  });
});
