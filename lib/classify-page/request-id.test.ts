import { describe, expect, it } from 'vitest';
import { bareRequestId } from './request-id';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';
import { debugFacts } from '../links/debug';

describe('a bare request id pasted', () => {
  it.each([
    ['f466f78c-5130-4410-9d71-6b65c320cc3f', 'f466f78c-5130-4410-9d71-6b65c320cc3f'],
    ['  0123456789abcdef0123456789abcdef\n', '0123456789abcdef0123456789abcdef'],
    ['"F466F78C-5130-4410-9D71-6B65C320CC3F"', 'F466F78C-5130-4410-9D71-6B65C320CC3F'],
    ['X-Bkapi-Request-ID: f466f78c-5130-4410-9d71-6b65c320cc3f', 'f466f78c-5130-4410-9d71-6b65c320cc3f'],
  ])('%j is a request id', (paste, id) => {
    expect(bareRequestId(paste)).toBe(id);
  });

  it.each([
    '1640301',
    '0123456789abcdef0123456789abcde',
    'f466f78c-5130-4410-9d71-6b65c320cc3f-00',
    'f466f78c51304410-9d71-6b65c320cc3fab',
    'request f466f78c-5130-4410-9d71-6b65c320cc3f failed',
    '{"request_id": "f466f78c-5130-4410-9d71-6b65c320cc3f"}',
    `${'0'.repeat(32)}\n${'0'.repeat(32)}`,
  ])('%j is not', (paste) => {
    expect(bareRequestId(paste)).toBeNull();
  });
});

describe('the debug header fills the verdict and the ticket', () => {
  it('its gateway, stage, resource, backend, app, user and client IP, labelled in each language', () => {
    const debug = JSON.stringify({
      bk_request_id: 'f466f78c-5130-4410-9d71-6b65c320cc3f',
      bk_gateway_name: 'bk-cmdb',
      bk_stage_name: 'prod',
      bk_resource_name: 'search_business',
      bk_backend_name: 'default',
      bk_app_code: 'my-app',
      bk_username: 'admin',
      client_ip: '10.0.0.8',
    });
    const r = classify(
      `HTTP/1.1 502 Bad Gateway\nX-Bkapi-Debug-Info: ${debug}\n\n<html>bad gateway</html>`,
      loadRules(),
    );
    expect(debugFacts('en', r)).toEqual([
      ['Gateway', 'bk-cmdb'],
      ['Stage', 'prod'],
      ['Resource', 'search_business'],
      ['Backend', 'default'],
      ['App', 'my-app'],
      ['User', 'admin'],
      ['Source IP', '10.0.0.8'],
    ]);
    expect(debugFacts('zh', r).map(([l]) => l)).toEqual([
      '网关',
      '环境',
      '资源',
      '后端服务',
      '应用',
      '用户',
      '来源 IP',
    ]);
    expect(debugFacts('en', { debug: null })).toEqual([]);
  });
});
