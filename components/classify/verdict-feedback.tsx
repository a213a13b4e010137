'use client';
import type { Analysis } from '@/lib/classify-page/analyse';
import type { Lang } from '@/lib/i18n/lang';
import { maskSecrets } from '@/lib/share/mask';
import { verdictText } from '@/lib/share/ticket';
import { Feedback } from '../feedback';

const mask = (text: string) => maskSecrets(text).text;

/** Feedback under a verdict: the summary a ticket carries (verdict, status, code, entry, request id), masked. */
export function VerdictFeedback({ lang, analysis }: { lang: Lang; analysis: Analysis }) {
  const { result } = analysis;
  return (
    <Feedback
      lang={lang}
      mask={mask}
      facts={{
        verdict: verdictText(lang, result),
        status: result.status,
        code: result.code,
        code_name: result.code_name,
        entry: result.entry,
        request_id: result.request_id,
      }}
    />
  );
}
