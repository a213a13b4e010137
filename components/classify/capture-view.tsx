'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaptureReport } from '@/lib/capture/analyse';
import { compareCaptures } from '@/lib/capture/compare';
import {
  compareTicket,
  groupsTicket,
  groupTime,
  rateLimitSentences,
  splitText,
  timingSentences,
} from '@/lib/capture/explain';
import type { CaptureGroup } from '@/lib/capture/group';
import type { FromCaptureWorker, ToCaptureWorker } from '@/lib/capture/protocol';
import type { MatchRule } from '@/lib/catalog/rules';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { captureText } from '@/lib/i18n/capture';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { verdictText } from '@/lib/share/ticket';
import { BASE_PATH } from '@/lib/site';
import { ErrorsChart } from './errors-chart';
import { explainEntry } from './triage';

type Role = 'main' | 'before';
const BUTTON =
  'rounded border border-slate-300 px-2 py-0.5 whitespace-nowrap hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
const PRIMARY = 'rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800';

/** Reads capture texts in a worker (or on this thread where none starts); the latest answer per role is kept. */
function useCaptureReports(rules: MatchRule[] | null) {
  const [reports, setReports] = useState<Record<Role, CaptureReport | null | undefined>>({
    main: undefined,
    before: undefined,
  });
  const worker = useRef<Worker | null>(null);
  const job = useRef<Record<Role, number>>({ main: 0, before: 0 });
  const next = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const read = (text: string, role: Role) => {
    if (!rules) return;
    const id = ++next.current;
    job.current[role] = id;
    setReports((r) => ({ ...r, [role]: undefined }));
    const take = (m: FromCaptureWorker) => {
      if (m.id !== job.current[m.role]) return;
      setReports((r) => ({ ...r, [m.role]: m.type === 'report' ? m.report : null }));
    };
    if (!worker.current) {
      try {
        worker.current = new Worker(new URL('./capture-worker.ts', import.meta.url));
        worker.current.onmessage = (e: MessageEvent<FromCaptureWorker>) => take(e.data);
        worker.current.postMessage({ type: 'rules', rules } satisfies ToCaptureWorker);
      } catch {
        worker.current = null;
      }
    }
    if (worker.current) worker.current.postMessage({ type: 'run', id, text, role } satisfies ToCaptureWorker);
    else
      void import('@/lib/capture/analyse').then(({ analyseCapture }) =>
        take({ type: 'report', id, role, report: analyseCapture(text, rules) }),
      );
  };
  return { reports, read };
}

function readFile(file: File): Promise<string> {
  return file.text();
}

/**
 * What a capture or an export shows beyond the verdict: an export's failures grouped (each group with the same
 * `data-group-entry` and `data-count` as the HAR triage's rows), the failures over time, rate limits explained,
 * where the time went, and a comparison with an earlier capture. Loaded only when a capture or an export arrives.
 */
