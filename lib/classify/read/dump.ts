/**
 * An error body as a language's dump prints it rather than as JSON: PHP's var_dump (`["code"]=> int(1640301)`)
 * and print_r (`[code] => 1640301`), Ruby's inspect (`"code"=>1640301`, `code: 1640301`), PowerShell's list
 * view (`code      : 1640301`), Elixir's and Python's maps. Only the fields of the gateway's and the ESB's
 * protocol are read back, and only where a code of theirs is among them: a dump of anything else stays text.
 */
import type { FoundJson } from './json';

/**
 * One field: its name bare, quoted or in PHP's brackets; `=>`, `:`, `=` or PowerShell's padded colon; then
 * var_dump's typed value (`int(1640301)`, `bool(false)`, `string(17) "…"`), a quoted string, a number, a
 * literal, or nothing (print_r prints false as nothing).
 */
const FIELD =
  /(?:^|[\s,{(])(?:\[\s*)?["':]?(code_name|code|message|result|data)["']?(?:\s*\])?[ \t]*(?:=>|:|=)[ \t]*(?:\r?\n[ \t]*)?(?:string\(\d+\)[ \t]*)?(?:(?:int|float|bool)\((-?[\d.]+|true|false)\)|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|(-?\d+(?:\.\d+)?|true|false|TRUE|FALSE|True|False|null|NULL|nil|None)\b|(?=\r?\n|,|\}|$))/gm;

function literal(raw: string): unknown {
  if (/^-?\d/.test(raw)) return Number(raw);
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  return null;
}

/** The protocol's fields read from a dump, where it holds the gateway's or the ESB's code and one more field. */
export function readDump(text: string, limit = 64 * 1024): FoundJson | null {
  const head = text.slice(0, limit);
  const value: Record<string, unknown> = {};
  let start = -1;
  let end = -1;
  for (const m of head.matchAll(FIELD)) {
    const key = m[1]!;
    if (key in value) continue;
    const quoted = m[3] ?? m[4];
    const bare = m[2] ?? m[5];
    if (quoted !== undefined) value[key] = quoted.replace(/\\(.)/g, '$1');
    else if (bare !== undefined) value[key] = literal(bare);
    else value[key] = key === 'result' ? false : null;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  const code = value.code;
  if (typeof code !== 'number' || !/^(?:16\d{5}|1306\d{3})$/.test(String(code))) return null;
  if (Object.keys(value).length < 3) return null;
  return { value, start, end };
}
