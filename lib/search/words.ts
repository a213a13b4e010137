import type { Speller } from './fuzzy';
import type { Field, Hit, Prepared } from './identify';
import type { Thesaurus } from './thesaurus';

/** CJK has no spaces between words: a run of it is cut into words (Intl.Segmenter, else pairs of characters). */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_RUNS =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const WORD_CHAR = /[a-z0-9]/;
/** A query longer than this is a paste rather than something typed. */
export const LONG = 48;
/** Past this many words a query is prose or a paste: its first words carry it. */
const MAX_TERMS = 12;
const MAX_CORRECTIONS = 2;
/** A corrected word is weaker evidence than the word as typed. */
const TYPO = 0.8;
/**
 * A legacy or deprecated entry needs clearly more evidence than a current one to rank above it; an ESB entry
 * more still, unless the query speaks of the ESB (`esb`, 组件, a 1306 code).
 */
const MINOR = 0.6;
/** A single Chinese character (`体`, `慢`) says little on its own: it counts, but is never required. */
const SINGLE = 0.4;

type FieldSpec = {
  field: Field;
  weight: number;
  get: (p: Prepared) => readonly string[];
  show: (p: Prepared, k: number) => string;
};

/** The message and the title weigh most: they are what people copy and what they remember. */
const FIELDS: FieldSpec[] = [
  { field: 'title', weight: 10, get: (p) => [p.title], show: (p) => p.doc.title },
  { field: 'message', weight: 8, get: (p) => [p.message], show: (p) => p.doc.message },
  { field: 'code_name', weight: 6, get: (p) => (p.codeName ? [p.codeName] : []), show: (p) => p.doc.code_name ?? '' },
  { field: 'reason', weight: 6, get: (p) => p.reasons, show: (p, k) => p.doc.reasons[k]!.text },
  { field: 'match', weight: 6, get: (p) => p.match, show: (p, k) => p.doc.match[k]! },
  { field: 'keywords', weight: 6, get: (p) => p.keywords, show: (p, k) => p.doc.keywords[k]! },
  { field: 'other', weight: 5, get: (p) => p.other, show: (p, k) => p.doc.other[k]! },
  { field: 'slug', weight: 4, get: (p) => [p.slug], show: (p) => p.doc.slug },
  { field: 'summary', weight: 3, get: (p) => [p.summary], show: (p) => p.doc.summary },
  { field: 'asked', weight: 3, get: (p) => p.asked, show: (p, k) => p.asked[k]! },
  { field: 'section', weight: 1, get: (p) => p.sections, show: (p, k) => p.doc.sections[k]!.text },
];
/** The fields that name an entry (a page has only its title): what a query that names it is found in. */
const NAMING = new Set<Field>(['title', 'message', 'code_name', 'keywords', 'other']);
/** The fields a whole query is looked for in as a phrase (all but the long texts). */
const PHRASE_FIELDS = FIELDS.filter((f) => f.field !== 'section' && f.field !== 'summary' && f.field !== 'slug');

/**
 * A query word and what may stand for it: itself, or the index's words near it when it is misspelt. Words
 * of one `unit` stand together for one word of the query: the pairs read from a run of single characters
 * (网关超时: 网关, 关超, 超时), so a pair that happens to occur somewhere (关超) weighs only its share.
 */
export type Term = {
  alts: string[];
  factor: number;
  required: boolean;
  unit: number;
  /** A concept of the vocabulary: `alts` are its words, the first `typed` of them the query's own. */
  concept?: string;
  typed?: number;
  /** Which alternatives are Chinese (matched anywhere, not at a word's start); worked out once. */
  cjk?: boolean[];
};
/** A concept's other words are good evidence, the query's own word better: 流控 finds 频率控制, but 流控 first. */
const SYNONYM = 0.5;

