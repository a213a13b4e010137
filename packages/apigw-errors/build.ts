/**
 * Builds the package: one ES module, dist/apigw-errors.mjs, holding the command line, the classifier (through
 * lib/classify/index.ts), its rules, the catalog's data (computed here from content/ by the one loader),
 * commander and the MCP SDK. So the packed package has no dependencies: installing it fetches nothing, and
 * never Next or React. Run from anywhere: `npx tsx packages/apigw-errors/build.ts` (`npm pack` runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { catalogData } from './src/catalog-data';
import { readCatalog } from '../../lib/catalog/load';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
export const OUTFILE = path.join(HERE, 'dist', 'apigw-errors.mjs');

/** `./data` (the loader, reading content/ at run time) becomes the data itself. */
const embedData = (data: unknown): Plugin => ({
  name: 'embed-catalog-data',
  setup(b) {
    b.onResolve({ filter: /^\.\/data$/ }, (args) =>
      args.importer === path.join(HERE, 'src', 'cli.ts') ? { path: 'catalog-data', namespace: 'embedded' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'embedded' }, () => ({
      contents: `export const data = ${JSON.stringify(data)};`,
      loader: 'js',
    }));
  },
});

export async function buildCli(): Promise<{ file: string; bytes: number; packages: string[] }> {
  const data = catalogData(readCatalog(path.join(ROOT, 'content')));
  const { version } = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8')) as { version: string };
  const result = await build({
    entryPoints: [path.join(HERE, 'src', 'cli.ts')],
    outfile: OUTFILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    metafile: true,
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { __VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    // The MCP SDK's CommonJS parts call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __apigwRequire } from 'node:module';\nconst require = __apigwRequire(import.meta.url);",
    },
    plugins: [embedData(data)],
    logLevel: 'warning',
  });
  fs.chmodSync(OUTFILE, 0o755);
  // Each bundled package's folder (the innermost node_modules/ of a file), and its licence beside its code.
  const dirs = new Map<string, string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (m) dirs.set(m[2]!, path.resolve(ROOT, m[1]!));
  }
  const packages = [...dirs.keys()].sort();
  const notices = packages.map((name) => {
    const dir = dirs.get(name)!;
    const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const { version: v, license } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      version: string;
      license?: string;
    };
    const text = file
      ? fs.readFileSync(path.join(dir, file), 'utf8').trim()
      : `License: ${license ?? 'see the package'}`;
    return `${name}@${v} (${license ?? 'unknown'})\n\n${text}`;
  });
  fs.writeFileSync(
    path.join(HERE, 'dist', 'THIRD-PARTY-LICENSES.txt'),
    `${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`,
  );
  return { file: OUTFILE, bytes: fs.statSync(OUTFILE).size, packages };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { file, bytes, packages } = await buildCli();
  console.log(
    `${path.relative(process.cwd(), file)}: ${(bytes / 1024).toFixed(0)} KiB, bundling ${packages.join(', ')}`,
  );
}
