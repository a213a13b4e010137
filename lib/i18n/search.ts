import { commonText } from './common';
import type { Lang } from './lang';
import { ui } from './ui';

/** The search page and the palette, with the common and island words they use. */
const strings = {
  zh: {
    search: {
      placeholder: '状态码、错误码、code_name、关键词，或粘贴 message',
      dialog: '搜索错误',
      results: '搜索结果',
      loading: '正在加载搜索索引…',
      loadFailed: '搜索索引加载失败。请刷新页面重试，或直接浏览错误目录。',
      count: (n: number) => `找到 ${n} 条`,
      none: (q: string) => `没有找到与“${q}”匹配的错误。`,
      nearest: (q: string) => `没有与“${q}”完全匹配的错误，以下是最接近的：`,
      noneClassify: '手里有完整的响应？把它贴到“粘贴响应”页面，判断它来自网关还是后端',
      noneStatuses: '或按状态码浏览：',
      hint: '可以输入状态码（429）、错误码（1642903）、code_name（RATE_LIMIT_RESTRICTION）、中英文关键词，或粘贴整个响应体、message、网关的 nginx 错误日志。',
      noscript: '搜索需要 JavaScript。可以直接浏览',
      catalog: '错误目录',
      submit: '搜索',
      seeAll: '在搜索页查看全部结果',
      keys: '↑↓ 选择 · Enter 打开 · Esc 关闭',
      close: '关闭',
    },
  },
  en: {
    search: {
      placeholder: 'Status, code, code_name, keyword, or paste a message',
      dialog: 'Search the errors',
      results: 'Search results',
      loading: 'Loading the search index…',
      loadFailed: 'The search index did not load. Reload the page to try again, or browse the error catalog.',
      count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
      none: (q: string) => `No error matches “${q}”.`,
      nearest: (q: string) => `No error matches “${q}” exactly; these are the nearest:`,
      noneClassify: 'Have the whole response? Paste it to see whether the gateway or the backend sent it',
      noneStatuses: 'Or browse by status:',
      hint: 'Type a status (429), a code (1642903), a code_name (RATE_LIMIT_RESTRICTION) or keywords in English or Chinese, or paste a whole body, a message or a line of the gateway’s nginx error log.',
      noscript: 'Search needs JavaScript. You can browse',
      catalog: 'the error catalog',
      submit: 'Search',
      seeAll: 'See all results on the search page',
      keys: '↑↓ choose · Enter open · Esc close',
      close: 'Close',
    },
  },
} satisfies Record<Lang, unknown>;

export function searchText(lang: Lang) {
  return { ...commonText(lang), ...ui(lang), ...strings[lang] };
}
