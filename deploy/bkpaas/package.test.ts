/**
 * The S-mart package `npm run bkpaas` writes (scripts/bkpaas.ts), as the developer center reads it: its file
 * name, its layout (TencentBlueKing/blueking-paas@3aa862b smart_app/services/detector.py:49,65, dispatch.py:55-90,
 * engine/utils/patcher.py:42-50) and its package.json (the legacy Node buildpack: bk-deploy.md §1.4). The export
 * here is a small stand-in; `npm run bkpaas` runs the same checks on the real one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULT_NODE_VERSION,
  pack,
  packageJsonText,
  packageName,
  packageProblems,
  PLACEHOLDER,
  readTar,
  stage,
} from '../../scripts/bkpaas';

let tmp = '';
let exportDir = '';
let stageDir = '';
let file = '';
const NAME = 'apigw-errors-0.1.0.tar.gz';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bkpaas-package-'));
  exportDir = path.join(tmp, 'export');
  const files: Record<string, string> = {
    'index.html': `<html><head></head><body><script>var b="${PLACEHOLDER}"</script></body></html>`,
    '404.html': `<html><head></head><body><a href="${PLACEHOLDER}/zh/">404</a></body></html>`,
    // A path as long as the export's longest (95 characters under out/): the tar header's prefix field.
    [`_next/static/chunks/app/${'[lang]/errors/[slug]/'.repeat(2)}page-0123456789abcdef0123456789.js`]: 'x',
    '_csp/nginx-map.conf': '"/index.html" "";\n',
    'zh/index.html': '<html><head></head><body>zh</body></html>',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(exportDir, name)), { recursive: true });
    fs.writeFileSync(path.join(exportDir, name), text);
  }
  stageDir = path.join(tmp, 'stage');
  stage({ exportDir, stageDir, version: '0.1.0', nodeVersion: DEFAULT_NODE_VERSION });
  file = path.join(tmp, NAME);
  pack(stageDir, file);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const names = () => readTar(fs.readFileSync(file)).map((e) => e.name);

describe('the package', () => {
  it('is taken as it is: no problem the checks know', () => {
    expect(packageProblems(NAME, fs.readFileSync(file))).toEqual([]);
  });

  it('is named <code>-<version>.tar.gz from app_desc.yaml, in the characters the upload takes (serializers.py:46)', () => {
    const desc = fs.readFileSync(path.join(stageDir, 'app_desc.yaml'), 'utf8');
    expect(packageName(desc)).toBe(NAME);
    expect(NAME).toMatch(/^[a-zA-Z0-9\-_.]+$/);
  });

  it('has app_desc.yaml at its root, the first the detector finds (detector.py:65), beside the server and out/', () => {
    const list = names();
    expect(list[0]).toBe('./');
    expect([...list].sort().find((n) => /app_desc\.ya?ml$/.test(n))).toBe('./app_desc.yaml');
    expect(list).toEqual(
      expect.arrayContaining([
        './package.json',
        './server.cjs',
        './csp.cjs',
        './logo.png',
        './out/',
        './out/index.html',
        './out/404.html',
      ]),
    );
  });

  it('carries no .Version, Procfile, node_modules, nginx map, tests or links: the source flavour', () => {
    const list = names();
    expect(list.filter((n) => /(^|\/)(\.Version|Procfile|node_modules)(\/|$)/.test(n))).toEqual([]);
    expect(list.filter((n) => n.includes('_csp'))).toEqual([]);
    expect(list.filter((n) => /\.test\.ts$|\.d\.cts$|\.yaml$/.test(n) && n !== './app_desc.yaml')).toEqual([]);
    expect(readTar(fs.readFileSync(file)).filter((e) => e.type !== '0' && e.type !== '5')).toEqual([]);
  });

  it('is a tar GNU tar lists the same way (ustar, long names split), and the same tree gives the same bytes', () => {
    const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(names());
    expect(listed.some((n) => n.length > 100)).toBe(true);
    const again = path.join(tmp, 'again.tar.gz');
    pack(stageDir, again);
    expect(fs.readFileSync(again).equals(fs.readFileSync(file))).toBe(true);
    // Files as they were staged.
    const out = path.join(tmp, 'extracted');
    fs.mkdirSync(out);
    execFileSync('tar', ['-xzf', file, '-C', out]);
    expect(fs.readFileSync(path.join(out, 'server.cjs'))).toEqual(fs.readFileSync(path.join(stageDir, 'server.cjs')));
    expect(fs.readFileSync(path.join(out, 'out/404.html'), 'utf8')).toContain(PLACEHOLDER);
  });

  it('has a package.json the Node buildpack installs nothing from and builds nothing with, pinned to one Node', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(stageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.devDependencies).toBeUndefined();
    expect(Object.keys(pkg.scripts as object)).toEqual(['start']);
    expect(pkg.engines).toEqual({ node: '16.16.0' });
    expect(pkg.version).toBe('0.1.0');
    // pre-install-nodejs:9-10 downloads exactly node-v<engines.node>: a range would name no file.
    expect(() => packageJsonText('{}', '0.1.0', '>= 16')).toThrow(/exact/);
    expect(() => packageJsonText('{}', '0.1.0', '16.x')).toThrow(/exact/);
  });

  it('carries a PNG logo.png beside app_desc.yaml, which becomes the market logo (detector.py:218)', () => {
    const logo = fs.readFileSync(path.join(stageDir, 'logo.png'));
    expect(logo.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it("fills app_desc.yaml's version", () => {
    expect(parse(fs.readFileSync(path.join(stageDir, 'app_desc.yaml'), 'utf8')).appVersion).toBe('0.1.0');
  });
});

describe('the checks refuse what the platform or its buildpack would refuse', () => {
  /** A package made from the staged tree after `change`. */
  function variant(change: (dir: string) => void, name = NAME): string[] {
    const dir = fs.mkdtempSync(path.join(tmp, 'variant-'));
    fs.cpSync(stageDir, dir, { recursive: true });
    change(dir);
    const f = path.join(tmp, `${path.basename(dir)}.tar.gz`);
    pack(dir, f);
    return packageProblems(name, fs.readFileSync(f));
  }
  const editPackage = (dir: string, edit: (p: Record<string, unknown>) => void) => {
    const p = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    edit(p);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(p));
  };

  it('a .Version (dispatch.py:55-90), a Procfile (patcher.py:42-50), node_modules, the nginx map', () => {
    expect(variant((d) => fs.writeFileSync(path.join(d, '.Version'), 'cnb-image-layers'))).toEqual([
      expect.stringContaining('.Version'),
    ]);
    expect(variant((d) => fs.writeFileSync(path.join(d, 'Procfile'), 'web: node x.js'))).toEqual([
      expect.stringContaining('Procfile'),
    ]);
    expect(variant((d) => fs.mkdirSync(path.join(d, 'node_modules', 'x'), { recursive: true }))).toEqual([
      'node_modules present',
    ]);
    expect(variant((d) => fs.mkdirSync(path.join(d, 'out', '_csp')))).toEqual(['out/_csp/ present']);
  });

  it('app_desc.yaml below the root, or missing (detector.py:49,65)', () => {
    const moved = variant((d) => {
      fs.mkdirSync(path.join(d, 'pkg'));
      fs.renameSync(path.join(d, 'app_desc.yaml'), path.join(d, 'pkg', 'app_desc.yaml'));
    });
    expect(moved).toEqual([expect.stringContaining('not at the root')]);
    expect(variant((d) => fs.rmSync(path.join(d, 'app_desc.yaml')))).toEqual(['no app_desc.yaml (detector.py:65)']);
  });

  it('dependencies, a build script, a Node range in package.json', () => {
    expect(variant((d) => editPackage(d, (p) => (p.dependencies = { next: '16' })))).toEqual([
      'package.json has dependencies',
    ]);
    expect(variant((d) => editPackage(d, (p) => (p.scripts = { build: 'next build' })))).toEqual([
      'package.json has a build script',
    ]);
    expect(variant((d) => editPackage(d, (p) => (p.engines = { node: '>= 16.16.0' })))).toEqual([
      'package.json engines.node is not exact',
    ]);
  });

  it('an export not built with the placeholder, a missing server, a bad name, a link', () => {
    expect(
      variant((d) => fs.writeFileSync(path.join(d, 'out', 'index.html'), '<html><head></head><body></body></html>')),
    ).toEqual([expect.stringContaining('does not carry /__bk_base_path__')]);
    expect(variant((d) => fs.rmSync(path.join(d, 'server.cjs')))).toEqual(['server.cjs missing']);
    expect(variant(() => {}, 'apigw errors.tar.gz')).toEqual([expect.stringContaining('serializers.py:46')]);
    expect(() => variant((d) => fs.symlinkSync('/etc/passwd', path.join(d, 'out', 'passwd')))).toThrow(/no links/);
  });

  it('a link or a path out of the package in a tar made elsewhere', () => {
    // A hand-made tar: one symlink entry (type 2) and one ../ entry.
    const header = (name: string, type: string, link = '') => {
      const h = Buffer.alloc(512);
      h.write(name, 0);
      h.write('0000644\0', 100);
      h.write('00000000000\0', 124);
      h.write(type, 156);
      h.write(link, 157);
      h.write('ustar\0', 257);
      return h;
    };
    const tar = zlib.gzipSync(
      Buffer.concat([header('./app_desc.yaml', '2', '/etc/passwd'), header('../escape', '0'), Buffer.alloc(1024)]),
    );
    const found = packageProblems(NAME, tar);
    expect(found).toContain('./app_desc.yaml: type 2, not a file or directory');
    expect(found).toContain('../escape: leaves the package');
  });
});
