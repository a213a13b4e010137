import type { Lang } from './lang';

/** The words every kind of page shows: a status, a code, who acts, which system; on the server and in the
 * classify and search islands alike. */
const strings = {
  zh: {
    status: '状态码',
    code: '错误码',
    codeName: 'code_name',
    message: '响应中的 message',
    actor: { caller: '调用方处理', 'gateway-owner': '网关负责人处理', 'backend-owner': '后端负责人处理' },
    system: { gateway: 'API 网关', esb: '旧版 ESB', none: '无响应体' },
    deprecated: '已废弃',
    legacy: '旧版 / 不再返回',
    count: (n: number) => `${n} 条`,
    homeStatuses: '按状态码浏览',
    offline: '你现在处于离线状态：这个页面已缓存在浏览器里，仍然可以判断粘贴的内容和搜索错误目录。',
    requests: {
      since: (n: number, carrying: number) =>
        n === 0
          ? '粘贴后本页发出的请求：0（本站的代码文件不计，它们的地址在构建时就已固定）。粘贴的内容只在你的浏览器里处理。'
          : `粘贴后本页发出的请求：${n}${carrying ? `，其中 ${carrying} 个发往其他主机或带有查询参数` : '，都是本站自己的文件（不带查询参数）'}：`,
    },
  },
  en: {
    status: 'Status',
    code: 'Code',
    codeName: 'code_name',
    message: 'The message in the response',
    actor: {
      caller: 'The caller fixes it',
      'gateway-owner': 'The gateway owner fixes it',
      'backend-owner': 'The backend owner fixes it',
    },
    system: { gateway: 'API gateway', esb: 'Legacy ESB', none: 'No body' },
    deprecated: 'Deprecated',
    legacy: 'Legacy / no longer sent',
    count: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
    homeStatuses: 'Browse by status',
    offline: 'You are offline: this page is kept in your browser, and still judges a paste and searches the catalog.',
    requests: {
      since: (n: number, carrying: number) =>
        n === 0
          ? "Requests since you pasted: 0 (the site's own code files, whose addresses are fixed when it is built, aside). What you pasted is judged in your browser only."
          : `Requests since you pasted: ${n}${carrying ? `, ${carrying} of them to another host or with a query string` : ", all of them this site's own files (no query string)"}:`,
    },
  },
} satisfies Record<Lang, unknown>;

export function commonText(lang: Lang) {
  return strings[lang];
}
