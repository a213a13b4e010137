import { z } from 'zod';
import { RELEASE_NAMES, type Release } from './releases';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII kebab-case');

/** Who has to act to fix the error. */
export const Actor = z.enum(['caller', 'gateway-owner', 'backend-owner']);

/** Which system writes this error: the API gateway, the legacy ESB (component gateway), or nobody (a logged status with no body). */
const System = z.enum(['gateway', 'esb', 'none']);

/** A named, linkable section of an entry for one reason text (its heading carries `[#id]` in both languages). */
export const Reason = z.strictObject({
  /** The heading id of the section, same in both languages. */
  id: slug,
  /** The text that identifies the reason in a response message, as the gateway sends it. */
  text: z.string().min(1),
});

/** The example response of an entry: what a caller receives. */
export const Example = z.strictObject({
  /** Response headers worth showing, in the order sent. */
  headers: z.record(z.string(), z.string()).default({}),
  /** The body as sent; empty for a response without one. */
  body: z.string().default(''),
});

const ReleaseName = z.custom<Release>((v) => typeof v === 'string' && (RELEASE_NAMES as string[]).includes(v), {
  message: `not a release/1.x branch of the gateway (known: ${RELEASE_NAMES.join(', ')})`,
});

/** `release/1.19 src/apisix/plugins/bk-error-wrapper.lua:80-90`: a file and line on one branch (or master). */
const Citation = z
  .string()
  .regex(
    /^(release\/1\.\d+|master) \S+:\d+(-\d+)?(,\d+(-\d+)?)*$/,
    'a citation reads "release/1.N path/in/repo.lua:line" (or "master path:line")',
  );

/** What the gateway does in a range of its releases, where that differs from release to release. */
const ReleaseNote = z
  .strictObject({
    /** The first release that behaves so; absent: every release before `until`. */
    from: ReleaseName.optional(),
    /** The last release that behaves so; absent: every release since `from`. */
    until: ReleaseName.optional(),
    /**
     * The texts the note is about, by their template in content/reference/gateway-texts.jsonl: a test holds
     * the range to the releases those texts exist on.
     */
    texts: z.array(z.string().min(1)).default([]),
    /** For a note about behaviour rather than wording: file and line on each end of the range it speaks of. */
    source: z.array(Citation).default([]),
    zh: z.string().min(1),
    en: z.string().min(1),
  })
  .refine((r) => r.from !== undefined || r.until !== undefined, 'a release note needs from, until or both')
  .refine((r) => r.texts.length > 0 || r.source.length > 0, 'a release note names its texts or cites its source')
  .refine(
    (r) => !r.from || !r.until || RELEASE_NAMES.indexOf(r.from) <= RELEASE_NAMES.indexOf(r.until),
    'from comes after until',
  );
export type ReleaseNote = z.infer<typeof ReleaseNote>;

const Keywords = z.array(z.union([z.string().trim().min(1), z.number().transform(String)])).min(1);

/** The language-neutral data of one entry: `content/errors/<slug>/entry.yaml`. */
export const EntryMeta = z.strictObject({
  /** The HTTP status the error arrives with. */
  status: z.number().int().min(100).max(599),
  /** The numeric error code in the body; null for a status that has no body (499). */
  code: z.number().int().nullable(),
  /** The code_name in the body; null where the protocol has none. */
  code_name: z
    .string()
    .regex(/^[A-Za-z0-9_]+$/)
    .nullable(),
  system: System,
  /** The message exactly as the body carries it (suffixes included). */
  message: z.string(),
  /** Case-insensitive substrings of a message that identify this entry among those with the same code. */
  match: z.array(z.string().min(1)).default([]),
  /** Whole messages (trimmed, case-insensitive) that identify this entry, where a substring would be too loose. */
  match_exact: z.array(z.string().min(1)).default([]),
  /** The entry to fall back on when a response has this code but no identifying text matches. */
  default_for_code: z.boolean().default(false),
  /** The code's status digits do not follow the HTTP status (1650070 carries the upstream's). */
  status_from_upstream: z.boolean().default(false),
  reasons: z.array(Reason).default([]),
  /**
   * The texts of content/reference/gateway-texts.jsonl this entry explains, by template: each is explained by
   * exactly one entry, and its page names it (lib/catalog/reference.test.ts).
   */
  texts: z.array(z.string().min(1)).default([]),
  /** What differs between the gateway's releases, oldest first; shown on the page and carried in /catalog.json. */
  releases: z.array(ReleaseNote).default([]),
  actor: Actor,
  /** Still raised, but on its way out. */
  deprecated: z.boolean().default(false),
  /** Defined in the source but never raised, or raised only by the old gateway. */
  legacy: z.boolean().default(false),
  /** Former slugs that must keep resolving. */
  aliases: z.array(slug).default([]),
  related: z.array(slug).default([]),
  /** Anchors of the gateway-or-backend guide this entry points to. */
  guide: z.array(slug).default([]),
  /** Sort order within a status group; lower first. */
  order: z.number().default(100),
  example: Example,
  /**
   * Words people search with that the entry's text does not use (synonyms, symptoms, log lines), in each
   * language. Search reads both languages' on either site.
   */
  keywords: z.strictObject({ zh: Keywords, en: Keywords }),
  /**
   * How people ask about this entry in issues and chats: whole questions or sentences, at least eight per
   * language, written as users write them (slang, typos, pasted fragments). `sources` cites the real threads
   * and documentation pages some of them come from.
   */
  asked: z
    .strictObject({
      zh: z.array(z.string().trim().min(1)).min(8),
      en: z.array(z.string().trim().min(1)).min(8),
      sources: z.array(z.string().url()).optional(),
    })
    .optional(),
});
export type EntryMeta = z.infer<typeof EntryMeta>;

/** The frontmatter of `content/errors/<slug>/{zh,en}.mdx`. */
export const EntryFrontmatter = z.strictObject({
  /** A short human title for the entry. */
  title: z.string().min(1),
  /** One sentence: what happened, in plain words. */
  summary: z.string().min(1),
  /** The first thing to do, as a short imperative (the classify page's headline and the entry's "how to fix" line). */
  action: z.string().min(1).max(60),
});
export type EntryFrontmatter = z.infer<typeof EntryFrontmatter>;

/** The frontmatter of a content page (`content/pages/<name>/{zh,en}.mdx`). */
export const PageFrontmatter = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  /**
   * What people call the page when they look for it (网关还是后端, "response headers", 组件 API 网关): search finds
   * the page by these as by its title, and a query holding one of them whole asks for the page.
   */
  names: z.array(z.string().trim().min(2).max(40)).optional(),
  /**
   * How people ask for the page (`page`) or one of its sections (its id), in their own words ("which header shows
   * the gateway rejected my call", 请求有没有到达后端服务): search reads their words as that section's names.
   */
  asked: z.record(z.string(), z.array(z.string().trim().min(4).max(120)).min(1)).optional(),
  /** Where those questions are asked (issue threads, FAQ pages). */
  asked_sources: z.array(z.string().url()).optional(),
});
export type PageFrontmatter = z.infer<typeof PageFrontmatter>;
