// Reads and checks every content file, as the build does; prints the first problem, naming the file.
import { readCatalog } from '../lib/catalog/load';

try {
  const catalog = readCatalog();
  console.log(
    `content ok: ${catalog.entries.length} entries, ${catalog.pages.size} pages, ${catalog.statusNotes.size} status notes`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
