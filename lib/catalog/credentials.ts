/**
 * The keys of X-Bkapi-Authorization's JSON object, as the gateway reads them (blueking-apigateway-apisix,
 * bk-auth-verify: app code and secret, the user's bk_token or bk_ticket, an access_token, a JWT): an object
 * of these keys and no others is the caller's credentials wherever it is printed, never a response.
 */
export const AUTHORIZATION_KEYS: ReadonlySet<string> = new Set([
  'bk_app_code',
  'bk_app_secret',
  'bk_username',
  'bk_token',
  'bk_ticket',
  'access_token',
  'app_code',
  'app_secret',
  'jwt',
]);
