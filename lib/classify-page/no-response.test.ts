import { describe, expect, it } from 'vitest';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';
import { noResponseKind } from '../classify';
import { noResponseStep, placeholderUrl } from './no-response';

const rules = loadRules();
const step = (text: string, lang: 'zh' | 'en' = 'en') => {
  const result = classify(text, rules);
  const found = result.evidence.find((e) => e.signal === 'no-response-came')?.found ?? '';
  return noResponseStep(lang, result, noResponseKind(found));
};

describe('the next step where no response came', () => {
  it('says who gave up after how long, what the flow log shows and which timeouts to compare', () => {
    const s = step(
      'AxiosError: timeout of 30000ms exceeded\n    at GET https://bkapi.example.com/api/bk-sops/prod/get_task/?bk_token=T0kenValue9&id=7',
    );
    expect(s.kind).toBe('timeout');
    expect(s.waited).toBe('30000ms');
    expect(s.lines[0]).toBe('The client gave up after 30000ms, before any response came.');
    expect(s.lines.join(' ')).toMatch(/499/);
    expect(s.lines.join(' ')).toMatch(/client's timeout/);
    const zh = step(
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='bkapi.example.com', port=443): Read timed out. (read timeout=10)",
      'zh',
    );
    expect(zh.kind).toBe('timeout');
    expect(zh.lines[0]).toMatch(/^客户端等/);
  });

  it('says a refusal never reached the gateway, and rebuilds the call for curl -v without its secrets', () => {
    const s = step('curl: (7) Failed to connect to bkapi.example.com port 443 after 3 ms: Connection refused');
    expect(s.kind).toBe('refused');
    expect(s.lines.join(' ')).toMatch(/flow log will not have this call/);
    expect(s.lines.join(' ')).not.toMatch(/paste the (status|headers)/i);
  });

  it('replaces secret query values with placeholders, whatever their case or encoding', () => {
    expect(placeholderUrl('https://h/p?page=1&access_token=abc&BK_APP_SECRET=x&sign=zz')).toBe(
      'https://h/p?page=1&access_token=<access_token>&BK_APP_SECRET=<BK_APP_SECRET>&sign=<sign>',
    );
    expect(placeholderUrl('https://h/p')).toBe('https://h/p');
    for (const secret of ['T0kenValue9', 'AppS3cret']) {
      const s = step(
        `Get "https://bkapi.example.com/api/g/prod/x?bk_token=${secret}&q=1": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
      );
      expect(s.curl ?? '').not.toContain(secret);
    }
  });
});
