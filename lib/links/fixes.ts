/**
 * The fix, built from the error and the paste's facts (../shared/contract/site-config.md, issue 29). Each rule
 * is taken from the gateway's own source (TencentBlueKing/blueking-apigateway-apisix, commit abf2b17) and the
 * catalog entry; each link appears only when the paste shows the identifier it needs and the setting is set.
 * Words that need no setting (the line to send, the two tenants) are given whenever the paste holds them.
 */
import { appPermissionUrl, flowLogUrl, gatewayDocsUrl, isName, isRequestId } from './address';
import type { Result } from '../classify';
import { actorOf, type Actor } from '../classify-page/chain';
import type { Lang } from '../i18n/lang';
import { linksText } from '../i18n/links';
import type { SiteConfig } from '../site-config';

/** Who a cross-tenant message names: the request's X-Bk-Tenant-Id header, the app, the gateway, the user. */
export type TenantParty = { who: 'header' | 'app' | 'gateway' | 'user'; name: string | null; tenant: string };

export type Fix =
  /** One request's flow log in the dashboard. */
  | { kind: 'flow-log'; requestId: string; href: string }
  /** 1640301: the app applies for (or renews) its permission to the gateway's resource. */
  | {
      kind: 'permission';
      app: string;
      gateway: string | null;
      resource: string | null;
      renew: boolean;
      href: string | null;
    }
  /** 1640302 IP_NOT_ALLOWED: the line to send the gateway's manager, and the gateway's page naming them. */
  | {
      kind: 'ip';
      ip: string;
      gateway: string | null;
      stage: string | null;
      resource: string | null;
      requestId: string | null;
      href: string | null;
    }
  /** The gateway's owner acts: the gateway's documentation page names them. */
  | { kind: 'owner'; gateway: string; href: string }
  /** CROSS_TENANT_FORBIDDEN: which two tenants differ (AH1: a global app sent no X-Bk-Tenant-Id). */
  | { kind: 'tenants'; case: string; parties: TenantParty[] };

/** The parts of a result the rules read. */
export type FixInput = Pick<
  Result,
  'source' | 'status' | 'code' | 'entry' | 'reason' | 'request_id' | 'gateway' | 'app' | 'client_ip' | 'debug'
>;

const WINDOW = 64 * 1024;
/** A tenant id or a name in the gateway's words: no spaces, commas, brackets or quotes. */
const W = String.raw`([^\s,()"'\\\]]{1,64}?)`;
/** The header's value may be empty (a single-tenant app that sent none). */
const H = String.raw`([^\s,()"'\\\]]{0,64}?)`;
/** bk-tenant-validate.lua's six messages (lines 85-149), each with its tag. */
const TENANT_FORMS: [string, RegExp, (m: RegExpExecArray) => TenantParty[]][] = [
  [
    'AH1',
    new RegExp(
      String.raw`header X-Bk-Tenant-Id is required and should not be empty\. the app ${W} tenant_mode=${W}\. \[AH1\]`,
    ),
    (m) => [{ who: 'app', name: m[1]!, tenant: m[2]! }],
  ],
  [
    'AH2',
    new RegExp(
      String.raw`current header X-Bk-Tenant-Id=${H}, app ${W} belongs to tenant ${W}\(tenant_mode=\w+\)\. \[AH2\]`,
    ),
    (m) => [
      { who: 'header', name: null, tenant: m[1]! },
      { who: 'app', name: m[2]!, tenant: m[3]! },
    ],
  ],
  [
    'GA',
    new RegExp(String.raw`gateway ${W} belongs to tenant ${W}, app ${W} belongs to tenant ${W}\. \[GA\]`),
    (m) => [
      { who: 'gateway', name: m[1]!, tenant: m[2]! },
      { who: 'app', name: m[3]!, tenant: m[4]! },
    ],
  ],
  [
    'GU',
    new RegExp(String.raw`gateway ${W} belongs to tenant ${W}, user ${W} belongs to tenant ${W}\. \[GU\]`),
    (m) => [
      { who: 'gateway', name: m[1]!, tenant: m[2]! },
      { who: 'user', name: m[3]!, tenant: m[4]! },
    ],
  ],
  [
    'AU',
    new RegExp(String.raw`app ${W} belongs to tenant ${W}, user ${W} belongs to tenant ${W}\. \[AU\]`),
    (m) => [
      { who: 'app', name: m[1]!, tenant: m[2]! },
      { who: 'user', name: m[3]!, tenant: m[4]! },
    ],
  ],
  [
    'GH',
    new RegExp(String.raw`gateway belongs to tenant ${W}, header tenant_id is ${W}\. \[GH\]`),
    (m) => [
      { who: 'gateway', name: null, tenant: m[1]! },
      { who: 'header', name: null, tenant: m[2]! },
    ],
  ],
];

