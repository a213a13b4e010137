import type { Lang } from './lang';

/** "This error is missing / this page is wrong": its own namespace, so an entry page carries only these words. */
const strings = {
  zh: {
    missing: '缺少这个错误',
    wrong: '这个页面有误',
    intro: '将要提交的只有下面这份摘要（密钥已脱敏，不含你粘贴的原文）。确认后在新标签页打开问题跟踪：',
    open: '打开问题跟踪',
    titleMissing: (what: string) => `缺少错误：${what}`,
    titleWrong: (what: string) => `页面有误：${what}`,
    verdict: '结论',
    status: '状态码',
    code: '错误码',
    entry: '条目',
    page: '页面',
    version: '错误速查版本',
    none: '（无）',
    newTab: '（在新标签页打开）',
  },
  en: {
    missing: 'This error is missing',
    wrong: 'This page is wrong',
    intro:
      'Only this summary will be sent (secrets masked, nothing of your paste itself). Check it, then open the tracker in a new tab:',
    open: 'Open the tracker',
    titleMissing: (what: string) => `Missing error: ${what}`,
    titleWrong: (what: string) => `Page is wrong: ${what}`,
    verdict: 'Verdict',
    status: 'Status',
    code: 'Code',
    entry: 'Entry',
    page: 'Page',
    version: 'Portal version',
    none: '(none)',
    newTab: '(opens in a new tab)',
  },
} satisfies Record<Lang, unknown>;

export function feedbackStrings(lang: Lang) {
  return strings[lang];
}
