import { LANGS, type Lang } from '../i18n/lang';

/** Static params for every language times every key: the route set of a `[lang]/.../[key]` page. */
export function perLang<K extends string>(
  name: K,
  keys: readonly (string | number)[],
): ({ lang: Lang } & Record<K, string>)[] {
  return LANGS.flatMap((lang) =>
    keys.map((key) => ({ lang, [name]: String(key) }) as { lang: Lang } & Record<K, string>),
  );
}
