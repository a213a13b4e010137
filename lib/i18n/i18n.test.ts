import { describe, expect, it } from 'vitest';
import { t } from './index';
import { SIGNAL_LABELS } from './signals';

/** Every string of a dictionary, by its path; a function is called with sample arguments. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return strings((value as (...a: unknown[]) => unknown)(3, 'x', 'y'), `${path}()`);
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}
const paths = (value: unknown) => strings(value).map(([p]) => p.replace(/\[\d+\]/g, '[]'));

describe('the interface strings', () => {
  it('exist in both languages, key for key', () => {
    expect(new Set(paths(t('zh')))).toEqual(new Set(paths(t('en'))));
    for (const [id, label] of Object.entries(SIGNAL_LABELS)) expect(label.zh && label.en, id).toBeTruthy();
  });

  it('use full-width punctuation in Chinese text', () => {
    // A comma, colon, semicolon, question or exclamation mark or a parenthesis touching a Chinese character.
    const halfWidth = /[\u4e00-\u9fff][,:;?!()]|[,:;?!(][\u4e00-\u9fff]/;
    const zh = [...strings(t('zh')), ...Object.entries(SIGNAL_LABELS).map(([id, l]) => [id, l.zh] as [string, string])];
    expect(zh.filter(([, s]) => halfWidth.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
    expect(zh.length).toBeGreaterThan(200);
  });
});
