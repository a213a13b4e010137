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
      backend: (c: string) =>
        `错误码 ${c} 既不是网关的（16 开头的七位数），也不是旧版 ESB 的（1306 开头）：它是后端服务自己的错误码，网关只是原样转发。含义要看后端的文档或找后端负责人。`,
      backendLink: '如何判断错误来自网关还是后端：后端服务返回的响应',
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
      backend: (c: string) =>
        `Code ${c} is neither the gateway's (seven digits starting with 16) nor the legacy ESB's (starting with 1306): it is the backend service's own code, which the gateway passed on as it was. Its meaning is in the backend's documentation or with its owner.`,
      backendLink: "Telling the gateway's errors from the backend's: responses from the backend service",
      codes: 'Codes',
      statuses: 'Statuses',
    },
  },
} satisfies Record<Lang, unknown>;

export function resolverText(lang: Lang) {
  return strings[lang];
}
