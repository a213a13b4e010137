import type { Entry } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';
import { Breakable } from './breakable';

const pill = 'inline-flex items-center rounded px-1.5 py-0.5 font-mono text-xs';

/** Status and code as links to their pages, the code_name, and the flags a reader must not miss. */
export function EntryBadges({ entry, lang }: { entry: Entry; lang: Lang }) {
  const { status, code, code_name, deprecated, legacy, system } = entry.meta;
  const d = t(lang);
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <a
        href={withBase(routes.status(lang, status))}
        className={`${pill} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200`}
        aria-label={`${d.status} ${status}`}
      >
        {status}
      </a>
      {code !== null && (
        <a
          href={withBase(routes.code(lang, code))}
          className={`${pill} bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100`}
          aria-label={`${d.code} ${code}`}
        >
          {code}
        </a>
      )}
      {code_name && (
        <code className={`${pill} bg-blue-50 text-blue-900 dark:bg-blue-950 dark:text-blue-200`}>
          <Breakable text={code_name} />
        </code>
      )}
      {system !== 'gateway' && (
        <span className={`${pill} bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200`}>
          {d.system[system]}
        </span>
      )}
      {deprecated && (
        <span className={`${pill} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`}>
          {d.deprecated}
        </span>
      )}
      {legacy && (
        <span className={`${pill} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`}>{d.legacy}</span>
      )}
    </div>
  );
}