/** The tenants a cross-tenant refusal names, from the first message of the six forms in the paste's first and last 64 KiB. */
export function tenantsOf(paste: string): Extract<Fix, { kind: 'tenants' }> | null {
  const head = paste.length > WINDOW * 2 ? `${paste.slice(0, WINDOW)}\n${paste.slice(-WINDOW)}` : paste;
  for (const [tag, re, parties] of TENANT_FORMS) {
    const m = re.exec(head);
    if (m) return { kind: 'tenants', case: tag, parties: parties(m) };
  }
  return null;
}

/** The permission reasons the app fixes itself (the others: a token's audience, the gateway's own setting). */
const APP_FIXES = new Set([null, 'no-permission', 'permission-expired']);

/**
 * What the page offers beside a verdict: the fixes in the order a reader acts on them. `entry` is the catalog
 * entry the verdict names (its actor), `appCode` the app code the paste shows where the result has none.
 */
export function fixesFor(
  result: FixInput,
  config: Pick<SiteConfig, 'dashboard' | 'paas'>,
  { entry, appCode = null, paste = '' }: { entry?: { actor: Actor }; appCode?: string | null; paste?: string } = {},
): Fix[] {
  const fixes: Fix[] = [];
  const gateway = isName(result.gateway?.name)
    ? result.gateway!.name
    : isName(result.debug?.gateway)
      ? result.debug!.gateway
      : null;
  const resource = result.gateway?.resource ?? result.debug?.resource ?? null;
  const requestId = isRequestId(result.request_id)
    ? result.request_id
    : isRequestId(result.debug?.request_id)
      ? result.debug!.request_id
      : null;
  const docs = gatewayDocsUrl(config, gateway);

  if (result.entry === 'app-no-permission' && APP_FIXES.has(result.reason)) {
    const app = [result.app?.bk_app_code, result.debug?.bk_app_code, appCode].find(isName);
    if (app)
      fixes.push({
        kind: 'permission',
        app,
        gateway,
        resource,
        renew: result.reason === 'permission-expired',
        href: appPermissionUrl(config, app),
      });
  }
  if (result.entry === 'ip-not-allowed') {
    const ip = result.client_ip ?? result.debug?.client_ip ?? null;
    if (ip && /^[0-9a-fA-F:.]{2,45}$/.test(ip))
      fixes.push({
        kind: 'ip',
        ip,
        gateway,
        stage: result.gateway?.stage ?? result.debug?.stage ?? null,
        resource,
        requestId,
        href: docs,
      });
  }
  if (result.entry === 'cross-tenant-forbidden') {
    const t = tenantsOf(paste);
    if (t) fixes.push(t);
  }
  const owner = actorOf(result, entry) === 'gateway-owner' || result.reason === 'verified-app-required';
  if (owner && docs && !fixes.some((f) => f.kind === 'ip'))
    fixes.push({ kind: 'owner', gateway: gateway!, href: docs });
  const log = flowLogUrl(config, requestId);
  if (log && requestId) fixes.push({ kind: 'flow-log', requestId, href: log });
  return fixes;
}

/** The links among the fixes, labelled in `lang`: what a ticket carries beside the page's own. */
export function fixLinks(lang: Lang, fixes: Fix[]): [label: string, url: string][] {
  const d = linksText(lang);
  return fixes.flatMap((f): [string, string][] => {
    if (f.kind === 'flow-log') return [[d.flowLog, f.href]];
    if (f.kind === 'permission' && f.href) return [[d.permissionLink(f.renew, f.app), f.href]];
    if ((f.kind === 'ip' || f.kind === 'owner') && f.href && f.gateway) return [[d.ownerDocs(f.gateway), f.href]];
    return [];
  });
}
