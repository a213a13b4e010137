import type { Lang } from './lang';

/** The reading pages' words (header, home, catalog, entry, status, 404): rendered on the server only. */
const strings = {
  zh: {
    siteName: '蓝鲸 API 网关错误速查',
    siteDescription: '调用经过蓝鲸 API 网关的接口失败了？在这里查清是网关还是后端返回的错误、原因和处理方法。',
    skip: '跳到正文',
    nav: {
      errors: '错误目录',
      guide: '网关还是后端',
      headers: '响应头',
      esb: '旧版 ESB',
      classify: '粘贴响应',
      search: '搜索',
    },
    releases: '各版本的差异',
    fixSteps: '处理步骤',
    onThisPage: (n: number) => `本页内容（${n}）`,
    checkedAgainst: (release: string, commit: string, date: string) =>
      `本目录已对照网关数据面源码的各个发布分支核对，最新到 release/${release}（提交 ${commit}，${date}）；更新的版本可能有本目录未收录的变化。`,
    example: '响应示例',
    related: '相关错误',
    guideLink: (section: string) => `排查指南：${section}`,
    allErrors: '错误目录',
    entriesWithStatus: (s: number) => `状态码 ${s} 的错误`,
    entriesWithCode: (c: number) => `错误码 ${c}`,
    noEntriesForStatus: '网关不会以这个状态码返回自己的错误。',
    codeReadsStatus: (s: number) => `错误码中写着 ${s}、但以其他状态码返回的条目`,
    aliasNotice: '这条错误的地址已经更改，请使用新地址：',
    homeIntro:
      '调用经过蓝鲸 API 网关的接口失败时：先判断错误是网关还是后端返回的，再按状态码或错误码查原因和处理方法。',
    homeCatalog: '错误一览',
    homeCatalogDetails: '带说明的完整目录',
    homeClassify: '粘贴响应，判断是谁返回的',
    homeClassifyText:
      '把响应体、原始 HTTP 响应、curl -v 输出或 HAR 文件贴进来，页面会判断它来自网关还是后端。内容不会离开你的浏览器。',
    homeGuide: '如何区分网关错误和后端错误',
    notFoundTitle: '页面不存在',
    notFoundNearest: '你要找的可能是：',
    notFoundText: '这个地址没有对应的页面。可以从错误目录或搜索找到你要的错误。',
    redirecting: '正在跳转到你的语言版本…',
    chooseLang: '选择语言：',
    /** The language's own name, on the link to it. */
    langOwnName: '中文',
    esbStatusNote: (s: string) =>
      `${s}：旧版 ESB（组件网关）的错误以 HTTP ${s} 返回，出了什么错由响应体中的错误码（1306xxx）说明。`,
    toc: '本页内容',
    tableRegion: '表格（可横向滚动）',
    print: '打印',
  },
  en: {
    siteName: 'BlueKing API Gateway Errors',
    siteDescription:
      'A call through the BlueKing API Gateway failed? Find out whether the gateway or the backend sent the error, why, and what to do.',
    skip: 'Skip to content',
    nav: {
      errors: 'Error catalog',
      guide: 'Gateway or backend',
      headers: 'Headers',
      esb: 'Legacy ESB',
      classify: 'Paste a response',
      search: 'Search',
    },
    releases: 'What each release does',
    fixSteps: 'Steps',
    onThisPage: (n: number) => `On this page (${n})`,
    checkedAgainst: (release: string, commit: string, date: string) =>
      `Checked against every release branch of the gateway's data-plane source, up to release/${release} (commit ${commit}, ${date}); newer releases may differ in ways this catalog does not show yet.`,
    example: 'Example response',
    related: 'Related errors',
    guideLink: (section: string) => `Troubleshooting guide: ${section}`,
    allErrors: 'Error catalog',
    entriesWithStatus: (s: number) => `Errors with status ${s}`,
    entriesWithCode: (c: number) => `Code ${c}`,
    noEntriesForStatus: 'The gateway never sends an error of its own with this status.',
    codeReadsStatus: (s: number) => `Entries whose code reads ${s} but that come with another status`,
    aliasNotice: 'This entry has moved; please use its new address:',
    homeIntro:
      'A call through the BlueKing API Gateway failed: first tell whether the gateway or the backend sent the error, then look up its cause and fix by status or code.',
    homeCatalog: 'Every error at a glance',
    homeCatalogDetails: 'The full catalog with messages',
    homeClassify: 'Paste a response to see who sent it',
    homeClassifyText:
      'Paste a body, a raw HTTP response, curl -v output or a HAR file: the page tells whether the gateway or the backend produced it. Nothing you paste leaves your browser.',
    homeGuide: 'How to tell a gateway error from a backend one',
    notFoundTitle: 'Page not found',
    notFoundNearest: 'Perhaps you meant:',
    notFoundText: 'Nothing lives at this address. The error catalog and the search will find the error you are after.',
    redirecting: 'Taking you to your language…',
    chooseLang: 'Choose a language:',
    langOwnName: 'English',
    esbStatusNote: (s: string) =>
      `${s}: the legacy ESB (the component gateway) sends its errors with HTTP ${s}; the code in the body (1306xxx) says what failed.`,
    toc: 'On this page',
    tableRegion: 'Table (scrolls sideways)',
    print: 'Print',
  },
} satisfies Record<Lang, unknown>;

export function siteText(lang: Lang) {
  return strings[lang];
}
