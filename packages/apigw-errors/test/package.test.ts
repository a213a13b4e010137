// The package as people get it: built (build.ts), packed with `npm pack`, installed from the .tgz into an empty
// folder with npm's offline mode (it has no dependencies, so nothing is fetched), and run: the command line's
// commands and exit statuses, and the MCP server spoken to in JSON-RPC over its standard input and output.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../build';

const PKG = path.resolve('packages', 'apigw-errors');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-errors-pack-'));
const INSTALL = path.join(TMP, 'project');
const BIN = path.join(INSTALL, 'node_modules', '.bin', 'apigw-errors');

const SECRET = 's3cr3t-Xy9-very-secret-value';
const TOKEN = 'tok-9f8e7d6c5b4a3210fedcba';
const GATEWAY_PASTE = [
  '> GET /prod/api/v1/hosts/?access_token=' + TOKEN + ' HTTP/1.1',
  '> Host: bkapi.example.com',
  `> X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "${SECRET}"}`,
  '>',
  '< HTTP/1.1 403 Forbidden',
  '< Content-Type: application/json',
  '< X-Bkapi-Error-Code: 1640301',
  '< X-Bkapi-Request-Id: f466f78c-5130-4410-9d71-6b65c320cc3f',
  '<',
  '{"code":1640301,"data":null,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource [reason=\\"no permission, bk_app_code=my-app\\"]","result":false}',
  '',
].join('\n');
const BACKEND_PASTE =
  'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nX-Bkapi-Request-Id: 7c4d6a1e-2b3f-4c5d-9e8f-0a1b2c3d4e5f\r\nServer: gunicorn\r\n\r\n{"detail":"Not found."}\n';

let bundled: string[] = [];

