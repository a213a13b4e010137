import { describe, expect, it } from 'vitest';
import { langOfPath, nearestSlug } from './address';
import * as routes from './routes';

describe('routes', () => {
  it('builds the contract addresses', () => {
    expect(routes.entry('zh', 'api-not-found', 'cause')).toBe('/zh/errors/api-not-found/#cause');
    expect(routes.entryMarkdown('en', 'api-not-found')).toBe('/en/errors/api-not-found/index.md');
    expect(routes.search('en', 'a b&c')).toBe('/en/search/?q=a%20b%26c');
    expect(routes.resolver(null, { code: '1640001', message: 'x y', status: '' })).toBe('/r/?code=1640001&message=x+y');
    expect(routes.guide('en', 'backend-415')).toBe('/en/guide/gateway-or-backend/#backend-415');
    // Without a language: the neutral addresses, which redirect to the reader's language.
    expect(routes.home(null)).toBe('/');
    expect(routes.entry(null, 'api-not-found')).toBe('/errors/api-not-found/');
    expect(routes.status(null, 429)).toBe('/status/429/');
    expect(routes.headers('zh', 'error-headers')).toBe('/zh/headers/#error-headers');
  });

  it('reads the language of an address, under a sub-path too', () => {
    expect(langOfPath('/en/errors/x/')).toBe('en');
    expect(langOfPath('/docs/apigw-errors/en/x', '/docs/apigw-errors')).toBe('en');
    expect(langOfPath('/errors/x/')).toBeNull();
    expect(langOfPath('/english/')).toBeNull();
  });

  it('finds the slug an old or mistyped entry address meant', () => {
    const slugs = ['rate-limit-resource-strategy', 'rate-limit-stage-strategy', 'api-not-found', 'ip-not-allowed'];
    expect(nearestSlug('/en/errors/rate-limit-resource/', slugs)).toBe('rate-limit-resource-strategy');
    expect(nearestSlug('/zh/errors/api-notfound/', slugs)).toBe('api-not-found');
    expect(nearestSlug('/zh/errors/zzzz/', slugs)).toBeNull();
    expect(nearestSlug('/zh/status/999/', slugs)).toBeNull();
  });
});
