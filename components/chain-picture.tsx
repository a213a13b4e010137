import type { Hop } from '@/lib/classify-page/chain';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { linksText } from '@/lib/i18n/links';

/** The chain's boxes, left to right; the middle one is the legacy ESB where the ESB answered. */
const BOXES = ['caller', 'gateway', 'access-layer', 'service'] as const;
const W = 140;
const GAP = 46;
const H = 72;
const Y = 10;
const x = (i: number) => i * (W + GAP);

/**
 * Colours by currentColor from text classes the site already has, so the picture adds no CSS: the lines in
 * the muted text colour, the boxes' words in the body's, the marked box in the body's colour at a low
 * opacity (the verdict's card gives it its tone), the break in red.
 */
const MUTED = 'text-slate-600 dark:text-slate-400';
const BODY = 'text-slate-900 dark:text-slate-100';
const RED = 'text-red-700 dark:text-red-300';

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
  backend = null,
}: {
  lang: Lang;
  hop: Hop | null;
  id: string;
  className?: string;
  /** The backend's name, where the gateway's debug header gives it: the caption names it. */
  backend?: string | null;
}) {
  const c = classifyText(lang).chain;
  const labels = BOXES.map((b) => (b === 'gateway' && hop === 'esb' ? c.hops.esb : c.hops[b]));
  const marked = (i: number) =>
    hop === BOXES[i] ||
    (hop === 'esb' && BOXES[i] === 'gateway') ||
    (hop === 'backend' && (BOXES[i] === 'access-layer' || BOXES[i] === 'service'));
  const caption = c.caption[hop ?? 'unknown'];
  const words = (props: { x: number; children: string }) => (
    <text x={props.x} y={Y + H + 36} textAnchor="middle" fontSize="20" fill="currentColor" className={BODY}>
      {props.children}
    </text>
  );
  return (
    <figure className={className} data-chain={hop ?? 'unknown'}>
      <svg viewBox={`0 0 ${x(3) + W + 2} 130`} role="img" aria-labelledby={`${id}-title`} className={`w-full ${MUTED}`}>
        <title id={`${id}-title`}>{`${c.path} ${caption}`}</title>
        {BOXES.slice(0, 3).map((b, i) => {
          const x1 = x(i) + W + 4;
          const x2 = x(i + 1) - 4;
          const mid = Y + H / 2;
          const broken = hop === 'none' && i === 0;
          return (
            <g key={b} {...(broken ? { 'data-break': 'true' } : {})}>
              <line
                x1={x1}
                y1={mid}
                x2={x2 - 8}
                y2={mid}
                stroke="currentColor"
                strokeWidth="3"
                strokeDasharray={broken ? '5 5' : undefined}
              />
              <polygon points={`${x2 - 10},${mid - 7} ${x2},${mid} ${x2 - 10},${mid + 7}`} fill="currentColor" />
              {broken && (
                <>
                  <path
                    d={`M${(x1 + x2) / 2 - 9},${mid - 9} l18,18 m0,-18 l-18,18`}
                    stroke="currentColor"
                    strokeWidth="4"
                    className={RED}
                  />
                  {words({ x: x(0) + W / 2, children: c.noResponse })}
                </>
              )}
            </g>
          );
        })}
        {hop === 'backend' && (
          <g data-hop="backend" aria-current="true" className={BODY}>
            <rect
              x={x(2) - 8}
              y={Y - 6}
              width={x(3) - x(2) + W + 14}
              height={H + 12}
              rx="12"
              fill="none"
              stroke="currentColor"
              strokeWidth="3"
              strokeDasharray="8 5"
            />
            {words({ x: (x(2) + x(3) + W) / 2, children: c.answered })}
          </g>
        )}
        {BOXES.map((b, i) => {
          const on = marked(i);
          const lines = labels[i]!;
          return (
            <g key={b} {...(on && hop !== 'backend' ? { 'data-hop': hop!, 'aria-current': 'true' as const } : {})}>
              <rect
                x={x(i) + 1}
                y={Y}
                width={W}
                height={H}
                rx="8"
                stroke="currentColor"
                strokeWidth={on ? 3 : 1.5}
                fill={on ? 'currentColor' : 'none'}
                fillOpacity={on ? 0.12 : undefined}
                className={on ? BODY : undefined}
              />
              {lines.map((line, j) => (
                <text
                  key={line}
                  x={x(i) + 1 + W / 2}
                  y={Y + H / 2 + (j - (lines.length - 1) / 2) * 26 + 8}
                  textAnchor="middle"
                  fontSize="22"
                  fontWeight={on ? 700 : 400}
                  fill="currentColor"
                  className={BODY}
                >
                  {line}
                </text>
              ))}
              {on && hop !== 'backend' && words({ x: x(i) + 1 + W / 2, children: c.answered })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {caption}
        {backend && <span data-backend={backend}> {linksText(lang).backendNamed(backend.slice(0, 100))}</span>}
      </figcaption>
    </figure>
  );
}
