import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { CONTENT_DIR, ContentError } from './load';

/**
 * The trade's vocabulary (`content/vocabulary.yaml`): for each concept, the words people use for it in both
 * languages (限频, 限流, 流控, throttled, rate limit…) and where those words come from. Checked in by concept,
 * not by entry: search reads every word of a concept as the others, so every entry that speaks of the
 * concept in any of them is found by all of them.
 */
const Term = z.string().trim().min(1).max(40);
export const Concept = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  zh: z.array(Term).min(1),
  en: z.array(Term).min(1),
  /** Where, not what (测试环境, 后端): a question's context; it orders the entries but no entry must hold it. */
  context: z.literal(true).optional(),
  sources: z.array(z.string().url()).min(1),
});
export type Concept = z.infer<typeof Concept>;
const Vocabulary = z.strictObject({ concepts: z.array(Concept).min(1) });

export function readVocabulary(root = CONTENT_DIR): Concept[] {
  const file = path.join(root, 'vocabulary.yaml');
  const rel = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) return [];
  let data: unknown;
  try {
    data = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContentError(rel, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = Vocabulary.safeParse(data);
  if (!parsed.success)
    throw new ContentError(
      rel,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
    );
  const seen = new Set<string>();
  for (const c of parsed.data.concepts) {
    if (seen.has(c.id)) throw new ContentError(rel, `concept "${c.id}" is listed twice`);
    seen.add(c.id);
  }
  return parsed.data.concepts;
}

let cached: Concept[] | undefined;
/** The vocabulary, read once per process. */
export function loadVocabulary(): Concept[] {
  return (cached ??= readVocabulary());
}
