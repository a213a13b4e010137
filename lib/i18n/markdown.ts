import type { Lang } from './lang';

/** The Markdown of an entry, /llms.txt and the entry page's tool links. */
const strings = {
  zh: {
    markdown: {
      system: '由谁返回',
      actor: '谁来处理',
      page: '页面',
      pages: '页面（中文）',
      entries: '错误条目（中文）',
      guideLine: '如何区分网关返回的错误和后端返回的错误，按情形给出特征和排查步骤。',
      catalogJsonLine: '整个错误目录的数据，中英文，供其他工具使用。',
      fullLine: '所有条目的 Markdown，合在一个文件里。',
      llmsIntro:
        '蓝鲸 API 网关及旧版 ESB 返回的每一种错误：HTTP 状态码、错误码、code_name、message、原因和处理方法。每个条目都有中英文 Markdown（/zh/ 与 /en/ 下 slug 相同）。要找到某个响应对应的条目，用它的字段打开定位页：/zh/r/?code=…&message=…',
      copy: '复制为 Markdown',
      copied: '已复制 Markdown',
      failed: '复制失败，请打开 Markdown 链接手动复制',
      file: 'Markdown',
      toolsTitle: '从工具链接到这个错误',
      toolsText: '工具（SDK、告警、聊天机器人）可以根据收到的响应生成下面这样的地址，打开后直接来到这一页：',
    },
  },
  en: {
    markdown: {
      system: 'Sent by',
      actor: 'Who acts',
      page: 'Page',
      pages: 'Pages (English)',
      entries: 'Error entries (English)',
      guideLine:
        'How to tell an error the gateway sent from one the backend sent: the features of each case and the steps.',
      catalogJsonLine: 'The whole catalog as data, both languages, for other tools.',
      fullLine: "Every entry's Markdown in one file.",
      llmsIntro:
        'Every error the BlueKing API Gateway (蓝鲸 API 网关) and its legacy ESB send: HTTP status, code, code_name, message, cause, fix. Each entry is linked as Markdown, in English and in Chinese (the same slugs under /en/ and /zh/). To find the entry for a response, open the resolver with its fields: /en/r/?code=…&message=…',
      copy: 'Copy as Markdown',
      copied: 'Markdown copied',
      failed: 'Could not copy; open the Markdown link and copy it by hand',
      file: 'Markdown',
      toolsTitle: 'Link to this error from your tools',
      toolsText:
        'A tool (an SDK, an alert, a chat bot) can build an address like this one from the response it got; it opens this page:',
    },
  },
} satisfies Record<Lang, unknown>;

export function markdownText(lang: Lang) {
  return strings[lang];
}
