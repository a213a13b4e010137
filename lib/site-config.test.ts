import { describe, expect, it } from 'vitest';
import { configMetaContent, NO_CONFIG, parseConfigMeta, readSiteConfig } from './site-config';

describe('the build-time settings', () => {
  it('none set: no setting, and no meta at all', () => {
    expect(readSiteConfig({})).toEqual(NO_CONFIG);
    expect(readSiteConfig({ PORTAL_PAAS_URL: '  ', PORTAL_APIGW_DASHBOARD_URL: '' })).toEqual(NO_CONFIG);
    expect(configMetaContent(readSiteConfig({}))).toBeNull();
  });

  it('reads the three, with or without a trailing slash', () => {
    const config = readSiteConfig({
      PORTAL_APIGW_DASHBOARD_URL: 'https://apigw.example.com',
      PORTAL_PAAS_URL: 'http://paas.example.com/console//',
      PORTAL_FEEDBACK_URL: 'https://tracker.example.com/new?title={title}&body={body}',
    });
    expect(config).toEqual({
      dashboard: 'https://apigw.example.com/',
      paas: 'http://paas.example.com/console/',
      feedback: 'https://tracker.example.com/new?title={title}&body={body}',
    });
    expect(readSiteConfig({ PORTAL_APIGW_DASHBOARD_URL: 'https://apigw.example.com/' }).dashboard).toBe(
      'https://apigw.example.com/',
    );
  });

  it.each([
    ['PORTAL_APIGW_DASHBOARD_URL', 'apigw.example.com'],
    ['PORTAL_APIGW_DASHBOARD_URL', 'javascript:alert(1)'],
    ['PORTAL_PAAS_URL', 'ftp://paas.example.com/'],
    ['PORTAL_PAAS_URL', 'https://paas.example.com/?next=x'],
    ['PORTAL_PAAS_URL', 'https://user:pw@paas.example.com/'],
    ['PORTAL_FEEDBACK_URL', 'data:text/html,hi'],
    ['PORTAL_FEEDBACK_URL', 'https://tracker.example.com/new?t="><script>'],
  ])('%s=%s fails the build, naming the variable', (name, value) => {
    expect(() => readSiteConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be an http: or https: URL`));
  });

  it('the meta holds only the settings set, and reads back the same', () => {
    const config = readSiteConfig({ PORTAL_PAAS_URL: 'https://paas.example.com' });
    const content = configMetaContent(config);
    expect(JSON.parse(content!)).toEqual({ paas: 'https://paas.example.com/' });
    expect(parseConfigMeta(content)).toEqual(config);
  });

  it('a meta written by someone else is checked again: what is not an http(s) URL is ignored', () => {
    expect(parseConfigMeta('{"dashboard":"javascript:alert(1)","paas":"https://p.example.com","feedback":3}')).toEqual({
      dashboard: null,
      paas: 'https://p.example.com/',
      feedback: null,
    });
    for (const bad of [null, '', 'not json', '[]', '"x"', 'null', `{"paas":"${'a'.repeat(10_000)}"}`])
      expect(parseConfigMeta(bad)).toEqual(NO_CONFIG);
  });
});
