// `npm run vectors`: writes docs/resolver-vectors.json, the shared test vectors of the resolver's address
// (lib/catalog/vectors.ts), from the catalog. Commit the file; lib/catalog/vectors.test.ts fails when it is stale.
import fs from 'node:fs';
import path from 'node:path';
import { readCatalog } from '../lib/catalog/load';
import { VECTORS_FILE, vectorsFile } from '../lib/catalog/vectors';

const text = vectorsFile(readCatalog());
fs.writeFileSync(VECTORS_FILE, text);
console.log(`${path.relative(process.cwd(), VECTORS_FILE)}: ${JSON.parse(text).vectors.length} vectors`);
