import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixesFor, tenantsOf, type Fix } from './fixes';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';

const rules = loadRules();
const ROOT = path.resolve(import.meta.dirname, '../..');
const config = { dashboard: 'https://apigw.example.com/', paas: 'https://paas.example.com/' };
const NONE = { dashboard: null, paas: null };
const curl = fs.readFileSync(path.join(ROOT, 'e2e/fixtures-classify/gateway-curl-with-secrets.txt'), 'utf8');
const SECRETS = ['QueryTok3nValue9', 'AppS3cretValue42', 'UserT0kenValue77', 'C00kieTokenValue5', 'S3ssionValue66'];

/** A gateway error response as raw HTTP, as a person pastes it. */
function gatewayError(code: number, codeName: string, message: string, headers: string[] = []) {
  const body = JSON.stringify({ code, data: null, code_name: codeName, message, result: false });
  return [
    'HTTP/1.1 403 Forbidden',
    'Content-Type: application/json',
    'X-Bkapi-Request-ID: 648945ac-2a80-4631-85ed-a5034b5a7529',
    `X-Bkapi-Error-Code: ${code}`,
    ...headers,
    '',
    body,
  ].join('\n');
}
const fixes = (paste: string, c: typeof config | typeof NONE = config, actor?: 'caller' | 'gateway-owner') =>
  fixesFor(classify(paste, rules), c, { paste, ...(actor ? { entry: { actor } } : {}) });
const kinds = (f: Fix[]) => f.map((x) => x.kind);

describe('1640301: the app applies for its permission', () => {
  it('names the app, the gateway, and links its API-permission page', () => {
    const f = fixes(curl);
    expect(f[0]).toEqual({
      kind: 'permission',
      app: 'my-app',
      gateway: 'my-gateway',
      resource: null,
      renew: false,
      href: 'https://paas.example.com/developer-center/apps/my-app/cloudapi',
    });
    expect(f.find((x) => x.kind === 'flow-log')).toEqual({
      kind: 'flow-log',
      requestId: 'f466f78c-5130-4410-9d71-6b65c320cc3f',
      href: 'https://apigw.example.com/platform-tools/toolbox?request_id=f466f78c-5130-4410-9d71-6b65c320cc3f',
    });
    // No link holds anything of the paste but the identifiers.
    const hrefs = JSON.stringify(f.map((x) => ('href' in x ? x.href : null)));
    for (const s of SECRETS) expect(hrefs).not.toContain(s);
  });

  it('"renew" where the reason says the permission expired', () => {
    const paste = gatewayError(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="permission has expired, type=resource_permission, bk_app_code=old-app"]',
    );
    expect(fixes(paste)[0]).toMatchObject({ kind: 'permission', app: 'old-app', renew: true });
  });

  it('the resource from the debug header', () => {
    const debug = JSON.stringify({
      bk_request_id: '648945ac-2a80-4631-85ed-a5034b5a7529',
      bk_gateway_name: 'bk-cmdb',
      bk_stage_name: 'prod',
      bk_resource_name: 'search_business',
      bk_app_code: 'my-app',
    });
    const paste = gatewayError(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="no permission"]',
      [`X-Bkapi-Debug-Info: ${debug}`],
    );
    expect(fixes(paste)[0]).toMatchObject({
      kind: 'permission',
      app: 'my-app',
      gateway: 'bk-cmdb',
      resource: 'search_business',
    });
  });

  it('no app code in the paste: no permission fix; without the setting: the words, no link', () => {
    const paste = gatewayError(1640301, 'APP_NO_PERMISSION', 'App has no permission to the resource');
    expect(kinds(fixes(paste))).not.toContain('permission');
    expect(fixes(curl, NONE)[0]).toMatchObject({ kind: 'permission', app: 'my-app', href: null });
    expect(kinds(fixes(curl, NONE))).not.toContain('flow-log');
  });

  it('an app code without its shape gives no permission fix', () => {
    const paste = gatewayError(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="no permission, bk_app_code=../../admin?x=1"]',
    );
    const f = fixes(paste);
    expect(JSON.stringify(f)).not.toContain('admin');
  });

  it("the gateway's own misconfiguration is the owner's: its documentation page, not the app's", () => {
    const paste = gatewayError(
      1640301,
      'APP_NO_PERMISSION',
      'App has no permission to the resource [reason="if resource_perm_required is true, verified_app_required must be set to true too, please contact the managers of the gateway to handle."]',
    ).replace(
      'HTTP/1.1 403 Forbidden',
      'HTTP/1.1 403 Forbidden\nX-Bkapi-Debug-Info: {"bk_request_id":"x","bk_gateway_name":"bk-cmdb"}',
    );
    const f = fixes(paste);
    expect(kinds(f)).not.toContain('permission');
    expect(f).toContainEqual({
      kind: 'owner',
      gateway: 'bk-cmdb',
      href: 'https://apigw.example.com/docs/api-docs/gateway/bk-cmdb',
    });
  });
});

