import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load';
import { VECTORS_FILE, vectorsFile, type Vectors } from './vectors';

const catalog = loadCatalog();

describe('docs/resolver-vectors.json: the shared vectors of the resolver address', () => {
  it('is current with the catalog (run `npm run vectors` and commit the file when this fails)', () => {
    expect(fs.readFileSync(VECTORS_FILE, 'utf8')).toBe(vectorsFile(catalog));
  });

  it("holds every entry once, with the fields of its example's response", () => {
    const { vectors } = JSON.parse(fs.readFileSync(VECTORS_FILE, 'utf8')) as Vectors;
    expect(vectors.map((v) => v.entry).sort()).toEqual([...catalog.bySlug.keys()].sort());
    const v = vectors.find((x) => x.entry === 'app-no-permission')!;
    expect(v).toMatchObject({ status: 403, code: 1640301, code_name: 'APP_NO_PERMISSION' });
    expect(v.message).toBe('App has no permission to the resource [reason="no permission, bk_app_code=my-app"]');
    expect(v.query).toEqual({ status: '403', code: '1640301', code_name: 'APP_NO_PERMISSION', message: v.message });
    // A status with no body (499) gives the status alone.
    expect(vectors.find((x) => x.entry === 'client-closed-request')!.query).toEqual({ status: '499' });
  });
});
