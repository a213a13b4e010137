/**
 * Filler: the words of a question that say nothing about the error, in both languages. Build time only: the
 * index carries them (`filler`), so the search page's script does not.
 */
/** Words of a Chinese question that say nothing about the error: particles, question words, "it shows". */
const ZH = [
  ...'的了吗呢啊吧呀是在和与及或但就都也很又还被把给我你他它们这那个么得着过',
  '怎么',
  '怎么办',
  '为什么',
  '什么',
  '如何',
  '一直',
  '总是',
  '出现',
  '报错',
  '提示',
  '显示',
  '问题',
  '时候',
  '请问',
  '一个',
  '这个',
  '的话',
  '突然',
  '老是',
  // Filler of a chat message: greetings, asking for help, "it says", "today".
  '大佬',
  '大家',
  '各位',
  '求助',
  '请教',
  '帮忙',
  '看看',
  '一下',
  '下面',
  '这样',
  '那个',
  '还是',
  '然后',
  '但是',
  '可是',
  '就是',
  '我们',
  '你们',
  '今天',
  '现在',
  '已经',
  '可以',
  '应该',
  '需要',
  '知道',
  '谢谢',
  '麻烦',
  '有人',
  '遇到',
  '碰到',
  '返回',
  '调用',
  '接口',
  '怎么样',
  '怎么回事',
  '是什么',
  '什么意思',
  '为啥',
  '咋办',
  '咋回事',
  '正常',
  '没问题',
  '触发',
  '结果',
  '级别',
  '层面',
  '经过',
  '报了',
  '得到',
  '没事',
  '好的',
  // Words of a sentence told about a symptom that say when, how much or who told, not what happened (直接, 那边,
  // 最近, 去年, 又开始): BKDocs' FAQ and issue #74's questions carry them around the words that matter.
  '直接',
  '那边',
  '这边',
  '全部',
  '所有',
  '一些',
  '好像',
  '似乎',
  '感觉',
  '明明',
  '其实',
  '之后',
  '之前',
  '后来',
  '最近',
  '昨天',
  '去年',
  '前几天',
  '开始',
  '同事',
  '发现',
  '整个',
  '哪个',
  '哪些',
  '分别',
];

/** The same for English questions. */
const EN =
  "a an the is are was were be been am my me i we our you your it its this that these to of in on at for from with and or but why what how when where which does do did doing can could should would will get gets got getting keep keeps always please after before while there here hi hello hey help anyone someone guys thanks thank any idea ideas so just now then still also again us they them has have had if is it im i'm dont don't doesnt doesn't cant can't one returns return returned says said saying see seeing shows showing calling call calls fine ok okay works worked working normally normal than all every each more most some same any anything something everything other others such very really actually already yet even ever whether into about like lot lots bit thing things way because though although seems seem seemed looks look looked appears suddenly today yesterday tonight morning week month year years last ago recently lately day days told tells noticed notice whole entire set up problem problems issue issues happen happens happened happening somehow weird strange tried try trying want wanted need needs know think using".split(
    ' ',
  );

export const FILLER: readonly string[] = [...ZH, ...EN];

/**
 * Words that ask for a page or for what something means rather than describe an error (页面, 是什么意思, 文档,
 * "what does … mean", docs): with a status the site has a page for (`502 页面`, "what does 499 mean") they ask
 * for that page, and with a page's name (`esb docs`, 网关响应头说明) for that page, before the entries.
 */
export const ASKING: readonly string[] = [
  ...['页面', '是什么意思', '什么意思', '啥意思', '是什么', '是啥', '含义', '意思', '说明', '文档', '介绍', '解释'],
  ...['代表什么', '表示什么', '在哪里看', '在哪看', '哪里看', '在哪里', '在哪', '怎么理解', '如何理解', '指的是什么'],
  ...['page', 'pages', 'docs', 'doc', 'documentation', 'mean', 'means', 'meaning', 'explained', 'explain'],
  ...['explanation', 'overview', 'what is', "what's", 'where to find', 'where do i find', 'where can i find'],
  ...['stand for', 'stands for', 'refer to', 'refers to', 'how to read', 'how do i read'],
];

/** Words that go with a status without saying anything of the error (状态码, HTTP, "status code"). */
export const NEUTRAL: readonly string[] = [
  '状态码',
  '状态',
  '错误码',
  'http',
  'status code',
  'status',
  'code',
  'error',
];

/**
 * Words that say a question is about this trade at all (网关, gateway, the ESB): a sentence with one of them and
 * only common words besides (`jenkins 调网关一直连接失败`) is a question about the gateway, not nonsense.
 */
export const DOMAIN: readonly string[] = ['网关', 'gateway', 'apigateway', 'apigw', 'bkapi', '蓝鲸', 'blueking', 'esb'];
