import type { Lang } from '@/lib/catalog/schema';
import { t } from '@/lib/i18n';
import type { Hop } from '@/lib/share/chain';

/** The chain's boxes, left to right; the middle one is the legacy ESB where the ESB answered. */
const BOXES = ['caller', 'gateway', 'access-layer', 'service'] as const;
const W = 140;
const GAP = 46;
const H = 72;
const Y = 10;
const x = (i: number) => i * (W + GAP);

const TONE: Record<Exclude<Hop, 'none'>, string> = {
  gateway: 'fill-amber-100 stroke-amber-600 dark:fill-amber-900 dark:stroke-amber-400',
  esb: 'fill-purple-100 stroke-purple-600 dark:fill-purple-900 dark:stroke-purple-400',
  'access-layer': 'fill-sky-100 stroke-sky-700 dark:fill-sky-900 dark:stroke-sky-400',
  service: 'fill-sky-100 stroke-sky-700 dark:fill-sky-900 dark:stroke-sky-400',
  backend: 'fill-sky-100 stroke-sky-700 dark:fill-sky-900 dark:stroke-sky-400',
};
const PLAIN = 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500';
const TEXT = 'fill-slate-900 dark:fill-slate-100';

/**
 * The call's chain, caller → API gateway → access layer → service, with the hop that wrote the response
 * marked (its element carries `aria-current="true"` and `data-hop`) or, where no response came, the break.
 * Pure markup: the guide page renders it on the server, the classify page under its verdict. The caption
 * says in words what the picture shows; the picture's title holds the whole chain for screen readers.
 */
export function ChainPicture({
  lang,
  hop,
  id,
  className = 'my-4',
}: {
  lang: Lang;
  hop: Hop | null;
  id: string;
  className?: string;
}) {
  const c = t(lang).chain;
  const labels = BOXES.map((b) => (b === 'gateway' && hop === 'esb' ? c.hops.esb : c.hops[b]));
  const marked = (i: number) =>
    hop === BOXES[i] ||
    (hop === 'esb' && BOXES[i] === 'gateway') ||
    (hop === 'backend' && (BOXES[i] === 'access-layer' || BOXES[i] === 'service'));
  const caption = c.caption[hop ?? 'unknown'];
  const tone = hop && hop !== 'none' ? TONE[hop] : PLAIN;
  return (
    <figure className={className} data-chain={hop ?? 'unknown'}>
      <svg
        viewBox={`0 0 ${x(3) + W + 2} 130`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>{`${c.path} ${caption}`}</title>
        {BOXES.slice(0, 3).map((b, i) => {
          const x1 = x(i) + W + 4;
          const x2 = x(i + 1) - 4;
          const broken = hop === 'none' && i === 0;
          const mid = (x1 + x2) / 2;
          return (
            <g key={b} data-link={`${b}-${BOXES[i + 1]}`} {...(broken ? { 'data-break': 'true' } : {})}>
              <line
                x1={x1}
                y1={Y + H / 2}
                x2={x2 - 8}
                y2={Y + H / 2}
                strokeWidth="3"
                strokeDasharray={broken ? '5 5' : undefined}
                className="stroke-slate-500 dark:stroke-slate-400"
              />
              <polygon
                points={`${x2 - 10},${Y + H / 2 - 7} ${x2},${Y + H / 2} ${x2 - 10},${Y + H / 2 + 7}`}
                className="fill-slate-500 dark:fill-slate-400"
              />
              {broken && (
                <>
                  <path
                    d={`M${mid - 9},${Y + H / 2 - 9} l18,18 M${mid + 9},${Y + H / 2 - 9} l-18,18`}
                    strokeWidth="4"
                    className="stroke-red-600 dark:stroke-red-400"
                  />
                  <text x={x(0) + W / 2} y={Y + H + 36} textAnchor="middle" fontSize="20" className={TEXT}>
                    {c.noResponse}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {hop === 'backend' && (
          <g data-hop="backend" aria-current="true">
            <rect
              x={x(2) - 8}
              y={Y - 6}
              width={x(3) - x(2) + W + 14}
              height={H + 12}
              rx="12"
              fill="none"
              strokeWidth="3"
              strokeDasharray="8 5"
              className="stroke-sky-700 dark:stroke-sky-400"
            />
            <text x={(x(2) + x(3) + W) / 2} y={Y + H + 36} textAnchor="middle" fontSize="20" className={TEXT}>
              {c.answered}
            </text>
          </g>
        )}
        {BOXES.map((b, i) => {
          const on = marked(i) && hop !== 'backend';
          const lines = labels[i]!;
          return (
            <g key={b} {...(on ? { 'data-hop': hop!, 'aria-current': 'true' as const } : {})}>
              <rect
                x={x(i) + 1}
                y={Y}
                width={W}
                height={H}
                rx="8"
                strokeWidth={on || marked(i) ? 3 : 1.5}
                className={marked(i) ? tone : PLAIN}
              />
              {lines.map((line, j) => (
                <text
                  key={line}
                  x={x(i) + 1 + W / 2}
                  y={Y + H / 2 + (j - (lines.length - 1) / 2) * 26 + 8}
                  textAnchor="middle"
                  fontSize="22"
                  fontWeight={marked(i) ? 700 : 400}
                  className={TEXT}
                >
                  {line}
                </text>
              ))}
              {on && (
                <text x={x(i) + 1 + W / 2} y={Y + H + 36} textAnchor="middle" fontSize="20" className={TEXT}>
                  {c.answered}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-700 dark:text-slate-300">{caption}</figcaption>
    </figure>
  );
}
