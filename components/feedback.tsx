'use client';
import { useState } from 'react';
import { feedbackStrings } from '@/lib/i18n/feedback';
import type { Lang } from '@/lib/i18n/lang';
import { feedbackLink, feedbackText, type FeedbackFacts, type FeedbackKind, type Mask } from '@/lib/links/feedback';
import { LINK } from './ui';
import { useSiteConfig } from './use-site-config';

const VERSION = process.env.NEXT_PUBLIC_PORTAL_VERSION ?? '';
const BUTTON =
  'rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * "This error is missing / this page is wrong": where a tracker is set, each button first shows the summary
 * that will be sent (lib/links/feedback.ts), then a plain link opens the tracker with it in a new tab. Without
 * the setting it renders nothing.
 */
export function Feedback({
  lang,
  facts,
  mask,
}: {
  lang: Lang;
  /** What the summary says besides the page and the portal's version. */
  facts: Omit<FeedbackFacts, 'page' | 'version'>;
  /** The masker, where the facts come from a paste (the classify page). */
  mask?: Mask;
}) {
  const config = useSiteConfig();
  const [kind, setKind] = useState<FeedbackKind | null>(null);
  if (!config.feedback) return null;
  const d = feedbackStrings(lang);
  const text = kind ? feedbackText(lang, kind, { ...facts, page: window.location.href, version: VERSION }, mask) : null;
  const href = text ? feedbackLink(config, text) : null;
  return (
    <div className="mt-6 text-sm print:hidden" data-feedback="">
      <div className="flex flex-wrap gap-2">
        {(['missing', 'wrong'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className={BUTTON}
            aria-expanded={kind === k}
            data-feedback-kind={k}
            onClick={() => setKind(kind === k ? null : k)}
          >
            {d[k]}
          </button>
        ))}
      </div>
      {text && href && (
        <div className="mt-2 rounded border border-slate-300 p-3 dark:border-slate-700" data-feedback-preview="">
          <p>{d.intro}</p>
          <p className="mt-2 font-medium" data-feedback-title="">
            {text.title}
          </p>
          <pre className="mt-1 whitespace-pre-wrap break-all text-xs" data-feedback-body="">
            {text.body}
          </pre>
          <p className="mt-2">
            <a href={href} target="_blank" rel="noopener noreferrer" data-portal-link="feedback" className={LINK}>
              {d.open}
              <span className="sr-only"> {d.newTab}</span>
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
