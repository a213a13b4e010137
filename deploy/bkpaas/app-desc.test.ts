/**
 * deploy/bkpaas/app_desc.yaml against the rules the BlueKing developer center applies to an S-mart package's
 * description (specVersion 3). Each rule below mirrors one validator of the platform, cited as
 * `file:line` in TencentBlueKing/blueking-paas@3aa862b (apiserver/paasng/paasng/…), or of smart-app-builder
 * (builder-stack dd89a17); ../shared/reference/bk-deploy.md §1.3 has the table. The negative fixtures show each
 * rule refusing what the platform refuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appDescText } from '../../scripts/bkpaas';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const TEMPLATE = fs.readFileSync(path.join(HERE, 'app_desc.yaml'), 'utf8');
const SERVER = fs.readFileSync(path.join(HERE, 'server.cjs'), 'utf8');

type Desc = Record<string, unknown>;
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** utils/validators.py:65: ReservedWordValidator. */
const RESERVED = ['-dot-', '0us0', '--', '-m-'];
/** utils/validators.py:36-37: DNS_SAFE_PATTERN, DNS_MAX_LENGTH. */
const DNS_SAFE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** semver 2.0.0, as smart-app-builder's semver.Make parses it (pkg/utils/validator.go:31). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** sync_market/migrations/0002_auto_20210303_1123.py:34: the seeded market tags a category must name. */
const TAGS = ['运维工具', '监控告警', '配置管理', '开发工具', '企业IT', '办公应用', '其它'];

/**
 * Every problem the platform would find in a description, each naming the validator it mirrors; [] when it
 * would take it.
 */
