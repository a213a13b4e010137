/**
 * The addresses into the reader's own BlueKing (../shared/contract/site-config.md), each from the dashboard's
 * and the developer center's own source (TencentBlueKing/blueking-apigateway, commit 048bdd7):
 * - one request's flow log: the dashboard's router mounts the toolbox at `/platform-tools/toolbox`
 *   (src/dashboard-front/src/router/index.ts, views/platform-tools/routes.ts) and its log tool, the toolbox's
 *   first, reads `request_id` from the query on load (views/platform-tools/toolbox/components/QueryLog.vue `init`);
 * - a gateway's API documentation, which names its owners: the docs layout at `/docs` with the route
 *   `api-docs/:curTab/:board?/:targetName` (views/api-docs/route.ts), `curTab` `gateway` for a gateway
 *   (views/api-docs/Index.vue `gotoDetails`);
 * - an app's API permissions: the dashboard's own
 *   `PAAS_RENEW_API_PERMISSION_URL = f"{BK_PAAS3_URL}/developer-center/apps/{{bk_app_code}}/cloudapi"`
 *   (src/dashboard/apigateway/apigateway/conf/default.py), the link of its permission-expiry mails.
 * A link carries the identifier and nothing else; an identifier without its documented shape gives no link.
 */
import type { SiteConfig } from '../site-config';

/** A request id as the gateway writes it: 32 hex digits, or a UUID. */
const REQUEST_ID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/**
 * An app code or a gateway name: letters, digits, `-` and `_`. Both are short where BlueKing makes them (a
 * gateway name at most 30 characters, an app code at most 32); 64 leaves room and refuses anything else.
 */
const NAME = /^[A-Za-z0-9_-]{1,64}$/;

export const isRequestId = (s: string | null | undefined): s is string => !!s && REQUEST_ID.test(s);
export const isName = (s: string | null | undefined): s is string => !!s && NAME.test(s);

/** One request's flow log in the dashboard's toolbox. */
export function flowLogUrl(config: Pick<SiteConfig, 'dashboard'>, requestId: string | null | undefined): string | null {
  if (!config.dashboard || !isRequestId(requestId)) return null;
  return `${config.dashboard}platform-tools/toolbox?request_id=${encodeURIComponent(requestId)}`;
}

/** A gateway's API documentation page (it names the gateway's owners). */
export function gatewayDocsUrl(
  config: Pick<SiteConfig, 'dashboard'>,
  gateway: string | null | undefined,
): string | null {
  if (!config.dashboard || !isName(gateway)) return null;
  return `${config.dashboard}docs/api-docs/gateway/${encodeURIComponent(gateway)}`;
}

/** An app's API-permission page in the developer center: where it applies for, or renews, a permission. */
export function appPermissionUrl(config: Pick<SiteConfig, 'paas'>, appCode: string | null | undefined): string | null {
  if (!config.paas || !isName(appCode)) return null;
  return `${config.paas}developer-center/apps/${encodeURIComponent(appCode)}/cloudapi`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Longest feedback address built: browsers and trackers refuse much longer ones. */
export const MAX_FEEDBACK_URL = 8000;

/**
 * The tracker's "new issue" address with `{title}` and `{body}` replaced, each URL-encoded; the body is
 * clipped so the address stays under MAX_FEEDBACK_URL. Null where no tracker is set.
 */
export function feedbackUrl(config: Pick<SiteConfig, 'feedback'>, title: string, body: string): string | null {
  if (!config.feedback) return null;
  const enc = (t: string) => encodeURIComponent(t.replace(LONE_SURROGATE, '\uFFFD'));
  const fill = (b: string) => config.feedback!.replaceAll('{title}', enc(title)).replaceAll('{body}', enc(b));
  // Clipped by code points, so no surrogate pair is split (encodeURIComponent throws on half of one).
  let chars = Array.from(body);
  let url = fill(body);
  while (url.length > MAX_FEEDBACK_URL && chars.length > 0) {
    chars = chars.slice(0, Math.floor(chars.length * 0.8));
    url = fill(`${chars.join('')}…`);
  }
  return url;
}
