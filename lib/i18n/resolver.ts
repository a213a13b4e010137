import type { Lang } from './lang';

/** The resolver page, /{lang}/r/. */
const strings = {
  zh: {
    resolver: {
      title: '按响应定位错误',
      intro:
        '这个地址由工具根据收到的错误响应生成（SDK、网关管理端、告警、聊天机器人），页面会找到解释这个错误的条目。',
      finding: '正在查找对应的错误条目…',
      several: '有几条错误都符合，请按 message 选择：',
      statusPage: (s: number) => `状态码 ${s} 的全部错误`,
      codePage: (c: number) => `错误码 ${c} 的全部条目`,
      empty: '地址中没有错误信息。用法：在地址后加上响应中的 code、message、code_name 或 status，例如：',
      noscript: '这个页面需要 JavaScript 才能读取地址中的错误信息。请直接按错误码或状态码查找：',
      failed: '无法加载匹配规则。请按错误码或状态码查找：',
      codes: '错误码',
      statuses: '状态码',
    },
  },
  en: {
    resolver: {
      title: 'Find the entry for a response',
      intro:
        'Tools build this address from the error response they got (an SDK, the gateway dashboard, an alert, a chat bot); the page finds the entry that explains it.',
      finding: 'Finding the entry for this error…',
      several: 'Several entries fit; choose by the message:',
      statusPage: (s: number) => `Every error with status ${s}`,
      codePage: (c: number) => `Every entry with code ${c}`,
      empty:
        'The address carries no error. Add the code, message, code_name or status of the response to it, for example:',
      noscript: 'This page needs JavaScript to read the error from its address. Find it by its code or status instead:',
      failed: 'The matching rules could not be loaded. Find the error by its code or status instead:',
      codes: 'Codes',
      statuses: 'Statuses',
    },
  },
} satisfies Record<Lang, unknown>;

export function resolverText(lang: Lang) {
  return strings[lang];
}
