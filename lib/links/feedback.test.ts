import { describe, expect, it } from 'vitest';
import { feedbackLink, feedbackText } from './feedback';
import { maskSecrets } from '../share/mask';

const mask = (s: string) => maskSecrets(s).text;

const config = { feedback: 'https://tracker.example.com/new?title={title}&body={body}' };

describe('feedback: the masked summary, then the tracker', () => {
  it('the body is the summary a ticket carries, in both languages', () => {
    const facts = {
      verdict: 'The API gateway itself answered',
      status: 403,
      code: 1640301,
      code_name: 'APP_NO_PERMISSION',
      entry: 'app-no-permission',
      request_id: 'f466f78c-5130-4410-9d71-6b65c320cc3f',
      page: 'https://errors.example.com/en/classify/#eJyrVkrOzytJzSsJSi0sTc0rUbJSMjQwMFCqBQBZxAeh',
      version: '0.1.0',
    };
    const en = feedbackText('en', 'wrong', facts, mask);
    expect(en.title).toBe('Page is wrong: app-no-permission');
    expect(en.body).toBe(
      [
        '- Verdict: The API gateway itself answered',
        '- Status: 403',
        '- Code: 1640301',
        '- code_name: APP_NO_PERMISSION',
        '- Entry: app-no-permission',
        '- X-Bkapi-Request-ID: f466f78c-5130-4410-9d71-6b65c320cc3f',
        // The share fragment holds the (masked) paste: the page's address goes without it.
        '- Page: https://errors.example.com/en/classify/',
        '- Portal version: 0.1.0',
      ].join('\n'),
    );
    const zh = feedbackText('zh', 'missing', {
      code: 1649999,
      page: 'https://errors.example.com/zh/classify/',
      version: '0.1.0',
    });
    expect(zh.title).toBe('缺少错误：1649999');
    expect(zh.body).toBe('- 错误码: 1649999\n- 页面: https://errors.example.com/zh/classify/\n- 错误速查版本: 0.1.0');
  });

  it('a value from a paste is masked and kept on one line', () => {
    const { body } = feedbackText(
      'en',
      'missing',
      {
        code_name: 'X\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNlY3JldA',
        page: 'https://e.example.com/en/classify/',
        version: '1',
      },
      mask,
    );
    expect(body).not.toContain('c2lnbmF0dXJlLXNlY3JldA');
    expect(body.split('\n')).toHaveLength(3);
  });

  it('the tracker address carries that title and body, nothing else', () => {
    const text = feedbackText('en', 'wrong', {
      entry: 'ip-not-allowed',
      page: 'https://e.example.com/en/errors/ip-not-allowed/',
      version: '1',
    });
    const u = new URL(feedbackLink(config, text)!);
    expect(u.searchParams.get('title')).toBe(text.title);
    expect(u.searchParams.get('body')).toBe(text.body);
    expect(feedbackLink({ feedback: null }, text)).toBeNull();
  });
});
