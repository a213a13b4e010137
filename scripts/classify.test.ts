import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.join(import.meta.dirname, 'classify.ts');
const GATEWAY = path.join(import.meta.dirname, '../lib/classify/fixtures/gateway/dns-failure-curl-v.txt');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/classify.ts', () => {
  it('says how to use it with --help, and names every option', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const option of ['FILE', '--jsonl', '--json', '--help', 'Exit status']) expect(stdout).toContain(option);
  });

  it("prints the contract's JSON when piped, with or without --json", () => {
    for (const args of [[GATEWAY], ['--json', GATEWAY]]) {
      const result = JSON.parse(run(args).stdout);
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(['hops', 'gateway', 'app', 'client_ip', 'debug', 'missing']),
      );
    }
  });

  it('classifies a file and prints one JSON object', () => {
    const { code, stdout } = run([GATEWAY]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ source: 'gateway', entry: 'bad-gateway-dns-failure', status: 502 });
  });

  it('reads standard input with `-` or no argument', () => {
    for (const args of [['-'], []]) {
      const { code, stdout } = run(args, 'HTTP/1.1 415 Unsupported Media Type');
      expect(code).toBe(0);
      // A status alone names no author: its candidates say what it could be (contract: a status alone).
      expect(JSON.parse(stdout)).toMatchObject({ source: 'unknown', status: 415, confidence: 'low' });
    }
  });

  it('exits 0 on an empty paste or binary bytes, whatever the verdict', () => {
    expect(run([], '')).toMatchObject({ code: 0 });
    const bin = path.join(os.tmpdir(), `classify-bin-${process.pid}`);
    fs.writeFileSync(bin, Buffer.from([0xff, 0xfe, 0, 1, 2, 0x80, 0xc3]));
    const { code, stdout } = run([bin]);
    fs.rmSync(bin);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source).toBe('unknown');
  });

  it('exits 2 with one line on stderr when the file cannot be read', () => {
    const { code, stdout, stderr } = run(['/no/such/file.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no such file/);
  });

  it('--jsonl answers every line in order, and a bad line with an error without stopping', () => {
    const lines = [
      JSON.stringify({ id: 1, input: 'HTTP/1.1 502' }),
      'not json at all',
      JSON.stringify({ id: 'b', input: 42 }),
      '',
      JSON.stringify(['no', 'object']),
      JSON.stringify({ id: { k: 1 }, input: fs.readFileSync(GATEWAY, 'utf8') }),
    ].join('\n');
    const { code, stdout } = run(['--jsonl'], `${lines}\n`);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.error ?? o.source])).toEqual([
      [1, 'unknown'],
      [null, 'not a JSON line'],
      ['b', '"input" must be a string'],
      [null, 'a line must be an object {"id": ..., "input": ...}'],
      [{ k: 1 }, 'gateway'],
    ]);
    expect(out[4]).toMatchObject({
      entry: 'bad-gateway-dns-failure',
      request_id: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
    });
  });

  it('rejects an unknown option with exit 2', () => {
    expect(run(['--nope']).code).toBe(2);
  });
});