function run(args: string[], input?: string) {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8', cwd: TMP });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  return (async () => {
    bundled = (await buildCli()).packages;
    const npm = (args: string[], cwd: string) => {
      const r = spawnSync('npm', args, { cwd, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npm ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    const tgz = npm(['pack', '--ignore-scripts', '--pack-destination', TMP, '--silent'], PKG)
      .trim()
      .split('\n')
      .at(-1)!;
    fs.mkdirSync(INSTALL);
    fs.writeFileSync(path.join(INSTALL, 'package.json'), '{"name":"project","private":true}\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(TMP, tgz)], INSTALL);
    fs.writeFileSync(path.join(TMP, 'gateway.txt'), GATEWAY_PASTE);
    fs.writeFileSync(path.join(TMP, 'backend.txt'), BACKEND_PASTE);
  })();
}, 180_000);

afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

describe('the packed package', { timeout: 90_000 }, () => {
  it('installs alone: no dependency, nothing but itself in node_modules, never the website framework', () => {
    const installed = JSON.parse(
      fs.readFileSync(path.join(INSTALL, 'node_modules', 'apigw-errors', 'package.json'), 'utf8'),
    );
    expect(installed.dependencies ?? {}).toEqual({});
    expect(installed.bin).toEqual({ 'apigw-errors': 'dist/apigw-errors.mjs' });
    expect(fs.readdirSync(path.join(INSTALL, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      'apigw-errors',
    ]);
    expect(bundled).toContain('commander');
    expect(bundled).toContain('@modelcontextprotocol/sdk');
    for (const framework of ['next', 'react', 'react-dom', 'yaml', 'mdx-bundler', 'shiki'])
      expect(bundled).not.toContain(framework);
    expect(
      fs.readFileSync(path.join(INSTALL, 'node_modules', 'apigw-errors', 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8'),
    ).toContain('commander@');
  });

  it('explains an entry as Markdown by code, code_name or message, in either language', () => {
    const byCode = run(['explain', '1640301']);
    expect(byCode.status).toBe(0);
    expect(byCode.stdout.startsWith('# App has no permission to the resource\n')).toBe(true);
    expect(byCode.stdout).toContain('- code_name: `APP_NO_PERMISSION`');
    expect(run(['explain', 'APP_NO_PERMISSION']).stdout).toBe(byCode.stdout);
    expect(run(['explain', 'App has no permission to the resource']).stdout).toBe(byCode.stdout);
    const zh = run(['explain', '1640301', '--lang', 'zh']);
    expect(zh.stdout.startsWith('# 应用无权限访问该资源\n')).toBe(true);
    expect(zh.stdout).toContain('- 状态码：`403`');
    const json = JSON.parse(run(['--json', 'explain', '1642903']).stdout);
    expect(json).toMatchObject({ slug: 'rate-limit-resource-strategy', status: 429, code: 1642903 });
    expect(json.markdown).toContain('# ');
    const missing = run(['explain', 'zzzz qqqq xxxx']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^apigw-errors: no entry for "zzzz qqqq xxxx"\n$/);
  });

  it('classifies a file and standard input, as JSON when piped, with the secrets masked', () => {
    const file = run(['classify', path.join(TMP, 'gateway.txt')]);
    expect(file.status).toBe(0);
    const verdict = JSON.parse(file.stdout);
    expect(verdict).toMatchObject({
      source: 'gateway',
      confidence: 'high',
      entry: 'app-no-permission',
      reason: 'no-permission',
    });
    expect(verdict.masked_secrets).toBeGreaterThanOrEqual(2);
    expect(file.stdout).not.toContain(SECRET);
    expect(file.stdout).not.toContain(TOKEN);
    const stdin = JSON.parse(run(['classify', '-'], BACKEND_PASTE).stdout);
    expect(stdin).toMatchObject({ source: 'backend', layer: 'service' });
    expect(JSON.parse(run(['classify'], BACKEND_PASTE).stdout).source).toBe('backend');
    const gone = run(['classify', path.join(TMP, 'nope.txt')]);
    expect(gone.status).toBe(2);
    expect(gone.stderr).toContain('cannot read');
  });

  it('--fail-on exits 1 when the verdict names that source, 0 otherwise', () => {
    const gw = path.join(TMP, 'gateway.txt');
    const be = path.join(TMP, 'backend.txt');
    expect(run(['classify', '--fail-on', 'gateway', gw]).status).toBe(1);
    expect(run(['classify', '--fail-on', 'backend', gw]).status).toBe(0);
    expect(run(['classify', '--fail-on', 'backend', be]).status).toBe(1);
    expect(run(['classify', '--fail-on', 'gateway,esb', be]).status).toBe(0);
    const wrong = run(['classify', '--fail-on', 'proxy', be]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--fail-on takes gateway, esb, backend, unknown');
  });

  it('says how to use it', () => {
    const help = run(['--help']).stdout;
    for (const word of ['classify', 'explain', 'mcp', '--lang', '--json']) expect(help).toContain(word);
    expect(run(['classify', '--help']).stdout).toContain('--fail-on');
  });
});

describe('apigw-errors mcp: JSON-RPC over stdio', { timeout: 90_000 }, () => {
  type Message = { id?: number; result?: Record<string, unknown>; error?: unknown };

  async function session(calls: { method: string; params?: unknown }[]): Promise<Message[]> {
    const child = spawn(BIN, ['mcp'], { cwd: TMP, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = readline.createInterface({ input: child.stdout });
    const answers = new Map<number, Message>();
    const waiting = new Map<number, (m: Message) => void>();
    lines.on('line', (line) => {
      const m = JSON.parse(line) as Message;
      if (typeof m.id === 'number') (waiting.get(m.id) ?? ((x: Message) => answers.set(x.id!, x)))(m);
    });
    const send = (m: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`);
    const ask = (id: number, method: string, params?: unknown) =>
      new Promise<Message>((resolve) => {
        waiting.set(id, resolve);
        send({ id, method, params });
      });
    const init = await ask(0, 'initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'vitest', version: '1' },
    });
    send({ method: 'notifications/initialized' });
    const out = [init];
    for (const [i, c] of calls.entries()) out.push(await ask(i + 1, c.method, c.params));
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    return out;
  }

  const textOf = (m: Message) => (m.result!.content as { type: string; text: string }[])[0]!.text;

  it('initializes, lists its three tools and answers lookup, classify and explain', async () => {
    const [init, list, lookup, classify, explain, explainZh, none] = await session([
      { method: 'tools/list' },
      { method: 'tools/call', params: { name: 'lookup', arguments: { query: 'APP_NO_PERMISSION' } } },
      { method: 'tools/call', params: { name: 'classify', arguments: { paste: GATEWAY_PASTE } } },
      { method: 'tools/call', params: { name: 'explain', arguments: { query: '1642903' } } },
      { method: 'tools/call', params: { name: 'explain', arguments: { query: 'app-no-permission', lang: 'zh' } } },
      { method: 'tools/call', params: { name: 'explain', arguments: { query: 'zzzz qqqq xxxx' } } },
    ]);
    expect(init!.result).toMatchObject({ serverInfo: { name: 'apigw-errors' }, capabilities: { tools: {} } });
    const tools = list!.result!.tools as {
      name: string;
      inputSchema: { properties: Record<string, unknown>; required?: string[] };
    }[];
    expect(tools.map((t) => t.name).sort()).toEqual(['classify', 'explain', 'lookup']);
    expect(tools.find((t) => t.name === 'lookup')!.inputSchema.required).toEqual(['query']);
    expect(tools.find((t) => t.name === 'classify')!.inputSchema.required).toEqual(['paste']);

    expect(JSON.parse(textOf(lookup!))).toMatchObject({
      found: 'entry',
      entry: { slug: 'app-no-permission', status: 403, code: 1640301, path: '/en/errors/app-no-permission/' },
    });

    const verdictText = textOf(classify!);
    expect(verdictText).not.toContain(SECRET);
    expect(verdictText).not.toContain(TOKEN);
    expect(JSON.parse(verdictText)).toMatchObject({
      source: 'gateway',
      entry: 'app-no-permission',
      app: { bk_app_code: 'my-app' },
    });
    expect(JSON.parse(verdictText).masked_secrets).toBeGreaterThanOrEqual(2);

    expect(textOf(explain!).startsWith('# Resource rate limit exceeded\n')).toBe(true);
    expect(textOf(explainZh!).startsWith('# 应用无权限访问该资源\n')).toBe(true);
    expect(none!.result).toMatchObject({ isError: true });
  });

  it('refuses a call without its argument, as the schema says', async () => {
    const [, bad] = await session([{ method: 'tools/call', params: { name: 'lookup', arguments: {} } }]);
    const failed = bad!.error !== undefined || bad!.result?.isError === true;
    expect(failed).toBe(true);
  });
});
