import { t } from '@/lib/i18n';
import { LANGS } from '@/lib/i18n/lang';
import { BASE_PATH, localPath, redirectScript } from '@/lib/site';

/** The script of lib/site.ts, for this build's sub-path. */
export const REDIRECT_SCRIPT = redirectScript();

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
            {t(lang).langOwnName}
          </a>
        ))}
      </p>
    </main>
  );
}
