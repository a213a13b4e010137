import type { Lang } from './lang';

/**
 * The strings of the capture views (the dashboard's export, a HAR's chart, rate limits, timing, before and after):
 * loaded with those views only, when a capture or an export arrives.
 */
const s = (n: number) => (n === 1 ? '' : 's');
const secs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const zhSecs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} 秒`;

const strings = {
  zh: {
    export: {
      title: '流水日志导出：按原因分组的失败请求',
      reading: '正在读取导出文件…',
      summary: (failed: number, total: number) => `${total} 条记录中有 ${failed} 条失败，按原因分组：`,
      none: (total: number) => `${total} 条记录中没有失败的请求。`,
      broken: (n: number) => `有 ${n} 行的列数与表头不一致（文件可能被截断），已尽量读取。`,
      notExport: '这个文件不像网关流水日志的导出（缺少 request_id、timestamp、status 等列）。',
      columns: ['判断', '条目', '状态码', '次数', '最早', '最晚', '资源', '应用', '后端', 'X-Bkapi-Request-ID'],
      open: '查看示例',
      opened: '示例记录已放入上面的输入框（参数、请求体和请求头已打码），判断结果见下方。',
      copy: '复制分组摘要（用于工单）',
      copied: '已复制分组摘要。',
      copyFailed: '无法写入剪贴板。',
      close: '关闭导出视图',
      more: (n: number) => `等 ${n} 项`,
      ms: (ms: number) => `导出分析用时 ${Math.round(ms)} 毫秒`,
    },
    har: {
      title: 'HAR 的时间线、限流和耗时',
    },
    chart: {
      title: '失败请求随时间的分布',
      desc: (slices: number, step: string, peak: number, at: string) =>
        `每根柱子表示 ${step}内的失败请求数，共 ${slices} 段；最多的一段从 ${at} 开始，有 ${peak} 个。`,
      table: '以表格查看',
      time: '时间段（开始）',
      other: '其他',
      total: '合计',
    },
    step: (sec: number) =>
      sec < 60
        ? `${sec} 秒`
        : sec < 3600
          ? `${sec / 60} 分钟`
          : sec < 86400
            ? `${sec / 3600} 小时`
            : `${sec / 86400} 天`,
    rate: {
      title: '限流说明',
      strategy: { resource: '资源频率控制', stage: '环境频率控制', 'stage-global': '环境全局频率控制' },
      scope: {
        resource: '同一应用对这个资源的请求',
        stage: '同一应用对整个环境的请求',
        'stage-global': '所有应用对整个环境的请求',
      },
      fired: (strategy: string, plugin: string, n: number, scope: string) =>
        `${strategy}（${plugin}）拒绝了 ${n} 个请求，范围：${scope}。`,
      firedUnknown: (n: number, scope: string) =>
        `${scope} 有 ${n} 个请求被限流（响应中没有限流头，看不出是哪条策略）。`,
      limit: (limit: number) => `每个时间窗口最多 ${limit} 个请求。`,
      reset: (sec: number, at: string) => `最后一次被拒绝时，计数还要 ${sec} 秒重置，即按你的时钟 ${at}。`,
      server: (at: string) => `按服务器的时钟（Date 响应头）是 ${at}。`,
      early: (n: number, again: number) =>
        n === 0
          ? '被限流后，没有请求在重置之前发出。'
          : `被限流后，有 ${n} 个请求在计数重置之前就发出了（重试过早），其中 ${again} 个再次被拒绝。请等到重置时间再重试。`,
      noReset: '导出中没有响应头，看不出计数何时重置；重试是否过早需要用 HAR 或响应头判断。',
      runs: (n: number, longest: number, scope: string, from: string, to: string) =>
        `连续 429 共 ${n} 段，最长一段 ${longest} 个（${scope}，${from} 至 ${to}）。`,
      skew: (sec: number) =>
        `你的时钟与服务器相差 ${Math.abs(sec)} 秒（服务器${sec > 0 ? '快' : '慢'}）：上面的时间都按你的时钟计算，不受影响。`,
    },
    timing: {
      title: '耗时去向（499、502、504）',
      who: {
        client: (status: string, n: number, t: string, m = '') =>
          `${status} × ${n}：调用方先放弃了，在 ${t}${m}之后断开连接。`,
        gateway: (status: string, n: number, t: string, m = '') => `${status} × ${n}：网关等后端 ${t}${m}后放弃了。`,
        backend: (status: string, n: number, t: string, m = '') =>
          `${status} × ${n}：后端（或其接入层）在 ${t}${m}后结束了请求。`,
      },
      noStatus: '无响应',
      phase: {
        connect: '停在连接后端这一步：后端地址不通或网络不可达。',
        send: '停在向后端发送请求这一步。',
        header: '连接和发送都成功了，停在等待后端的响应头：后端处理太慢。',
        body: '后端已开始返回，停在读取响应体这一步。',
        refused: '后端拒绝了连接：对应端口没有服务在监听。',
        reset: '后端关闭或重置了连接。',
        dns: '后端域名无法解析。',
      },
      split: (total: string, backend: string) => `请求总耗时 ${total}，其中后端耗时 ${backend}。`,
      har: (wait: string, receive: string, connect: string, ssl: string) =>
        `浏览器记录：等待首字节 ${wait}，接收 ${receive}，建立连接 ${connect}，TLS ${ssl}。`,
      timeout: {
        client: '要改的是调用方自己的超时：它应不短于接口正常所需的时间（或让后端更快）。',
        resource: '要改的是网关上这个资源的超时（资源的后端配置，由网关负责人修改并发布），或让后端更快。',
        backend: '要改的是后端自己的超时（它的 worker 或代理的超时），由后端负责人处理。',
      },
      median: (t: string, max: string) => `（中位数 ${t}，最长 ${max}）`,
      secs: zhSecs,
    },
    compare: {
      title: '修复前后对比',
      choose: '选择修复前的导出或 HAR 进行对比',
      help: '再拖入或选择一个较早的文件（导出或 HAR），按资源对比哪些失败已修复、哪些是新的。',
      summary: (bf: number, br: number, af: number, ar: number) =>
        `修复前：${br} 个请求中 ${bf} 个失败；修复后：${ar} 个请求中 ${af} 个失败。`,
      change: { fixed: '已修复', new: '新出现', changed: '原因变了', same: '未变' },
      columns: ['资源', '变化', '修复前', '修复后'],
      copy: '复制对比（用于工单）',
      copied: '已复制对比。',
      none: '无',
    },
    ticket: {
      title: '失败请求分组',
      resources: '资源',
      apps: '应用',
      backends: '后端',
      compare: '修复前后对比（按资源）',
    },
  },
  en: {
    export: {
      title: 'Flow-log export: failed requests, grouped by cause',
      reading: 'Reading the export…',
      summary: (failed: number, total: number) => `${failed} of ${total} records failed, grouped by cause:`,
      none: (total: number) => `None of the ${total} records failed.`,
      broken: (n: number) =>
        `${n} row${s(n)} had a different number of cells from the header (the file may be cut off); read as far as possible.`,
      notExport:
        "This file does not look like the gateway's flow-log export (no request_id, timestamp or status column).",
      columns: [
        'Verdict',
        'Entry',
        'Status',
        'Count',
        'First',
        'Last',
        'Resource',
        'App',
        'Backend',
        'X-Bkapi-Request-ID',
      ],
      open: 'Open the example',
      opened: 'The example record is in the box above (query string, body and headers masked); its verdict is below.',
      copy: 'Copy the summary for a ticket',
      copied: 'Summary copied.',
      copyFailed: 'Could not write to the clipboard.',
      close: 'Close the export view',
      more: (n: number) => `and ${n} more`,
      ms: (ms: number) => `Export read in ${Math.round(ms)} ms`,
    },
    har: {
      title: "The HAR's timeline, rate limits and timing",
    },
    chart: {
      title: 'Failed requests over time',
      desc: (slices: number, step: string, peak: number, at: string) =>
        `Each bar counts the failures in ${step}, ${slices} bars in all; the most, ${peak}, came in the one starting ${at}.`,
      table: 'Show as a table',
      time: 'From',
      other: 'Other',
      total: 'Total',
    },
    step: (sec: number) =>
      sec < 60
        ? `${sec} second${s(sec)}`
        : sec < 3600
          ? `${sec / 60} minute${s(sec / 60)}`
          : sec < 86400
            ? `${sec / 3600} hour${s(sec / 3600)}`
            : `${sec / 86400} day${s(sec / 86400)}`,
    rate: {
      title: 'Rate limits explained',
      strategy: {
        resource: 'The resource rate limit',
        stage: 'The stage rate limit',
        'stage-global': "The stage's global rate limit",
      },
      scope: {
        resource: "one app's requests to this resource",
        stage: "one app's requests to the whole stage",
        'stage-global': "every app's requests to the whole stage",
      },
      fired: (strategy: string, plugin: string, n: number, scope: string) =>
        `${strategy} (${plugin}) rejected ${n} request${s(n)}; it counts ${scope}.`,
      firedUnknown: (n: number, scope: string) =>
        `${n} request${s(n)} to ${scope} were rate limited (no rate-limit headers in the response, so the strategy is not named).`,
      limit: (limit: number) => `At most ${limit} request${s(limit)} per window.`,
      reset: (sec: number, at: string) =>
        `At the last rejection the counter had ${sec} s to go: it resets at ${at} by your clock.`,
      server: (at: string) => `By the server's clock (its Date header) that is ${at}.`,
      early: (n: number, again: number) =>
        n === 0
          ? 'After being limited, no request was sent before the reset.'
          : `After being limited, ${n} request${s(n)} went out before the counter reset (retries too early), ${again} of them rejected again. Wait for the reset before retrying.`,
      noReset:
        'An export has no response headers, so when the counter resets is not known; whether retries came too early needs a HAR or the headers.',
      runs: (n: number, longest: number, scope: string, from: string, to: string) =>
        `${n} run${s(n)} of 429 in a row; the longest, ${longest} (${scope}), from ${from} to ${to}.`,
      skew: (sec: number) =>
        `Your clock and the server's differ by ${Math.abs(sec)} s (the server is ${sec > 0 ? 'ahead' : 'behind'}): the times above are on your clock and are not affected.`,
    },
    timing: {
      title: 'Where the time went (499, 502, 504)',
      who: {
        client: (status: string, n: number, t: string, m = '') =>
          `${status} × ${n}: the caller gave up first, hanging up after ${t}${m}.`,
        gateway: (status: string, n: number, t: string, m = '') =>
          `${status} × ${n}: the gateway gave up waiting for the backend after ${t}${m}.`,
        backend: (status: string, n: number, t: string, m = '') =>
          `${status} × ${n}: the backend (or its access layer) ended the request after ${t}${m}.`,
      },
      noStatus: 'no response',
      phase: {
        connect: 'It stopped while connecting to the backend: the address is unreachable or the network is not.',
        send: 'It stopped while sending the request to the backend.',
        header:
          "Connecting and sending worked; it stopped waiting for the backend's response header: the backend is too slow.",
        body: 'The backend had started answering; it stopped while reading the body.',
        refused: 'The backend refused the connection: nothing listens on that port.',
        reset: 'The backend closed or reset the connection.',
        dns: "The backend's host name does not resolve.",
      },
      split: (total: string, backend: string) => `The request took ${total} in all, ${backend} of it at the backend.`,
      har: (wait: string, receive: string, connect: string, ssl: string) =>
        `The browser recorded: waiting for the first byte ${wait}, receiving ${receive}, connecting ${connect}, TLS ${ssl}.`,
      timeout: {
        client:
          "The timeout to change is the caller's own: it should be no shorter than the API normally needs (or make the backend faster).",
        resource:
          "The timeout to change is the resource's on the gateway (its backend settings, changed and published by the gateway owner), or make the backend faster.",
        backend: "The timeout to change is the backend's own (its workers' or its proxy's), for the backend owner.",
      },
      median: (t: string, max: string) => ` (median ${t}, longest ${max})`,
      secs,
    },
    compare: {
      title: 'Before and after',
      choose: 'Choose the export or HAR from before the fix',
      help: 'Drop or choose an earlier file (an export or a HAR) to see, per resource, which failures are fixed and which are new.',
      summary: (bf: number, br: number, af: number, ar: number) =>
        `Before: ${bf} of ${br} requests failed; after: ${af} of ${ar}.`,
      change: { fixed: 'fixed', new: 'new', changed: 'reason changed', same: 'unchanged' },
      columns: ['Resource', 'Change', 'Before', 'After'],
      copy: 'Copy the comparison for a ticket',
      copied: 'Comparison copied.',
      none: 'none',
    },
    ticket: {
      title: 'Failed requests by group',
      resources: 'Resources',
      apps: 'Apps',
      backends: 'Backends',
      compare: 'Before and after (per resource)',
    },
  },
} satisfies Record<Lang, unknown>;

export function captureText(lang: Lang) {
  return strings[lang];
}

/** Both dictionaries, for the test that they hold the same keys. */
export const CAPTURE_STRINGS = strings;
