// Figures for `npm run bench`: what masking costs on large pastes (a HAR, a log, the dashboard's export),
// against JSON.parse of the same text. Masking runs in the page's worker before anything is copied.
import { maskSecrets } from './mask';

export type MaskFigure = { name: string; bytes: number; ms: number; jsonParseMs: number; ratio: number };

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function time(f: () => unknown, runs: number): number {
  f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** A HAR of ~1 MB whose entries carry credentials in headers, cookies, query strings and escaped bodies. */
function har(bytes: number): string {
  const entries: unknown[] = [];
  for (let i = 0; JSON.stringify(entries).length < bytes; i++)
    entries.push({
      request: {
        method: 'POST',
        url: `https://bkapi.example.com/api/demo/prod/x/?bk_token=tok${i}abcdef&page=${i}`,
        headers: [
          {
            name: 'X-Bkapi-Authorization',
            value: JSON.stringify({ bk_app_code: 'demo', bk_app_secret: `s3cr3t${i}xyz` }),
          },
          { name: 'Cookie', value: `bk_token=c${i}ookie; lang=en` },
        ],
        postData: { mimeType: 'application/json', text: JSON.stringify({ password: `pw${i}secret`, n: i }) },
      },
      response: { status: 200, headers: [], content: { text: JSON.stringify({ code: 0, data: { id: i } }) } },
    });
  return JSON.stringify({ log: { version: '1.2', entries } });
}

/** A log of ~1 MB: JSON lines whose messages escape a request with its credentials. */
function log(bytes: number): string {
  const lines: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const line = JSON.stringify({
      level: 'info',
      msg: `call ${JSON.stringify({ headers: { Authorization: `Bearer t${i}abcdefgh` }, url: `/x?access_token=a${i}bcdef` })}`,
    });
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

export function benchMask(runs = 7): MaskFigure[] {
  return [
    { name: 'HAR', text: har(1 << 20) },
    { name: 'JSON log', text: log(1 << 20) },
  ].map(({ name, text }) => {
    const ms = time(() => maskSecrets(text), runs);
    const jsonParseMs =
      name === 'HAR'
        ? time(() => JSON.parse(text), runs)
        : time(() => text.split('\n').map((l) => JSON.parse(l)), runs);
    return { name, bytes: text.length, ms, jsonParseMs, ratio: ms / jsonParseMs };
  });
}
