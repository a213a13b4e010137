// The classifier on the command line (contract: ../shared/contract/classify.md).
//   npm run -s classify -- FILE        one paste from a file; `-` or no argument reads standard input
//   npm run -s classify -- --jsonl     lines {"id": ..., "input": ...} in, lines {"id": ..., ...result} out
// Exit 0 whatever the verdict; 2 with one line on stderr when the input cannot be read.
import fs from 'node:fs';
import readline from 'node:readline';
import { loadRules } from '../lib/catalog/load';
import type { MatchRule } from '../lib/catalog/rules';
import { classify } from '../lib/classify/index';

function fail(message: string, code = 2): never {
  process.stderr.write(`classify: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function readInput(arg: string | undefined): Promise<Buffer> | Buffer {
  if (arg === undefined || arg === '-') return readStdin();
  try {
    return fs.readFileSync(arg);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(err.code === 'ENOENT' ? `cannot read ${arg}: no such file` : `cannot read ${arg}: ${err.message}`);
  }
}

/** One output line per input line, in order; a line that cannot be read says why and the run goes on. */
function jsonlLine(line: string, rules: MatchRule[]): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'not a JSON line' });
  }
  const record =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  const id = record && 'id' in record ? record.id : null;
  if (!record) return JSON.stringify({ id: null, error: 'a line must be an object {"id": ..., "input": ...}' });
  if (typeof record.input !== 'string') return JSON.stringify({ id, error: '"input" must be a string' });
  return JSON.stringify({ id, ...classify(record.input, rules) });
}

async function runJsonl(rules: MatchRule[]) {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const out = jsonlLine(line, rules);
    // Respect back-pressure so a large batch does not pile up in memory.
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const jsonl = args.includes('--jsonl');
  const rest = args.filter((a) => a !== '--jsonl');
  const unknownFlag = rest.find((a) => a.startsWith('--'));
  if (unknownFlag) fail(`unknown option ${unknownFlag} (usage: classify [FILE|-] or classify --jsonl)`);
  if (rest.length > 1 || (jsonl && rest.length > 0))
    fail('give one FILE, `-`, or --jsonl with lines on standard input');
  const input = jsonl ? null : await readInput(rest[0]);
  let rules: MatchRule[];
  try {
    rules = loadRules();
  } catch (e) {
    fail(`the catalog could not be loaded: ${(e as Error).message}`, 1);
  }
  if (jsonl) await runJsonl(rules);
  else process.stdout.write(`${JSON.stringify(classify(new Uint8Array(input!), rules))}\n`);
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