describe('1640302 IP_NOT_ALLOWED: the line to send', () => {
  const paste = gatewayError(
    1640302,
    'IP_NOT_ALLOWED',
    'Request rejected by ip restriction [ip="10.0.0.8" reason="Your IP address is not allowed"]',
  ).replace(
    'HTTP/1.1 403 Forbidden',
    'GET https://bkapi.example.com/api/bk-cmdb/prod/users/\n\nHTTP/1.1 403 Forbidden',
  );

  it('the address the gateway saw, the gateway, and its documentation page', () => {
    const f = fixes(paste);
    expect(f[0]).toEqual({
      kind: 'ip',
      ip: '10.0.0.8',
      gateway: 'bk-cmdb',
      stage: 'prod',
      resource: null,
      requestId: '648945ac-2a80-4631-85ed-a5034b5a7529',
      href: 'https://apigw.example.com/docs/api-docs/gateway/bk-cmdb',
    });
    expect(kinds(f)).not.toContain('owner');
  });

  it('without the dashboard: the line, no link', () => {
    expect(fixes(paste, NONE)).toEqual([expect.objectContaining({ kind: 'ip', ip: '10.0.0.8', href: null })]);
  });
});

describe('cross-tenant refusals: which two tenants differ', () => {
  const forms: [string, string, object[]][] = [
    [
      'AH1',
      'Cross-tenant calls are not allowed: header X-Bk-Tenant-Id is required and should not be empty. the app my-app tenant_mode=global. [AH1]',
      [{ who: 'app', name: 'my-app', tenant: 'global' }],
    ],
    [
      'AH2',
      'Cross-tenant calls are not allowed: current header X-Bk-Tenant-Id=tenant-b, app my-app belongs to tenant tenant-a(tenant_mode=single). [AH2]',
      [
        { who: 'header', name: null, tenant: 'tenant-b' },
        { who: 'app', name: 'my-app', tenant: 'tenant-a' },
      ],
    ],
    [
      'GA',
      'Cross-tenant calls are not allowed: gateway bk-cmdb belongs to tenant t1, app my-app belongs to tenant t2. [GA]',
      [
        { who: 'gateway', name: 'bk-cmdb', tenant: 't1' },
        { who: 'app', name: 'my-app', tenant: 't2' },
      ],
    ],
    [
      'GU',
      'Cross-tenant calls are not allowed: gateway bk-cmdb belongs to tenant t1, user admin belongs to tenant t2. [GU]',
      [
        { who: 'gateway', name: 'bk-cmdb', tenant: 't1' },
        { who: 'user', name: 'admin', tenant: 't2' },
      ],
    ],
    [
      'AU',
      'Cross-tenant calls are not allowed: app my-app belongs to tenant t1, user admin belongs to tenant t2. [AU]',
      [
        { who: 'app', name: 'my-app', tenant: 't1' },
        { who: 'user', name: 'admin', tenant: 't2' },
      ],
    ],
    [
      'GH',
      'Cross-tenant calls are not allowed: gateway belongs to tenant t1, header tenant_id is t2. [GH]',
      [
        { who: 'gateway', name: null, tenant: 't1' },
        { who: 'header', name: null, tenant: 't2' },
      ],
    ],
  ];
  it.each(forms)('%s', (tag, reason, parties) => {
    const paste = gatewayError(1640302, 'CROSS_TENANT_FORBIDDEN', `Cross tenant forbidden [reason="${reason}"]`);
    expect(classify(paste, rules).entry).toBe('cross-tenant-forbidden');
    expect(fixes(paste, NONE)).toEqual([{ kind: 'tenants', case: tag, parties }]);
  });

  it('an empty X-Bk-Tenant-Id header is read as empty', () => {
    expect(
      tenantsOf('current header X-Bk-Tenant-Id=, app a belongs to tenant t(tenant_mode=single). [AH2]')?.parties[0],
    ).toEqual({ who: 'header', name: null, tenant: '' });
  });
});

describe("any error whose fix is the gateway owner's", () => {
  it('links the gateway documentation page where the paste names the gateway', () => {
    const paste = gatewayError(1640302, 'IP_NOT_ALLOWED', 'x').replace(
      'HTTP/1.1',
      'GET https://bkapi.example.com/api/bk-cmdb/prod/\n\nHTTP/1.1',
    );
    const f = fixesFor({ ...classify(paste, rules), entry: null }, config, {
      entry: { actor: 'gateway-owner' },
      paste,
    });
    expect(f).toContainEqual({
      kind: 'owner',
      gateway: 'bk-cmdb',
      href: 'https://apigw.example.com/docs/api-docs/gateway/bk-cmdb',
    });
  });
});
