import { t } from '@/lib/i18n';
import { LANGS } from '@/lib/i18n/lang';
import { BASE_PATH, localPath } from '@/lib/site';

/**
 * Sends the reader from a language-neutral address to the same page in their language (the first zh or en
 * in the browser's preferences, else zh), keeping the query and the fragment. Kept in sync with
 * preferredLang() in lib/site.ts, which the unit tests cover.
 */
export const REDIRECT_SCRIPT = `(function(){var b=${JSON.stringify(BASE_PATH)},p=location.pathname,l='zh',ls=navigator.languages||[navigator.language||''];if(p.indexOf(b)===0)p=p.slice(b.length);for(var i=0;i<ls.length;i++){if(/^zh\\b/i.test(ls[i])){l='zh';break}if(/^en\\b/i.test(ls[i])){l='en';break}}location.replace(b+'/'+l+(p.charAt(0)==='/'?p:'/'+p)+location.search+location.hash)})()`;

/** What a reader without JavaScript sees: a link to each language. */
export function LangRedirect({ path }: { path: string }) {
  return (
    <main className="mx-auto max-w-xl p-8">
      <p>
        {t('zh').redirecting} / {t('en').redirecting}
      </p>
      <p className="mt-4">
        {t('zh').chooseLang}{' '}
        {LANGS.map((lang) => (
          <a
            key={lang}
            href={BASE_PATH + localPath(lang, path)}
            hrefLang={lang}
            className="mr-3 text-blue-700 underline"
          >
            {lang === 'zh' ? '中文' : 'English'}
          </a>
        ))}
      </p>
    </main>
  );
}