function problems(desc: Desc): string[] {
  const out: string[] = [];
  const fail = (rule: string, what: string) => out.push(`${what} [${rule}]`);

  // declarative/handlers.py:82-98 (detect_spec_version) and constants.py AppSpecVersion: 3 selects the v3 handler.
  if (desc.specVersion !== 3) fail('declarative/handlers.py:82-98', 'specVersion must be 3');
  if ('tenant' in desc) fail('smart_app/services/app_desc.py', 'the platform adds tenant itself');
  // smart_app/views.py:120 (MISSING_VERSION_INFO); smart-app-builder pkg/utils/validator.go:31 (semver.Make).
  if (typeof desc.appVersion !== 'string' || !SEMVER.test(desc.appVersion))
    fail('smart-app-builder pkg/utils/validator.go:31', `appVersion ${JSON.stringify(desc.appVersion)} is not semver`);

  const app = obj(desc.app);
  // platform/applications/serializers/fields.py:60-80 (AppIDSMartField): 3-20, the S-mart pattern; :65 reserved words.
  const code = String(app.bkAppCode ?? '');
  if (code.length < 3 || code.length > 20)
    fail('applications/serializers/fields.py:71-72', 'bkAppCode: 3-20 characters');
  if (!/^(?![0-9]+.*$)(?!-)[a-zA-Z0-9-_]{0,63}$/.test(code) || code.endsWith('-'))
    fail('applications/serializers/fields.py:66', `bkAppCode ${code} does not match the S-mart pattern`);
  if (RESERVED.some((w) => code.includes(w))) fail('utils/validators.py:65', `bkAppCode ${code} has a reserved word`);
  // applications/serializers/fields.py:114 (AppNameField, max 20); utils/serializers.py:88-106 (NickNameField drops
  // anything but [\u4e00-\u9fa5\w\-_], silently: a name must not rely on such characters).
  for (const key of ['bkAppName', 'bkAppNameEn']) {
    const name = app[key];
    if (name === undefined && key === 'bkAppNameEn') continue;
    if (typeof name !== 'string' || !name) fail('v3.py:116', `${key} is required`);
    else {
      if ([...name].length > 20) fail('applications/serializers/fields.py:114', `${key}: at most 20 characters`);
      if (!/^[\u4e00-\u9fa5\p{L}\p{N}_-]+$/u.test(name))
        fail('utils/serializers.py:106', `${key} ${name}: characters the mask would drop`);
    }
  }
  // smart_app/views.py:215 ("缺失应用市场配置（market)!"); v3.py:56-79 (MarketSLZ: introduction required).
  const market = app.market;
  if (!market || typeof market !== 'object') fail('smart_app/views.py:215', 'app.market is required');
  const m = obj(market);
  if (typeof m.introduction !== 'string' || !m.introduction.trim())
    fail('declarative/application/validations/v3.py:60', 'market.introduction is required');
  // accessories/publish/market/serializers.py:87-108 (ProductTagByNameField): the name of an existing tag.
  if (m.category !== undefined && !TAGS.includes(String(m.category)))
    fail('publish/market/serializers.py:87-108', `category ${String(m.category)} is no market tag`);
  // v3.py:43 and publish/market/constant.py:66-70 (OpenMode); blueking-console blueking.window.js:281 frames
  // anything but new_tab, and the portal refuses framing.
  const openMode = obj(m.displayOptions).openMode;
  if (openMode !== undefined && openMode !== 'desktop' && openMode !== 'new_tab')
    fail('publish/market/constant.py:66-70', `openMode ${String(openMode)}`);
  if (openMode !== 'new_tab') fail('blueking-console blueking.window.js:281', 'openMode must be new_tab (no framing)');

  // v3.py:119: modules is a list; declarative/handlers.py:133 copies only `modules` (the `module:` form is lost).
  if ('module' in desc) fail('declarative/handlers.py:133', 'the single `module:` form is not read for S-mart');
  if (!Array.isArray(desc.modules)) {
    fail('declarative/application/validations/v3.py:119', 'modules must be a list');
    return out;
  }
  const modules = desc.modules.map(obj);
  // v3.py:124-133: exactly one default module.
  const defaults = modules.filter((mod) => mod.isDefault === true).length;
  if (defaults !== 1) fail('declarative/application/validations/v3.py:124-133', `${defaults} default modules`);
  const exposed: string[] = [];
  for (const mod of modules) {
    const name = String(mod.name ?? '');
    // platform/modules/serializers.py:64-78 (ModuleNameField): RE_APP_CODE, max 16, reserved words, DNS-safe.
    if (
      !/^[a-z0-9-]{1,20}$/.test(name) ||
      name.length > 16 ||
      !DNS_SAFE.test(name) ||
      RESERVED.some((w) => name.includes(w))
    )
      fail('platform/modules/serializers.py:64-78', `module name ${name}`);
    // applications/constants.py:66-79 (AppLanguage, case-insensitive); smart-app-builder builds python, nodejs, go.
    if (!['python', 'nodejs', 'go'].includes(String(mod.language).toLowerCase()))
      fail('applications/constants.py:66-79', `language ${String(mod.language)}`);
    const spec = obj(mod.spec);
    // bkapp_model/serializers/v1alpha2.py:343: processes, a non-empty list.
    const processes = Array.isArray(spec.processes) ? spec.processes.map(obj) : [];
    if (!processes.length) fail('bkapp_model/serializers/v1alpha2.py:343', `module ${name}: no processes`);
    for (const proc of processes) {
      const pname = String(proc.name ?? '');
      // v1alpha2.py:265 with utils/validators.py:124-125: PROC_TYPE_PATTERN, at most 12 characters.
      if (!/^[a-z0-9]([-a-z0-9])*$/.test(pname) || pname.length > 12)
        fail('utils/validators.py:124-125', `process name ${pname}`);
      // smart-app-builder pkg/appdesc/v3/v3.go (Process.ProcCommand): the only start command it reads.
      if (typeof proc.procCommand !== 'string' || !proc.procCommand.trim())
        fail('smart-app-builder pkg/appdesc/v3/v3.go', `process ${pname}: no procCommand`);
      for (const svc of Array.isArray(proc.services) ? proc.services.map(obj) : []) {
        // v1alpha2.py:207-236 (ProcServiceInputSLZ): DNS-safe name, targetPort 1-65535 or ${PORT}, port 1-65535.
        if (!DNS_SAFE.test(String(svc.name ?? ''))) fail('bkapp_model/serializers/v1alpha2.py:208', 'service name');
        const target = svc.targetPort;
        if (
          target !== '${PORT}' &&
          !(Number.isInteger(Number(target)) && Number(target) >= 1 && Number(target) <= 65535)
        )
          fail('bkapp_model/serializers/v1alpha2.py:225-236', `targetPort ${String(target)}`);
        if (
          svc.port !== undefined &&
          !(Number.isInteger(svc.port) && Number(svc.port) >= 1 && Number(svc.port) <= 65535)
        )
          fail('bkapp_model/serializers/v1alpha2.py:218', `port ${String(svc.port)}`);
        const type = obj(svc.exposedType).name;
        if (type !== undefined) exposed.push(String(type));
      }
      // v1alpha2.py:172-197 (ProbeInputSLZ, HTTPGetActionInputSLZ): port and path (at most 128).
      const readiness = obj(obj(proc.probes).readiness);
      if (proc.probes !== undefined) {
        const get = obj(readiness.httpGet);
        if (get.port === undefined || typeof get.path !== 'string' || get.path.length > 128)
          fail(
            'bkapp_model/serializers/v1alpha2.py:172-180',
            `process ${pname}: readiness httpGet needs port and path`,
          );
      }
    }
    // utils/validators.py:42 (RE_CONFIG_VAR_KEY) and settings/__init__.py:1071-1078 (reserved prefixes and names).
    for (const env of Array.isArray(obj(spec.configuration).env)
      ? (obj(spec.configuration).env as unknown[]).map(obj)
      : []) {
      const key = String(env.name ?? '');
      if (
        !/^[A-Z][A-Z0-9_]*$/.test(key) ||
        /^(BKPAAS_|KUBERNETES_)/.test(key) ||
        ['SLUG_URL', 'HOME', 'S3CMD_CONF', 'HOSTNAME'].includes(key)
      )
        fail('utils/validators.py:42', `env ${key}`);
    }
  }
  // v1alpha2.py:362-399 (_validate_proc_services): at most one exposed type per module, none twice.
  if (new Set(exposed).size !== exposed.length || new Set(exposed).size > 1)
    fail('bkapp_model/serializers/v1alpha2.py:362-399', 'exposed types repeat');
  // Spec 3 creates no service by itself (bkapp_model/services.py:46-70; operator services.go:149-160): without a
  // bk/http one the app has no address.
  if (!exposed.includes('bk/http')) fail('bkapp_model/services.py:46-70', 'no bk/http service: no address');
  return out;
}

