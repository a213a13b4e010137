import type { Lang } from './lang';

/**
 * The strings of the client islands on every page (copy link, language switch, theme toggle, search box),
 * apart from the rest of the dictionary (lib/i18n.ts, whose t() includes these): every page's JavaScript
 * carries these few strings, not every string of the interface.
 */
const strings = {
  zh: {
    langName: 'English',
    langSwitch: '切换到英文',
    themeToggle: '切换深色/浅色模式',
    copyLink: '复制链接',
    copied: '已复制',
    copyFailed: '复制失败，请手动复制地址',
    searchBox: '搜索',
  },
  en: {
    langName: '中文',
    langSwitch: 'Switch to Chinese',
    themeToggle: 'Toggle dark/light mode',
    copyLink: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Could not copy; copy the address by hand',
    searchBox: 'Search',
  },
} satisfies Record<Lang, unknown>;

export type UiStrings = (typeof strings)['en'];
export function ui(lang: Lang): UiStrings {
  return strings[lang];
}
