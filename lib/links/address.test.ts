import { describe, expect, it } from 'vitest';
import { appPermissionUrl, feedbackUrl, flowLogUrl, gatewayDocsUrl, isRequestId, MAX_FEEDBACK_URL } from './address';

const config = {
  dashboard: 'https://apigw.example.com/',
  paas: 'https://paas.example.com/',
  feedback: 'https://tracker.example.com/new?title={title}&body={body}',
};
const NONE = { dashboard: null, paas: null, feedback: null };

/** Identifiers that have no documented shape: each must give no link at all. */
const HOSTILE = [
  '',
  'a/b',
  '../admin',
  'a?b=c',
  'a#b',
  'a%2Fb',
  '%',
  "o'brien",
  'say"hi"',
  'a b',
  'a\nb',
  '<script>',
  'x'.repeat(10 * 1024),
  'é-app',
  '应用',
  'app\u202e',
  'javascript:alert(1)',
];
const UUID = 'f466f78c-5130-4410-9d71-6b65c320cc3f';
const HEX = '0123456789abcdef0123456789ABCDEF';

describe('the address builders, against the contract templates', () => {
  it('flow log: {dashboard}platform-tools/toolbox?request_id={request_id}', () => {
    expect(flowLogUrl(config, UUID)).toBe(`https://apigw.example.com/platform-tools/toolbox?request_id=${UUID}`);
    expect(flowLogUrl(config, HEX)).toBe(`https://apigw.example.com/platform-tools/toolbox?request_id=${HEX}`);
  });

  it('gateway documentation: {dashboard}docs/api-docs/gateway/{gateway}', () => {
    expect(gatewayDocsUrl(config, 'bk-cmdb')).toBe('https://apigw.example.com/docs/api-docs/gateway/bk-cmdb');
    expect(gatewayDocsUrl(config, 'My_Gateway-2')).toBe('https://apigw.example.com/docs/api-docs/gateway/My_Gateway-2');
  });

  it('app permissions: {paas}developer-center/apps/{bk_app_code}/cloudapi', () => {
    expect(appPermissionUrl(config, 'my-app')).toBe('https://paas.example.com/developer-center/apps/my-app/cloudapi');
    expect(appPermissionUrl({ paas: 'https://bk.example.com/paas/' }, 'a_1')).toBe(
      'https://bk.example.com/paas/developer-center/apps/a_1/cloudapi',
    );
  });

  it('nothing set: no link, whatever the identifier', () => {
    expect(flowLogUrl(NONE, UUID)).toBeNull();
    expect(gatewayDocsUrl(NONE, 'bk-cmdb')).toBeNull();
    expect(appPermissionUrl(NONE, 'my-app')).toBeNull();
    expect(feedbackUrl(NONE, 't', 'b')).toBeNull();
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 40), s]))('%s: no link from any builder', (_, id) => {
    expect(flowLogUrl(config, id)).toBeNull();
    expect(gatewayDocsUrl(config, id)).toBeNull();
    expect(appPermissionUrl(config, id)).toBeNull();
  });

  it('a request id has exactly its shape: 32 hex digits or a UUID', () => {
    for (const bad of [
      HEX.slice(1),
      `${HEX}0`,
      `${HEX.slice(0, 31)}g`,
      UUID.replace(/-/g, '_'),
      `${UUID}/x`,
      ` ${UUID}`,
      `${UUID}\n`,
      '12345',
      null,
      undefined,
      ...HOSTILE,
    ])
      expect(isRequestId(bad)).toBe(false);
  });

  it('a link holds the identifier and nothing else', () => {
    for (const [url, prefix, id] of [
      [flowLogUrl(config, UUID), 'https://apigw.example.com/platform-tools/toolbox?request_id=', UUID],
      [gatewayDocsUrl(config, 'gw_1-x'), 'https://apigw.example.com/docs/api-docs/gateway/', 'gw_1-x'],
      [appPermissionUrl(config, 'app_1-x'), 'https://paas.example.com/developer-center/apps/', 'app_1-x'],
    ] as const) {
      expect(url!.startsWith(prefix)).toBe(true);
      expect(url!.slice(prefix.length).replace(/\/cloudapi$/, '')).toBe(id);
      expect(new URL(url!).origin).toBe(new URL(prefix).origin);
    }
  });
});

describe('the feedback address', () => {
  it('fills {title} and {body}, each URL-encoded', () => {
    const url = feedbackUrl(config, 'Missing: 1640301 & co', 'line 1\nline 2 #?&=/"\'<>')!;
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe('https://tracker.example.com/new');
    expect(u.searchParams.get('title')).toBe('Missing: 1640301 & co');
    expect(u.searchParams.get('body')).toBe('line 1\nline 2 #?&=/"\'<>');
    expect([...u.searchParams.keys()]).toEqual(['title', 'body']);
    expect(u.hash).toBe('');
  });

  it('a long body is clipped, on a whole character, to keep the address short enough', () => {
    const url = feedbackUrl(config, 't', '😀'.repeat(20_000))!;
    expect(url.length).toBeLessThanOrEqual(MAX_FEEDBACK_URL);
    expect(new URL(url).searchParams.get('body')!.endsWith('😀…')).toBe(true);
    // Half a surrogate pair cannot be encoded: it is replaced, never thrown on.
    expect(new URL(feedbackUrl(config, 't', 'a\ud800b')!).searchParams.get('body')).toBe('a\ufffdb');
  });
});