const shipped = () => parse(appDescText(TEMPLATE, '0.1.0')) as Desc;
const variant = (change: (d: Desc) => void) => {
  const d = shipped();
  change(d);
  return problems(d);
};
const web = (d: Desc) => obj(obj((d.modules as Desc[])[0]).spec).processes as Desc[];

describe('deploy/bkpaas/app_desc.yaml', () => {
  it('meets every rule of the platform', () => {
    expect(problems(shipped())).toEqual([]);
  });

  it("is a YAML map with the version filled from the project's package.json", () => {
    expect(TEMPLATE).toContain("appVersion: '__APP_VERSION__'");
    const version = (
      JSON.parse(fs.readFileSync(path.join(HERE, '..', '..', 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(parse(appDescText(TEMPLATE, version)).appVersion).toBe(version);
  });

  it('starts server.cjs on the port its bk/http service targets and the platform gives (PORT=5000)', () => {
    const proc = web(shipped())[0]!;
    expect(proc.procCommand).toBe('node server.cjs');
    const svc = (proc.services as Desc[])[0]!;
    expect([svc.targetPort, obj(svc.exposedType).name]).toEqual([5000, 'bk/http']);
    // settings/workloads.py:87 CONTAINER_PORT = 5000; server.cjs listens on PORT, else 5000.
    expect(SERVER).toContain('Number(env.PORT) || 5000');
    const probe = obj(obj(obj(proc.probes).readiness).httpGet);
    expect(probe).toEqual({ port: 5000, path: '/healthz' });
  });

  it('opens in a tab of its own, and is a 运维工具 with an introduction in both languages', () => {
    const app = obj(shipped().app);
    const market = obj(app.market);
    expect(obj(market.displayOptions).openMode).toBe('new_tab');
    expect(market.category).toBe('运维工具');
    expect(String(market.introduction)).toMatch(/[\u4e00-\u9fa5]/);
    expect(String(market.introductionEn)).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('the rules refuse what the platform refuses', () => {
  it('the single `module:` form (repo apps only; handlers.py:133)', () => {
    expect(
      variant((d) => {
        d.module = (d.modules as Desc[])[0];
        delete d.modules;
      }),
    ).toEqual(
      expect.arrayContaining([expect.stringContaining('handlers.py:133'), expect.stringContaining('v3.py:119')]),
    );
  });

  it('a version that is not semver ("1.0"; validator.go:31), and none', () => {
    expect(variant((d) => (d.appVersion = '1.0'))).toEqual([expect.stringContaining('validator.go:31')]);
    expect(variant((d) => (d.appVersion = 1.0))).toEqual([expect.stringContaining('validator.go:31')]);
    expect(variant((d) => delete d.appVersion)).toEqual([expect.stringContaining('validator.go:31')]);
  });

  it('two default modules, or none (v3.py:124-133)', () => {
    const two = variant((d) => {
      const mods = d.modules as Desc[];
      mods.push({ ...mods[0]!, name: 'second' });
    });
    expect(two).toContain('2 default modules [declarative/application/validations/v3.py:124-133]');
    expect(variant((d) => ((d.modules as Desc[])[0]!.isDefault = false))).toContain(
      '0 default modules [declarative/application/validations/v3.py:124-133]',
    );
  });

  it('a long process name (web-process-too-long; validators.py:124-125), or one with capitals', () => {
    expect(variant((d) => (web(d)[0]!.name = 'web-process-too-long'))).toEqual([
      'process name web-process-too-long [utils/validators.py:124-125]',
    ]);
    expect(variant((d) => (web(d)[0]!.name = 'Web'))).toEqual(['process name Web [utils/validators.py:124-125]']);
  });

  it('a reserved, short or numeric app code (fields.py, validators.py:65)', () => {
    expect(variant((d) => (obj(d.app).bkAppCode = 'apigw--errors'))).toEqual([
      expect.stringContaining('validators.py:65'),
    ]);
    expect(variant((d) => (obj(d.app).bkAppCode = 'ab'))).toEqual([expect.stringContaining('fields.py:71-72')]);
    expect(variant((d) => (obj(d.app).bkAppCode = '123abc'))).toEqual([expect.stringContaining('fields.py:66')]);
  });

  it('a name the mask would cut (spaces, punctuation) or longer than 20 (serializers.py:88-106, fields.py:114)', () => {
    expect(variant((d) => (obj(d.app).bkAppNameEn = 'APIGW Errors'))).toEqual([
      expect.stringContaining('serializers.py:106'),
    ]);
    expect(variant((d) => (obj(d.app).bkAppName = '蓝鲸API网关错误速查与响应诊断的门户站点'))).toEqual([
      expect.stringContaining('fields.py:114'),
    ]);
  });

  it('no market or no introduction (views.py:215, v3.py:60); a category no tag has; openMode desktop', () => {
    expect(variant((d) => delete obj(d.app).market)).toEqual(
      expect.arrayContaining([expect.stringContaining('views.py:215'), expect.stringContaining('v3.py:60')]),
    );
    expect(variant((d) => delete obj(obj(d.app).market).introduction)).toEqual([expect.stringContaining('v3.py:60')]);
    expect(variant((d) => (obj(obj(d.app).market).category = '网关'))).toEqual([
      expect.stringContaining('market/serializers.py:87-108'),
    ]);
    expect(variant((d) => (obj(obj(obj(d.app).market).displayOptions).openMode = 'desktop'))).toEqual([
      expect.stringContaining('blueking.window.js:281'),
    ]);
  });

  it('no bk/http service (spec 3 makes none), two exposed types, a bad target port', () => {
    expect(variant((d) => delete web(d)[0]!.services)).toEqual([expect.stringContaining('services.py:46-70')]);
    expect(
      variant((d) => {
        const svcs = web(d)[0]!.services as Desc[];
        svcs.push({ name: 'other', targetPort: 5001, exposedType: { name: 'bk/grpc' } });
      }),
    ).toEqual([expect.stringContaining('v1alpha2.py:362-399')]);
    expect(variant((d) => ((web(d)[0]!.services as Desc[])[0]!.targetPort = 'PORT'))).toEqual([
      expect.stringContaining('v1alpha2.py:225-236'),
    ]);
  });

  it('a language smart-app-builder cannot build, a module name with capitals, no processes', () => {
    expect(variant((d) => ((d.modules as Desc[])[0]!.language = 'Ruby'))).toEqual([
      expect.stringContaining('constants.py:66-79'),
    ]);
    expect(variant((d) => ((d.modules as Desc[])[0]!.name = 'Default'))).toEqual([
      expect.stringContaining('modules/serializers.py:64-78'),
    ]);
    expect(variant((d) => (obj((d.modules as Desc[])[0]!.spec).processes = []))).toEqual(
      expect.arrayContaining([expect.stringContaining('v1alpha2.py:343')]),
    );
  });

  it('an environment variable the platform reserves (BKPAAS_X) or misnames (validators.py:42)', () => {
    const withEnv = (name: string) =>
      variant((d) => (obj((d.modules as Desc[])[0]!.spec).configuration = { env: [{ name, value: '' }] }));
    expect(withEnv('PORTAL_FEEDBACK_URL')).toEqual([]);
    expect(withEnv('BKPAAS_X')).toEqual(['env BKPAAS_X [utils/validators.py:42]']);
    expect(withEnv('portal_url')).toEqual(['env portal_url [utils/validators.py:42]']);
  });

  it('specVersion 2 or none (handlers.py:82-98), and a tenant the platform sets itself', () => {
    expect(variant((d) => (d.specVersion = 2))).toContain('specVersion must be 3 [declarative/handlers.py:82-98]');
    expect(variant((d) => (d.tenant = { mode: 'global' }))).toEqual([expect.stringContaining('app_desc.py')]);
  });
});
