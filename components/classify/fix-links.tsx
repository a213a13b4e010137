'use client';
import type { Analysis } from '@/lib/classify-page/analyse';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { feedbackStrings } from '@/lib/i18n/feedback';
import type { Lang } from '@/lib/i18n/lang';
import { linksText } from '@/lib/i18n/links';
import { flowLogUrl } from '@/lib/links/address';
import { fetchSteps } from '@/lib/links/fetch-steps';
import { fixesFor, type Fix } from '@/lib/links/fixes';
import { ExternalLink } from '../external-link';
import { useSiteConfig } from '../use-site-config';

const CODE = 'mt-1 block whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-900';

/** The fixes a verdict's paste allows (lib/links/fixes.ts), for the page and for the ticket. */
export function useFixes(analysis: Analysis, entries: ClassifyEntries | null, paste = ''): Fix[] {
  const config = useSiteConfig();
  const { result, ids } = analysis;
  const entry = result.entry ? entries?.entries[result.entry] : undefined;
  const appCode = ids.find(([name]) => name === 'bk_app_code')?.[1] ?? null;
  return fixesFor(result, config, { entry, appCode, paste });
}

/** One fix in words, with its link where the setting is set. */
function FixItem({ lang, fix }: { lang: Lang; fix: Fix }) {
  const d = linksText(lang);
  const newTab = feedbackStrings(lang).newTab;
  switch (fix.kind) {
    case 'permission':
      return (
        <li data-fix="permission" data-renew={fix.renew}>
          {d.permission(fix.app, fix.gateway, fix.resource, fix.renew)}{' '}
          {fix.href && (
            <ExternalLink href={fix.href} kind="app-permission" newTab={newTab}>
              {d.permissionLink(fix.renew, fix.app)}
            </ExternalLink>
          )}
        </li>
      );
    case 'ip':
      return (
        <li data-fix="ip">
          {d.ipIntro}
          <code className={CODE} data-line-to-send="">
            {d.ipLine(fix.ip, fix.gateway, fix.stage, fix.resource, fix.requestId)}
          </code>
          {fix.href && fix.gateway && (
            <ExternalLink href={fix.href} kind="gateway-docs" newTab={newTab}>
              {d.ownerDocs(fix.gateway)}
            </ExternalLink>
          )}
        </li>
      );
    case 'owner':
      return (
        <li data-fix="owner">
          {d.ownerIntro}{' '}
          <ExternalLink href={fix.href} kind="gateway-docs" newTab={newTab}>
            {d.ownerDocs(fix.gateway)}
          </ExternalLink>
        </li>
      );
    case 'tenants':
      return (
        <li data-fix="tenants" data-tenant-case={fix.case}>
          {d.tenantsIntro} {d.tenants(fix.parties, fix.case)}
        </li>
      );
    case 'flow-log':
      return null;
  }
}

/**
 * From the verdict to the fix: what the error and the paste's facts allow (the app's permission page, the
 * line to send about an IP, the gateway's documentation page, the two tenants, the request's flow log), then
 * what to fetch to be sure (from the result's `missing`). Renders nothing where there is neither.
 */
export function ClassifyFixes({
  lang,
  analysis,
  entries,
  paste = '',
}: {
  lang: Lang;
  analysis: Analysis;
  entries: ClassifyEntries | null;
  paste?: string;
}) {
  const d = linksText(lang);
  const fixes = useFixes(analysis, entries, paste);
  const appCode = analysis.ids.find(([name]) => name === 'bk_app_code')?.[1] ?? null;
  const steps = fetchSteps(analysis.result, appCode);
  // The flow log sits beside the request id itself (the verdict's facts); the ticket carries it from `fixes`.
  const shown = fixes.filter((f) => f.kind !== 'flow-log');
  if (!shown.length && !steps.length) return null;
  return (
    <div className="mt-4 text-sm" data-fixes="">
      {shown.length > 0 && (
        <>
          <h3 className="text-lg font-semibold">{d.fixesTitle}</h3>
          <ul className="mt-1 list-disc space-y-2 pl-6">
            {shown.map((f) => (
              <FixItem key={f.kind} lang={lang} fix={f} />
            ))}
          </ul>
        </>
      )}
      {steps.length > 0 && (
        <>
          <p className="mt-3 font-medium">{d.fetchTitle}</p>
          <ul className="mt-1 list-disc space-y-2 pl-6" data-fetch-steps="">
            {steps.map((s) => (
              <li key={s.kind} data-fetch-step={s.kind} data-covers={s.covers.join(' ')}>
                <span className="text-slate-600 dark:text-slate-400">
                  {s.covers.map((m) => d.covers[m]).join(lang === 'zh' ? '、' : ', ')}
                  {lang === 'zh' ? '：' : ': '}
                </span>
                {d.fetch[s.kind]}
                {s.kind === 'curl' && <code className={CODE}>{s.command}</code>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The flow-log link beside a request id the page shows (a triage group's); nothing without the setting. */
export function FlowLogLink({ lang, requestId }: { lang: Lang; requestId: string | null }) {
  const href = flowLogUrl(useSiteConfig(), requestId);
  if (!href) return null;
  return (
    <>
      {' '}
      <ExternalLink href={href} kind="flow-log" newTab={feedbackStrings(lang).newTab}>
        {linksText(lang).flowLogShort}
      </ExternalLink>
    </>
  );
}