/** A Latin word matches at a word's start (`time` finds timeout, `rate` does not find strategy); CJK anywhere. */
function occurs(text: string, alt: string, cjk: boolean): boolean {
  for (let at = text.indexOf(alt); at >= 0; at = text.indexOf(alt, at + 1)) {
    if (cjk || at === 0 || !WORD_CHAR.test(text[at - 1]!)) return true;
  }
  return false;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/**
 * The words of a run of Chinese. The segmenter's dictionary lacks the trade's words (网关, 后端 come out as
 * single characters), so consecutive single characters are joined again and read as pairs: 网关超时 gives
 * 网关, 关超, 超时, and a pair no entry holds (关超) is dropped when the query is scored.
 */
function cjkWords(run: string, filler: ReadonlySet<string>): string[][] {
  const parts = segmenter ? Array.from(segmenter.segment(run), (s) => s.segment) : [...run];
  const out: string[][] = [];
  let singles = '';
  const flush = () => {
    // Particles at either end of a run of single characters (但后端, 后端的) are not part of its words.
    const chars = [...singles];
    while (chars.length && filler.has(chars[0]!)) chars.shift();
    while (chars.length && filler.has(chars.at(-1)!)) chars.pop();
    if (chars.length === 1) out.push(chars);
    else if (chars.length > 1) out.push(chars.slice(1).map((c, i) => chars[i]! + c));
    singles = '';
  };
  for (const part of parts) {
    if (part.length === 1) singles += part;
    else {
      flush();
      if (!filler.has(part)) out.push([part]);
    }
  }
  flush();
  return out;
}

/**
 * What a sentence says it is not (`限流是配在整个环境上的，不是单个资源`, "set on the stage, not on one resource",
 * "rather than the app"): the clause after the contrast, to the next punctuation, is left out. Only a contrast set
 * off by a comma, or 而不是 / rather than / instead of: `返回的不是 JSON` is the symptom itself.
 */
const NEGATED = /(?:[，,]\s*(?:不是|并不是|并非|not\s)|而不是|rather than|instead of)[^，,。.；;！!？?]*/g;

function terms(query: string, speller: Speller, thesaurus: Thesaurus): Term[] {
  const out: Term[] = [];
  let unit = 0;
  let corrected = 0;
  // A word said twice (`<script>…</script>`) is one word of the query.
  const seen = new Set<string>();
  const read = (text: string, negated: boolean) => {
    // What the sentence says it is not still orders the entries a little, but none must hold it.
    const factor = negated ? SINGLE : 1;
    // The trade's words first (限频, clock skew, throttled): each stands for every word of its concept.
    const { named, rest } = thesaurus.read(text);
    for (const { concept, alts, typed, context } of named)
      out.push({
        alts: [...typed, ...alts.filter((a) => !typed.includes(a))],
        typed: typed.length,
        factor,
        required: !context && !negated,
        unit: ++unit,
        concept: `${concept}:${typed.join('|')}`,
      });
    for (const word of rest.split(/[\s,;:()"'`[\]{}<>=/\\|，。；：？！、（）]+/)) {
      for (const run of word.match(CJK_RUNS) ?? []) {
        if (seen.has(run)) continue;
        seen.add(run);
        if (CJK.test(run)) {
          for (const word of cjkWords(run, thesaurus.filler)) {
            unit++;
            for (const w of word)
              out.push({
                alts: [w],
                factor: w.length === 1 ? SINGLE * factor : factor,
                required: w.length > 1 && !negated,
                unit,
              });
          }
        } else if (run.length >= 2 && WORD_CHAR.test(run) && !thesaurus.filler.has(run)) {
          // A word has a letter or a digit (`--` of an SQL comment, a table's `---` rule are not words).
          unit++;
          // Two corrections per query: past them a query is not typos but words this catalog does not hold (a
          // log line's fields, lorem ipsum), and each correction is a fuzzy search.
          const near =
            speller.known(run) || /\d/.test(run) || corrected >= MAX_CORRECTIONS
              ? []
              : (corrected++, speller.correct(run));
          out.push(
            near.length
              ? { alts: near, factor: TYPO * factor, required: !negated, unit }
              : { alts: [run], factor, required: !negated, unit },
          );
        }
      }
    }
  };
  read(query.replace(NEGATED, ' '), false);
  for (const [clause] of query.matchAll(NEGATED)) read(clause, true);
  return out.slice(0, MAX_TERMS);
}

type Found = { score: number; weight: number; field: Field; text: string; anchor?: string; titled?: boolean };

/** A field's texts as one string: a word it does not hold is ruled out by one search instead of one per text. */
const joined = new WeakMap<readonly string[], string>();
function joinedOf(texts: readonly string[]): string {
  let all = joined.get(texts);
  if (all === undefined) joined.set(texts, (all = texts.join('\u0000')));
  return all;
}

/** Where one term occurs in one entry: its score over the fields and the best field to show. */
function find(p: Prepared, t: Term): Found | null {
  if (!t.alts.some((a) => p.all.includes(a))) return null;
  let found: Found | null = null;
  // The query's own words first; a concept's other words stand in for them with less weight (流控 finds 频率控制).
  const typed = t.typed ?? t.alts.length;
  const groups =
    typed < t.alts.length
      ? ([
          [0, typed, 1],
          [typed, t.alts.length, SYNONYM],
        ] as const)
      : ([[0, typed, 1]] as const);
  const cjk = (t.cjk ??= t.alts.map((a) => CJK.test(a)));
  for (const f of FIELDS) {
    const texts = f.get(p);
    if (!texts.length) continue;
    // Where a word occurs (or is a whole keyword), the field's texts hold it: most words are in few fields.
    const all = texts.length === 1 ? texts[0]! : joinedOf(texts);
    if (!t.alts.some((a) => all.includes(a))) continue;
    const whole = f.field === 'keywords' || f.field === 'other';
    let k = -1;
    let alt = -1;
    let factor = 1;
    for (const [from, to, weight] of groups) {
      // A keyword that is the whole word (`超时`) says more than one that contains it (`客户端超时`).
      if (whole)
        for (let j = 0; j < texts.length && k < 0; j++)
          for (let a = from; a < to; a++)
            if (texts[j] === t.alts[a]) {
              k = j;
              alt = a;
            }
      for (let j = 0; j < texts.length && k < 0; j++)
        for (let a = from; a < to; a++)
          if (occurs(texts[j]!, t.alts[a]!, cjk[a]!)) {
            k = j;
            alt = a;
            break;
          }
      if (k >= 0) {
        factor = weight;
        break;
      }
    }
    if (k < 0) continue;
    const text = texts[k]!;
    const score = (f.weight + (whole && text === t.alts[alt] ? 2 : 0)) * factor;
    const first = !found;
    if (!found) found = { score, weight: f.weight, field: f.field, text: f.show(p, k) };
    else found.score += score;
    if (NAMING.has(f.field)) found.titled = true;
    // A word found in a reason lands on that reason's section, whichever field is shown; a word found only in
    // a section's text lands on that section.
    if (f.field === 'reason') found.anchor ??= p.doc.reasons[k]!.id;
    if (f.field === 'section' && first) found.anchor = p.doc.sections[k]!.id;
  }
  return found;
}

/**
 * Entries that hold the query's words, each word scored by the fields it is in (title and message first)
 * and by how rare it is among the entries (网关 and "request" are in nearly all of them); an entry must hold
 * the words that carry at least half the query's weight, and the more of that weight it holds the higher it
 * ranks. One pass finds every word in every entry; the rarity comes from the same pass.
 */
export type ConceptCache = Map<string, (Found | null)[]>;

export function wordHits(
  prepared: readonly Prepared[],
  query: string,
  speller: Speller,
  thesaurus: Thesaurus,
  cache: ConceptCache,
  /** The query speaks of the legacy ESB: its entries are not held back behind the gateway's. */
  esb = false,
  /** Pages: every section carries its page's name, so a word most of them hold still tells them apart by title. */
  pages = false,
): Hit[] {
  const n = prepared.length;
  const all = terms(query, speller, thesaurus);
  // Where a concept's words occur is the same for every query: found once, then read from the cache.
  const columns = all.map((t) => {
    if (t.concept === undefined) return prepared.map((p) => find(p, t));
    let column = cache.get(t.concept);
    if (!column) cache.set(t.concept, (column = prepared.map((p) => find(p, t))));
    return column;
  });
  const found = prepared.map((_, i) => columns.map((c) => c[i]!));
  const df = columns.map((c) => c.reduce((k, f) => k + (f ? 1 : 0), 0));
  const idf = df.map((d) => Math.log((n + 1) / (d + 0.5)));
  // A word no entry holds (a pair across two Chinese words, a typo beyond repair) is not held against any; nor
  // is a correction to a word a quarter of the entries hold (`onerror` is not a typo of "error").
  const live = all.map((t, j) => df[j]! > 0 && !(t.factor === TYPO && df[j]! * 4 > n));
  // Only words half the catalog holds (网关, error, request): nothing in the query tells entries apart.
  if (
    !pages &&
    !all.some((t, j) => live[j] && t.required && df[j]! * 2 <= n) &&
    !all.some((t, j) => live[j] && !t.required)
  )
    return [];
  // Most of a longer query's words found nowhere (lorem ipsum dolor sit amet): it is not about this catalog.
  const unitsOf = (test: (j: number) => boolean) =>
    new Set(all.filter((t, j) => t.required && test(j)).map((t) => t.unit));
  const liveUnits = unitsOf((j) => live[j]!);
  const deadUnits = unitsOf(() => true).size - liveUnits.size;
  // What a title may name: the words that must be held, and the context (后端, 测试环境) too.
  const naming = new Set(all.filter((t) => t.required || t.concept).map((t) => t.unit)).size;
  // Half of them is enough when the words found nowhere are words, not a log's data (a time, an id, a host).
  const deadWords = [...unitsOf((j) => !/\d/.test(all[j]!.alts[0]!))].filter((u) => !liveUnits.has(u)).length;
  // Words found nowhere, and the rest only deep in the entries' pages (a section's text), never in what names or
  // describes an entry: the query is about something else (Java's NullPointerException: `thread`, `main`).
  const strong = unitsOf((j) => live[j]! && columns[j]!.some((f) => f !== null && f.weight >= 3));
  // Words found nowhere, and none of the rest tells the entries apart: each is common (a fifth of the entries hold
  // `connection`, `failed`, 连接), only in what people asked or deep in a page, a typo's correction or a number. A word
  // of the trade's vocabulary does (超时, 限流), and so does a rarer word an entry is named by (title, message, reason,
  // keywords): `printer says connection failed on windows 11` is about a printer.
  const telling = all.some(
    (t, j) =>
      live[j] &&
      // (So does a word of the trade itself, 网关 or gateway, and a concept of the question's context, the backend.)
      (t.concept ||
        thesaurus.domain.has(t.alts[0]!) ||
        (t.required &&
          t.factor !== TYPO &&
          !/^\d+$/.test(t.alts[0]!) &&
          df[j]! * 5 < n &&
          columns[j]!.some((f) => f && f.weight >= 5))),
  );
  // A word of the trade's vocabulary (超时, 慢, 限流) says more that the question is about this catalog than a chat
  // word found nowhere says it is not: it counts twice against them (后端有个慢 SQL 要跑一分多钟，网关那边先报超时了).
  const trade = liveUnits.size + unitsOf((j) => live[j]! && all[j]!.concept !== undefined).size;
  if (
    liveUnits.size + deadUnits >= 3 &&
    (deadUnits > trade ||
      deadWords >= trade ||
      (!pages && deadWords > 0 && strong.size === 0) ||
      // (A sentence a fifth of whose words are found nowhere: in a longer one, copied from a page, the catalog's own
      // ordinary words carry it.)
      (!pages && deadWords * 5 >= liveUnits.size + deadUnits && !telling))
  )
    return [];
  // Words none of which is found, and a stray character that is (今天天气怎么样: 天气 nowhere, 样 somewhere).
  if (deadUnits > 0 && liveUnits.size === 0) return [];
  // Each unit of the query weighs the mean rarity of its words; an entry holds the share of them it has.
  const units = new Map<number, { idf: number; size: number }>();
  // The units that are a concept of the vocabulary (not a context such as 测试环境 or 后端: those need not be held).
  const concepts = new Set(all.filter((t, j) => t.concept && t.required && live[j]).map((t) => t.unit));
  all.forEach((t, j) => {
    if (!t.required || !live[j]) return;
    const u = units.get(t.unit) ?? { idf: 0, size: 0 };
    units.set(t.unit, { idf: u.idf + idf[j]!, size: u.size + 1 });
  });
  // In a typed question, a word of the trade's vocabulary (秘钥, 加白, 偶发) is what it is about: it weighs in the share
  // an entry holds at least as much as the rarest other word, which may be a word of chat that one entry's questions
  // happen to hold (秘钥填错了: 填错). In a paste or a log line the literal text says more than the trade's words in it.
  if (query.length <= LONG) {
    let heaviest = 0;
    for (const [k, u] of units) if (!concepts.has(k)) heaviest = Math.max(heaviest, u.idf / u.size);
    for (const k of concepts) {
      const u = units.get(k)!;
      if (u.idf / u.size < heaviest) units.set(k, { idf: heaviest * u.size, size: u.size });
    }
  }
  let total = 0;
  for (const u of units.values()) total += u.idf / u.size;
  const phrase = all.length > 1 ? query : null;
  const mean = units.size ? total / units.size : 1;
  const needles = all.filter((_, j) => live[j]).flatMap((t) => t.alts);
  const scored: (Hit & { coverage: number })[] = [];
  prepared.forEach((p, i) => {
    let score = 0;
    let held = 0;
    const titled = new Set<number>();
    let shown: Found | null = null;
    let anchor: string | undefined;
    all.forEach((t, j) => {
      const f = found[i]![j];
      if (!f || !live[j]) return;
      if (!shown || f.weight > shown.weight) shown = f;
      anchor ??= f.anchor;
      if (f.titled && (t.required || t.concept)) titled.add(t.unit);
      if (t.required) {
        // A word found only among the words people asked with is three quarters of a word: those bags hold chat's filler.
        const u = units.get(t.unit)!;
        held += ((f.field === 'asked' ? 0.75 : 1) * u.idf) / u.size / u.size;
      }
      score += f.score * t.factor * idf[j]!;
    });
    if (!shown || score === 0) return;
    // The whole query in a field counts again; a keyword or title that is the whole query, more.
    if (phrase)
      for (const f of PHRASE_FIELDS) {
        const texts = f.get(p);
        if (texts.some((text) => text === phrase)) score += f.weight * 6 * mean;
        else if (texts.some((text) => text.includes(phrase))) score += f.weight * 2 * mean;
      }
    if (p.doc.system === 'esb') score *= esb ? 1 : MINOR * MINOR;
    else if (p.doc.minor) score *= MINOR;
    const { field, text } = shown as Found;
    // In steps of a twentieth, so rounding does not decide between two entries that hold the same words.
    // A query of single characters only (`慢`) is held by any entry that has one.
    const coverage = total ? Math.round((held / total) * 20) / 20 : 1;
    const named = naming ? titled.size / naming : 0;
    scored.push({ i: p.i, score, field, text, anchor, needles, coverage, named });
  });
  // A short query: the entries that hold all of it, else those that hold half. A sentence (three words or more)
  // rarely has all its words in one entry: three quarters of it is as good, and the score decides.
  if (units.size < 3) {
    const complete = scored.filter((h) => h.coverage === 1);
    const enough = complete.length ? complete : scored.filter((h) => h.coverage >= 0.5);
    return enough.sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.i - b.i);
  }
  // Where no entry holds half of it, a sentence whose words this catalog does use (one copied from deep in a page)
  // is still answered: by the entries that hold a quarter of it.
  const tier = (h: { coverage: number }) =>
    h.coverage >= 0.75 ? 3 : h.coverage >= 0.5 ? 2 : h.coverage >= 0.25 ? 1 : 0;
  const floor = scored.some((h) => tier(h) > 1) ? 1 : 0;
  return scored
    .filter((h) => tier(h) > floor)
    .sort((a, b) => tier(b) - tier(a) || b.score * b.coverage - a.score * a.coverage || a.i - b.i);
}