export default function CaptureView({
  lang,
  text,
  kind,
  rules,
  entries,
  onOpenRecord,
  onClose,
}: {
  lang: Lang;
  text: string;
  kind: 'export' | 'har';
  rules: MatchRule[] | null;
  entries: ClassifyEntries | null;
  /** An export's example record (masked JSON): the page puts it in the box and shows its verdict. */
  onOpenRecord: (record: string) => void;
  onClose?: () => void;
}) {
  const d = captureText(lang);
  const c = classifyText(lang).classify;
  const { reports, read } = useCaptureReports(rules);
  const [said, setSaid] = useState<{ where: string; text: string } | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const offset = useMemo(() => -new Date().getTimezoneOffset(), []);

  useEffect(() => {
    read(text, 'main');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read again only for a new text or the rules' arrival
  }, [text, rules]);

  const report = reports.main;
  const before = reports.before;
  const comparison = useMemo(
    () => (report && before ? compareCaptures(before.compare, report.compare) : null),
    [report, before],
  );
  if (report === undefined)
    return (
      <p role="status" className="mt-4 text-sm" data-capture-status="busy">
        {d.export.reading}
      </p>
    );
  if (report === null)
    return kind === 'export' ? (
      <p role="alert" className="mt-4 text-sm" data-capture-status="failed">
        {d.export.notExport}
      </p>
    ) : null;

  const explain = (g: Pick<CaptureGroup, 'entry' | 'reason'>) => explainEntry(lang, entries, g.entry, g.reason);
  const label = (key: string) => {
    const g = report.grouped.groups.find((x) => x.key === key);
    return (g && explain(g).title) ?? key;
  };
  const abs = (path: string) => new URL(BASE_PATH + path, window.location.origin).href;
  async function copy(where: string, body: string, done: string) {
    try {
      await navigator.clipboard.writeText(body);
      setSaid({ where, text: done });
    } catch {
      setSaid({ where, text: d.export.copyFailed });
    }
  }
  const { grouped } = report;

  return (
    <section
      className="mt-4 rounded-lg border border-slate-300 p-3 dark:border-slate-700"
      data-capture-view={report.kind}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">{report.kind === 'export' ? d.export.title : d.har.title}</h2>
        {onClose && (
          <button type="button" onClick={onClose} className={BUTTON}>
            {d.export.close}
          </button>
        )}
      </div>
      {report.kind === 'export' && (
        <div data-export-triage>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-capture-ms={Math.round(report.ms)}>
            {grouped.failures ? d.export.summary(grouped.failures, grouped.rows) : d.export.none(grouped.rows)}
            {report.broken > 0 && ` ${d.export.broken(report.broken)}`}
          </p>
          {grouped.failures > 0 && (
            <>
              <div className="relative mt-2 overflow-x-auto" role="region" aria-label={d.export.title} tabIndex={0}>
                <table className="w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-slate-300 dark:border-slate-700">
                      {d.export.columns.map((h) => (
                        <th key={h} scope="col" className="px-2 py-1 font-semibold whitespace-nowrap">
                          {h}
                        </th>
                      ))}
                      <th scope="col" className="px-2 py-1">
                        <span className="sr-only">{d.export.open}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {grouped.groups.map((g) => {
                      const { title, path } = explain(g);
                      return (
                        <tr
                          key={g.key}
                          data-group-entry={g.entry ?? g.key}
                          data-count={g.count}
                          className={`border-b border-slate-200 align-top dark:border-slate-800 ${opened === g.example ? 'bg-blue-50 dark:bg-blue-950' : ''}`}
                        >
                          <td className="px-2 py-1">{verdictText(lang, g)}</td>
                          <td className="px-2 py-1">
                            {path ? (
                              <a href={BASE_PATH + path} className="underline">
                                {title ?? g.entry}
                              </a>
                            ) : (
                              (g.entry ?? c.none)
                            )}
                          </td>
                          <td className="px-2 py-1 font-mono">{g.status ?? c.harNoStatus}</td>
                          <td className="px-2 py-1 text-right font-mono font-semibold">{g.count}</td>
                          <td className="px-2 py-1 font-mono whitespace-nowrap">
                            {groupTime(g.firstText, g.first, offset, report.kind)}
                          </td>
                          <td className="px-2 py-1 font-mono whitespace-nowrap">
                            {groupTime(g.lastText, g.last, offset, report.kind)}
                          </td>
                          <td className="px-2 py-1" data-split="resource">
                            {splitText(g.byResource, 3, d.export.more)}
                          </td>
                          <td className="px-2 py-1" data-split="app">
                            {splitText(g.byApp, 3, d.export.more)}
                          </td>
                          <td className="px-2 py-1" data-split="backend">
                            {splitText(g.byBackend, 3, d.export.more)}
                          </td>
                          <td className="px-2 py-1 font-mono break-all">{g.requestId ?? ''}</td>
                          <td className="px-2 py-1">
                            <button
                              type="button"
                              aria-pressed={opened === g.example}
                              className={BUTTON}
                              onClick={() => {
                                const record = report.examples[g.example];
                                if (!record) return;
                                setOpened(g.example);
                                setSaid({ where: 'open', text: d.export.opened });
                                onOpenRecord(record);
                              }}
                            >
                              {d.export.open}
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                <button
                  type="button"
                  data-copy="export-triage"
                  className={PRIMARY}
                  onClick={() =>
                    copy(
                      'groups',
                      groupsTicket(lang, grouped, report.kind, offset, (g) => {
                        const { title, path } = explain(g);
                        return { title, link: path ? abs(path) : null };
                      }),
                      d.export.copied,
                    )
                  }
                >
                  {d.export.copy}
                </button>
                <span aria-live="polite">{said && said.where !== 'compare' ? said.text : ''}</span>
              </p>
            </>
          )}
        </div>
      )}
      {report.timeline && <ErrorsChart lang={lang} timeline={report.timeline} label={label} offset={offset} />}
      {report.rateLimits && (
        <section className="mt-4" data-rate-limits>
          <h3 className="font-semibold">{d.rate.title}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {rateLimitSentences(lang, report.rateLimits).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      {report.timing.length > 0 && (
        <section className="mt-4" data-timing>
          <h3 className="font-semibold">{d.timing.title}</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {report.timing.map((f) => (
              <li key={`${f.status}-${f.who}-${f.phase}-${f.timeout}`} data-timing-status={f.status ?? ''}>
                {timingSentences(lang, f).join(' ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="mt-4" data-compare>
        <h3 className="font-semibold">{d.compare.title}</h3>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{d.compare.help}</p>
        <label className="mt-2 inline-flex cursor-pointer items-center gap-2 rounded border border-slate-400 px-3 py-1 text-sm focus-within:outline-2 focus-within:outline-blue-600 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          <span>{d.compare.choose}</span>
          <input
            type="file"
            accept=".csv,.har,.json,text/csv,application/json"
            className="sr-only"
            data-compare-input
            onChange={async (e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) read(await readFile(f), 'before');
            }}
          />
        </label>
        {comparison && (
          <div data-comparison>
            <p className="mt-2 text-sm">
              {d.compare.summary(
                comparison.before.failures,
                comparison.before.rows,
                comparison.after.failures,
                comparison.after.rows,
              )}
            </p>
            <div className="relative mt-2 overflow-x-auto" role="region" aria-label={d.compare.title} tabIndex={0}>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300 dark:border-slate-700">
                    {d.compare.columns.map((h) => (
                      <th key={h} scope="col" className="px-2 py-1 font-semibold">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {comparison.resources.map((r) => (
                    <tr
                      key={r.resource}
                      data-resource={r.resource}
                      data-change={r.change}
                      className="border-b border-slate-200 align-top dark:border-slate-800"
                    >
                      <td className="px-2 py-1 font-mono break-all">{r.resource}</td>
                      <td className="px-2 py-1 font-semibold">{d.compare.change[r.change]}</td>
                      <td className="px-2 py-1">
                        {r.before.map(([k, n]) => `${label(k)} ×${n}`).join(', ') || d.compare.none}
                      </td>
                      <td className="px-2 py-1">
                        {r.after.map(([k, n]) => `${label(k)} ×${n}`).join(', ') || d.compare.none}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              <button
                type="button"
                data-copy="compare"
                className={PRIMARY}
                onClick={() => copy('compare', compareTicket(lang, comparison), d.compare.copied)}
              >
                {d.compare.copy}
              </button>
              <span aria-live="polite">{said?.where === 'compare' ? said.text : ''}</span>
            </p>
          </div>
        )}
      </section>
    </section>
  );
}
