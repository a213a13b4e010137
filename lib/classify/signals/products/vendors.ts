import type { Rule } from './context';
import { A, headerLine, jsonKeys, match } from './context';

/**
 * Other vendors' API gateways, PaaS routers, CDNs and cloud load balancers: each stands in front of the
 * service, so what it writes is the backend's access layer, never the service and never the BlueKing
 * gateway. Each signature is a text the product's own source or documentation gives for its errors.
 */
export const API_GATEWAY_PRODUCTS = new Set([
  'kong',
  'tyk',
  'wso2-apim',
  'azure-api-management',
  'aws-api-gateway',
  'huawei-apig',
  'apigee',
  'alibaba-cloud-api-gateway',
  'krakend',
]);

// Tyk's gateway errors (gateway/errors.go, rendered by templates/error.json as {"error": "..."}).
const TYK_ERRORS =
  /^(?:Key not authori[sz]ed|Authorization field missing|Access to this API has been disallowed|Rate limit exceeded|Quota exceeded|Key has expired, please renew|Attempted administrative access with invalid or missing key!|Request signature verification failed|This API version does not seem to exist)$/;
// Azure API Management's built-in policy errors ({"statusCode": n, "message": "..."}).
const APIM_MESSAGES =
  /^(?:Access denied due to (?:missing subscription key|invalid subscription key)|Rate limit is exceeded|Out of call volume quota|Unauthorized\. Access token is missing or invalid)/;

export const VENDOR_RULES: Rule[] = [
  {
    product: 'tyk',
    layer: A,
    signal: 'tyk.error',
    weight: 3,
    find: (c) =>
      jsonKeys(c).join() === 'error' && typeof c.json?.error === 'string' && TYK_ERRORS.test(c.json.error)
        ? match(c.text, /"error"\s*:\s*"[^"]{1,80}"/)
        : undefined,
    detail:
      'Tyk\'s own error ({"error": ...} from its error template): the Tyk API gateway in front of the service refused the call on its key, quota or rate limit.',
  },
  {
    product: 'wso2-apim',
    layer: A,
    signal: 'wso2-apim.fault',
    weight: 3,
    find: (c) =>
      match(c.text, /"code"\s*:\s*"?90[0-9]\d{3}"?\s*,\s*"message"\s*:\s*"[^"]{1,80}"/) ??
      match(c.body, /<ams:fault xmlns:ams="http:\/\/wso2\.org\/apimanager\/security">/),
    detail:
      "WSO2 API Manager's gateway fault (a 900xxx code: credentials, throttling or a missing resource): the WSO2 gateway in front of the service answered.",
  },
  {
    product: 'azure-api-management',
    layer: A,
    signal: 'azure-api-management.policy-error',
    weight: 3,
    find: (c) =>
      typeof c.json?.statusCode === 'number' && typeof c.json.message === 'string' && APIM_MESSAGES.test(c.json.message)
        ? c.json.message.slice(0, 120)
        : undefined,
    detail:
      'Azure API Management answered with its own policy error (a subscription key, a rate limit or a quota): the APIM gateway in front of the service refused the call.',
  },
  {
    product: 'huawei-apig',
    layer: A,
    signal: 'huawei-apig.error-code',
    weight: 3,
    find: (c) => match(c.text, /"error_code"\s*:\s*"APIG\.\d{4}"/),
    detail:
      "Huawei Cloud API Gateway's own error (an APIG.xxxx code with error_msg and request_id): the Huawei gateway in front of the service answered.",
  },
  {
    product: 'apigee',
    layer: A,
    signal: 'apigee.fault',
    weight: 3,
    find: (c) => {
      const fault = c.json?.fault as Record<string, unknown> | undefined;
      return fault && typeof fault === 'object' && typeof fault.faultstring === 'string'
        ? match(c.text, /"faultstring"\s*:\s*"[^"]{1,120}"/)
        : undefined;
    },
    detail:
      'Apigee\'s fault ({"fault": {"faultstring", "detail": {"errorcode"}}}): an Apigee proxy policy in front of the service rejected the call.',
  },
  {
    product: 'alibaba-cloud-api-gateway',
    layer: A,
    signal: 'alibaba-cloud-api-gateway.error-header',
    weight: 3,
    find: (c) => headerLine(c, 'x-ca-error-message') ?? headerLine(c, 'x-ca-error-code'),
    detail:
      'Alibaba Cloud API Gateway sets X-Ca-Error-Message on the errors it writes itself: that gateway, in front of the service, refused the call.',
  },
  {
    product: 'krakend',
    layer: A,
    signal: 'krakend.header',
    weight: 2,
    find: (c) => headerLine(c, 'x-krakend-completed', /false/i) ?? headerLine(c, 'x-krakend'),
    detail:
      'KrakenD, an API gateway, relayed or wrote this response (X-KrakenD-Completed: false means a backend behind it failed).',
  },
  {
    product: 'heroku-router',
    layer: A,
    signal: 'heroku-router.error-page',
    weight: 3,
    find: (c) => match(c.body, /herokucdn\.com\/error-pages\/[a-z-]+\.html/),
    detail:
      "Heroku's router error page (herokucdn.com/error-pages): the platform's router answered because the app crashed, timed out (H12) or is not running.",
  },
  {
    product: 'cloud-foundry-gorouter',
    layer: A,
    signal: 'cloud-foundry-gorouter.router-error',
    weight: 3,
    find: (c) =>
      headerLine(c, 'x-cf-routererror') ??
      match(
        c.text,
        /Requested route \('[^']{1,200}'\) does not exist\.|Registered endpoint failed to handle the request\./,
      ),
    detail:
      "Cloud Foundry's gorouter answered itself (X-Cf-Routererror): no app is mapped to the route, or the app's instance failed.",
  },
  {
    product: 'openshift-router',
    layer: A,
    signal: 'openshift-router.not-available',
    weight: 3,
    find: (c) => match(c.body, /<h1>Application is not available<\/h1>/),
    detail:
      "OpenShift's router page 'Application is not available': no route or no ready pod serves this host and path.",
  },
  {
    product: 'azure-front-door',
    layer: A,
    signal: 'azure-front-door.error-page',
    weight: 3,
    find: (c) => match(c.body, /Our services aren(?:'|&#39;|’)t available right now/),
    detail:
      "Azure Front Door's error page: the CDN could not get a response from the origin behind it (its X-Azure-Ref identifies the request for Azure's support).",
  },
  {
    product: 'azure-front-door',
    layer: A,
    signal: 'azure-front-door.ref-header',
    weight: 1,
    find: (c) => headerLine(c, 'x-azure-ref'),
    detail: 'The response passed through Azure Front Door or Azure CDN.',
  },
  {
    product: 'google-frontend',
    layer: A,
    signal: 'google-frontend.error-page',
    weight: 3,
    find: (c) => match(c.body, /<title>Error \d{3} \([^)]{1,40}\)!!1<\/title>/),
    detail:
      "Google's front end (GFE, in front of Google Cloud load balancers) error page: the load balancer could not get a response from the backend.",
  },
];
