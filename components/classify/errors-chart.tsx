'use client';
import { useId } from 'react';
import { localTime } from '@/lib/capture/explain';
import type { Timeline } from '@/lib/capture/group';
import { captureText } from '@/lib/i18n/capture';
import type { Lang } from '@/lib/i18n/lang';

/** Colours told apart in light and dark themes, and by people with the common colour-vision deficiencies (Okabe-Ito). */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#999999'];

/**
 * Failures per group over the capture's time span, as stacked bars: a burst shows where a list would hide it.
 * An SVG with a title and a description (role img), a legend, and the same numbers as a table behind it.
 */
export function ErrorsChart({
  lang,
  timeline,
  label,
  offset,
}: {
  lang: Lang;
  timeline: Timeline;
  /** The name of a group key, in `lang`. */
  label: (key: string) => string;
  /** The reader's zone, minutes from UTC. */
  offset: number;
}) {
  const d = captureText(lang).chart;
  const id = useId();
  const names = [...timeline.keys.map(label), ...(timeline.other ? [d.other] : [])];
  const slices = timeline.counts.length;
  const totals = timeline.counts.map((s) => s.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const W = 600;
  const H = 160;
  const pad = { l: 36, r: 8, t: 8, b: 22 };
  const bw = (W - pad.l - pad.r) / slices;
  const y = (n: number) => ((H - pad.t - pad.b) * n) / max;
  const at = (i: number) => localTime(timeline.start + i * timeline.step, offset);
  const step = captureText(lang).step(timeline.step / 1000);
  return (
    <figure className="mt-3" data-errors-chart>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        className="h-auto w-full max-w-3xl text-slate-700 dark:text-slate-300"
      >
        <title id={`${id}-t`}>{d.title}</title>
        <desc id={`${id}-d`}>{d.desc(slices, step, timeline.peak.count, at(timeline.peak.slice))}</desc>
        <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} stroke="currentColor" strokeWidth="1" />
        <text x={pad.l - 4} y={pad.t + 8} textAnchor="end" fontSize="10" fill="currentColor">
          {max}
        </text>
        <text x={pad.l - 4} y={H - pad.b} textAnchor="end" fontSize="10" fill="currentColor">
          0
        </text>
        {timeline.counts.map((s, i) => {
          let base = H - pad.b;
          return (
            <g key={i}>
              {s.map((n, k) => {
                if (!n) return null;
                const h = y(n);
                base -= h;
                return (
                  <rect
                    key={k}
                    x={pad.l + i * bw + bw * 0.1}
                    y={base}
                    width={Math.max(1, bw * 0.8)}
                    height={h}
                    fill={COLOURS[k % COLOURS.length]}
                  />
                );
              })}
            </g>
          );
        })}
        <text x={pad.l} y={H - 6} fontSize="10" fill="currentColor">
          {at(0).slice(5, 16)}
        </text>
        <text x={W - pad.r} y={H - 6} fontSize="10" textAnchor="end" fill="currentColor">
          {at(slices - 1).slice(5, 16)}
        </text>
      </svg>
      <figcaption>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {names.map((n, k) => (
            <li key={n} className="flex items-center gap-1">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3"
                style={{ background: COLOURS[k % COLOURS.length] }}
              />
              {n}
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer">{d.table}</summary>
        <div className="relative mt-1 max-h-72 overflow-auto" role="region" aria-label={d.title} tabIndex={0}>
          <table className="text-left" data-chart-table>
            <caption className="sr-only">{d.title}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1">
                  {d.time}
                </th>
                {names.map((n) => (
                  <th key={n} scope="col" className="px-2 py-1">
                    {n}
                  </th>
                ))}
                <th scope="col" className="px-2 py-1">
                  {d.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {timeline.counts.map((s, i) =>
                totals[i] ? (
                  <tr key={i}>
                    <th scope="row" className="px-2 py-0.5 font-mono font-normal whitespace-nowrap">
                      {at(i)}
                    </th>
                    {s.map((n, k) => (
                      <td key={k} className="px-2 py-0.5 text-right font-mono">
                        {n}
                      </td>
                    ))}
                    <td className="px-2 py-0.5 text-right font-mono font-semibold">{totals[i]}</td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
