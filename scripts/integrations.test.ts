// The Python snippet of docs/integrations.md, run as written under python3 (standard library only) on every
// shared vector (docs/resolver-vectors.json): the address it builds must carry the vector's query and land on
// the vector's entry through the resolver. The response it reads is a stand-in with the three members of
// requests.Response the snippet uses (status_code; headers, case-insensitive as requests' CaseInsensitiveDict;
// json(), raising ValueError on a body that is not JSON, as requests' JSONDecodeError does), reached as
// `err.response` of an exception shaped like bkapi-client-core's ResponseError (exceptions.py).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../lib/catalog/load';
import { VECTORS_FILE, type Vectors } from '../lib/catalog/vectors';
import { readQuery, resolve } from '../lib/classify/index';

const DOC = path.resolve('docs', 'integrations.md');

/** The fenced Python block of the page that defines the function. */
function snippet(): string {
  const blocks = [...fs.readFileSync(DOC, 'utf8').matchAll(/^```python\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.includes('def apigw_error_link('));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const HARNESS = String.raw`
import importlib.util, json, sys
from urllib.parse import urlsplit, parse_qsl

spec = importlib.util.spec_from_file_location("apigw_error_link", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)


class Headers(dict):
    """Case-insensitive on reads, as requests.structures.CaseInsensitiveDict."""
    def get(self, key, default=None):
        for k, v in self.items():
            if k.lower() == key.lower():
                return v
        return default


class Response:
    def __init__(self, status, headers, body):
        self.status_code = status
        self.headers = Headers(headers)
        self.text = body

    def json(self):
        return json.loads(self.text)  # json.JSONDecodeError is a ValueError


class ResponseError(Exception):
    def __init__(self, *args, response=None):
        super().__init__(*args)
        self.response = response


out = []
for v in json.load(open(sys.argv[2], encoding="utf-8"))["vectors"]:
    r = v["response"]
    err = ResponseError("Error responded by API Gateway", response=Response(r["status"], r["headers"], r["body"]))
    url = mod.apigw_error_link(err.response, lang="en", portal="https://portal.test/docs/apigw-errors/")
    parts = urlsplit(url)
    out.append({"entry": v["entry"], "url": url, "path": parts.path, "query": dict(parse_qsl(parts.query))})
out.append({"none": mod.apigw_error_link(None)})
json.dump(out, sys.stdout)
`;

describe('docs/integrations.md: the Python snippet on the shared vectors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-py-'));
  fs.writeFileSync(path.join(dir, 'apigw_error_link.py'), snippet());
  fs.writeFileSync(path.join(dir, 'harness.py'), HARNESS);
  const out = JSON.parse(
    execFileSync('python3', [path.join(dir, 'harness.py'), path.join(dir, 'apigw_error_link.py'), VECTORS_FILE], {
      encoding: 'utf8',
    }),
  ) as { entry: string; url: string; path: string; query: Record<string, string> }[];
  const { vectors } = JSON.parse(fs.readFileSync(VECTORS_FILE, 'utf8')) as Vectors;
  const rules = loadRules();

  it('runs on every vector, and gives nothing without a response', () => {
    expect(out.slice(0, -1).map((o) => o.entry)).toEqual(vectors.map((v) => v.entry));
    expect(out.at(-1)).toEqual({ none: null });
  });

  it.each(vectors.map((v, i) => [v.entry, v, i] as const))(
    '%s: the address carries the fields and lands on the entry',
    (slug, v, i) => {
      const o = out[i]!;
      expect(o.path).toBe('/docs/apigw-errors/en/r/');
      expect(o.query).toEqual(v.query);
      const landed = resolve(readQuery(new URL(o.url).search), rules);
      expect(landed).toMatchObject({ kind: 'entry', entry: slug });
    },
  );
});
