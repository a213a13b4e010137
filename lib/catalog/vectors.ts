/**
 * Shared test vectors for every tool that builds the resolver's address: one per catalog entry, from the
 * response the entry's page shows (its example's status, headers and body), with the fields a tool reads from
 * it (status, code, code_name, message), the query it should put in `/{lang}/r/?…` and the entry the resolver
 * must land on. Written to docs/resolver-vectors.json by `npm run vectors`; a test holds the file current.
 * The resolver's own tests, the Python snippet of docs/integrations.md and the packaged command line read it.
 */
import path from 'node:path';
import type { Catalog, Entry } from './load';

const VECTORS_VERSION = 1;
/** Where the vectors are checked in: beside the integration kit that uses them. */
export const VECTORS_FILE = path.resolve('docs', 'resolver-vectors.json');

export type Vector = {
  /** The entry whose example response this is; the resolver must land on it. */
  entry: string;
  /** The response as a tool receives it. */
  response: { status: number; headers: Record<string, string>; body: string };
  /** The fields a tool reads from it: the body's, else the X-Bkapi-Error-* headers'; null where absent. */
  status: number;
  code: number | null;
  code_name: string | null;
  message: string | null;
  /** The resolver's query parameters built from those fields, empty ones left out (order free). */
  query: Record<string, string>;
};

export type Vectors = { version: number; generated_by: string; resolver: string; vectors: Vector[] };

function header(headers: Record<string, string>, name: string): string | null {
  const found = Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase());
  return found ? found[1] : null;
}

/** The body as a JSON object, or null where it is not one (an HTML page, no body). */
function jsonObject(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function vector(entry: Entry): Vector {
  const { status, example } = entry.meta;
  const body = jsonObject(example.body);
  const field = (name: string) => {
    const v = body?.[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  };
  const codeText = field('code') || header(example.headers, 'X-Bkapi-Error-Code');
  const code = codeText !== null && /^\d+$/.test(codeText) ? Number(codeText) : null;
  const code_name = field('code_name');
  const message = field('message') || header(example.headers, 'X-Bkapi-Error-Message');
  const query: Record<string, string> = { status: String(status) };
  if (code !== null) query.code = String(code);
  if (code_name) query.code_name = code_name;
  if (message) query.message = message;
  return {
    entry: entry.slug,
    response: { status, headers: example.headers, body: example.body },
    status,
    code,
    code_name: code_name || null,
    message: message || null,
    query,
  };
}

export function resolverVectors(catalog: Catalog): Vectors {
  return {
    version: VECTORS_VERSION,
    generated_by: 'npm run vectors (lib/catalog/vectors.ts) from the catalog; do not edit',
    resolver: '/{lang}/r/?status=…&code=…&code_name=…&message=… (docs/resolver.md)',
    vectors: catalog.entries.map(vector),
  };
}

/** The file's text: stable, one vector per line block, ending with a newline. */
export function vectorsFile(catalog: Catalog): string {
  return `${JSON.stringify(resolverVectors(catalog), null, 2)}\n`;
}
