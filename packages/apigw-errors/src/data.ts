/**
 * The catalog's data, computed from content/ when the command line runs from a clone (`npx tsx
 * packages/apigw-errors/src/cli.ts`, from the repository's root). The bundle replaces this module with the
 * data computed at build time (build.ts), so the package carries no loader and reads no file.
 */
import { catalogData } from './catalog-data';
import { loadCatalog } from '../../../lib/catalog/load';

export const data = catalogData(loadCatalog());
