import type { Lang } from './i18n/lang';

/** The sub-path the site is built for ('' at the root); Next adds it to <Link>, plain URLs need it by hand. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** A page's path within the site for a language: localPath('en', '/errors/x/') -> '/en/errors/x/'. */
export function localPath(lang: Lang, path: string): string {
  return `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The same page in the other language: swaps the leading language segment. */
export function switchLang(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(zh|en)(?=\/|$)/, `/${to}`);
}

/**
 * The script a language-neutral address ships: sends the reader to the same page in their language, under
 * the sub-path `base`, keeping the query and the fragment. The language is BlueKing's own choice first (the
 * `blueking_language` cookie its login and consoles set on the platform's domain, `zh-cn` or `en`; not
 * HttpOnly: ../shared/reference/bk-deploy.md §4), then the first zh or en in the browser's preferences, else
 * zh. Plain ES5 in a string, inlined in the page so it runs before anything loads; the unit tests run this
 * very string.
 */
export function redirectScript(base = BASE_PATH): string {
  return `(function(){var b=${JSON.stringify(base)},p=location.pathname,l='zh',ls=navigator.languages||[navigator.language||''],c=/(?:^|;\\s*)blueking_language=([^;]*)/.exec(document.cookie||'');if(c)ls=[c[1]].concat(ls);if(p.indexOf(b)===0)p=p.slice(b.length);for(var i=0;i<ls.length;i++){if(/^zh\\b/i.test(ls[i])){l='zh';break}if(/^en\\b/i.test(ls[i])){l='en';break}}location.replace(b+'/'+l+(p.charAt(0)==='/'?p:'/'+p)+location.search+location.hash)})()`;
}
