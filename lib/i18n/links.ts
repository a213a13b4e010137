import type { Lang } from './lang';

type Party = { who: 'header' | 'app' | 'gateway' | 'user'; name: string | null; tenant: string };

/** Links into the reader's own BlueKing, the fixes built from a paste, what to fetch (issue 29). */
const strings = {
  zh: {
    fixesTitle: '下一步',
    flowLog: '在网关管理端查看这个请求的流水日志',
    flowLogShort: '流水日志',
    permission: (app: string, gateway: string | null, resource: string | null, renew: boolean) => {
      const target = `${gateway ? `网关 ${gateway} ` : '这个网关'}${resource ? `的资源 ${resource} ` : ''}`;
      return renew
        ? `应用 ${app} 对${target}的访问权限已过期，需要续期。`
        : `应用 ${app} 需要申请${target}的访问权限。`;
    },
    permissionLink: (renew: boolean, app: string) =>
      `${renew ? '续期' : '申请'}应用 ${app} 的云 API 权限（开发者中心）`,
    ipIntro: '网关看到的来源地址不在它的 IP 访问保护允许范围内。把下面这行发给网关负责人：',
    ipLine: (ip: string, gateway: string | null, stage: string | null, resource: string | null, rid: string | null) =>
      `请在网关 ${gateway ?? '（网关名）'}${stage ? ` 的环境 ${stage}` : ''}${resource ? `、资源 ${resource}` : ''} 的 IP 访问保护中放行来源 IP ${ip}${rid ? `（请求 ID ${rid}）` : ''}。`,
    ownerDocs: (gateway: string) => `网关 ${gateway} 的文档页（列出网关负责人）`,
    ownerIntro: '这个问题由网关负责人处理：',
    tenantsIntro: '跨租户调用被拒绝：',
    tenants: (parties: Party[], tag: string) => {
      const who = (p: Party) =>
        ({
          header: '请求头 X-Bk-Tenant-Id',
          app: `应用 ${p.name ?? ''}`,
          gateway: p.name ? `网关 ${p.name}` : '网关',
          user: `用户 ${p.name ?? ''}`,
        })[p.who];
      if (tag === 'AH1')
        return `应用 ${parties[0]!.name} 是全租户应用（tenant_mode=${parties[0]!.tenant}），调用时必须带上请求头 X-Bk-Tenant-Id。`;
      const [a, b] = parties as [Party, Party];
      const says = (p: Party) =>
        p.who === 'header'
          ? p.tenant
            ? `${who(p)} 是 ${p.tenant}`
            : `${who(p)} 为空`
          : `${who(p)} 属于租户 ${p.tenant}`;
      return `${says(a)}，而${says(b)}：两者必须是同一个租户。`;
    },
    fetchTitle: '要确定结论，还需要：',
    fetch: {
      curl: '用调试头重放这个请求，网关会在响应头 X-Bkapi-Debug-Info 里写明网关、环境、资源、后端和来源 IP（密钥已换成占位符，请自行填入）：',
      har: '在浏览器开发者工具的“网络”面板中“导出 HAR（包含内容）”，再粘贴整个文件。',
      headers: '连同响应头一起复制（X-Bkapi-Request-ID 等都在响应头里），例如用 curl -i。',
    },
    covers: { status: 'HTTP 状态码', headers: '响应头', body: '响应体', request_id: '请求 ID', debug: '调试信息' },
    debug: {
      gateway: '网关',
      stage: '环境',
      resource: '资源',
      backend: '后端服务',
      app: '应用',
      user: '用户',
      client_ip: '来源 IP',
    },
    backendNamed: (name: string) => `后端服务：${name}。`,
    requestIdTitle: '这是一个请求 ID',
    requestIdBody:
      '粘贴的是网关的请求 ID（X-Bkapi-Request-ID），不是一个响应。网关负责人可以用它在网关管理端的流水日志里找到这次请求的全过程。',
    requestIdNoLink:
      '把它连同完整的响应（状态行、响应头和响应体）一起发给网关负责人；或者粘贴完整的响应，这里就能判断是谁返回的。',
    newTab: '（在新标签页打开）',
  },
  en: {
    fixesTitle: 'Next steps',
    flowLog: "This request's flow log in the gateway dashboard",
    flowLogShort: 'flow log',
    permission: (app: string, gateway: string | null, resource: string | null, renew: boolean) =>
      `App ${app} ${renew ? 'must renew its permission' : 'needs permission'} to ${resource ? `resource ${resource} of ` : ''}${gateway ? `gateway ${gateway}` : 'this gateway'}${renew ? ': its permission has expired.' : '.'}`,
    permissionLink: (renew: boolean, app: string) =>
      `${renew ? 'Renew' : 'Apply for'} app ${app}'s API permission in the Developer Center`,
    ipIntro:
      "The address the gateway saw is not allowed by the gateway's IP restriction. Send this line to the gateway's manager:",
    ipLine: (ip: string, gateway: string | null, stage: string | null, resource: string | null, rid: string | null) =>
      `Please allow the source IP ${ip} in the IP restriction of gateway ${gateway ?? '(gateway name)'}${stage ? `, stage ${stage}` : ''}${resource ? `, resource ${resource}` : ''}${rid ? ` (request ID ${rid})` : ''}.`,
    ownerDocs: (gateway: string) => `Gateway ${gateway}'s documentation page (it names the gateway's owners)`,
    ownerIntro: "The gateway's owner fixes this:",
    tenantsIntro: 'A cross-tenant call was refused:',
    tenants: (parties: Party[], tag: string) => {
      const who = (p: Party) =>
        ({
          header: 'the X-Bk-Tenant-Id header',
          app: `app ${p.name ?? ''}`,
          gateway: p.name ? `gateway ${p.name}` : 'the gateway',
          user: `user ${p.name ?? ''}`,
        })[p.who];
      if (tag === 'AH1')
        return `App ${parties[0]!.name} is an all-tenant app (tenant_mode=${parties[0]!.tenant}): it must send the X-Bk-Tenant-Id header.`;
      const [a, b] = parties as [Party, Party];
      const says = (p: Party) =>
        p.who === 'header'
          ? p.tenant
            ? `${who(p)} says ${p.tenant}`
            : `${who(p)} is empty`
          : `${who(p)} belongs to tenant ${p.tenant}`;
      const text = `${says(a)}, but ${says(b)}: both must be the same tenant.`;
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
    fetchTitle: 'To be sure, fetch:',
    fetch: {
      curl: 'Repeat the request with the debug header: the gateway answers with X-Bkapi-Debug-Info, naming the gateway, stage, resource, backend and source IP (secrets are placeholders: fill in your own):',
      har: 'In the browser\'s developer tools, Network panel, "Export HAR (with content)", and paste the whole file.',
      headers: 'Copy the response headers too (X-Bkapi-Request-ID is one of them), for example with curl -i.',
    },
    covers: {
      status: 'HTTP status',
      headers: 'response headers',
      body: 'response body',
      request_id: 'request ID',
      debug: 'debug information',
    },
    debug: {
      gateway: 'Gateway',
      stage: 'Stage',
      resource: 'Resource',
      backend: 'Backend',
      app: 'App',
      user: 'User',
      client_ip: 'Source IP',
    },
    backendNamed: (name: string) => `Backend service: ${name}.`,
    requestIdTitle: 'This is a request ID',
    requestIdBody:
      "What you pasted is the gateway's request ID (X-Bkapi-Request-ID), not a response. The gateway's owners find the whole request with it in the dashboard's flow log.",
    requestIdNoLink:
      "Send it to the gateway's owner with the whole response (status line, headers and body); or paste the whole response here to find out who answered.",
    newTab: '(opens in a new tab)',
  },
} satisfies Record<Lang, unknown>;

export function linksText(lang: Lang) {
  return strings[lang];
}
