// The classifier on the command line (contract: ../shared/contract/classify.md). `--help` says how.
// Exit 0 whatever the verdict; 2 with one line on stderr when the input cannot be read.
import fs from 'node:fs';
import readline from 'node:readline';
import { loadRules } from '../lib/catalog/load';
import type { MatchRule } from '../lib/catalog/rules';
import { classify, type Result } from '../lib/classify/index';

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

const HELP = `Usage: npm run -s classify -- [options] [FILE | -]

Says who produced an HTTP error you received through the BlueKing API gateway: the gateway itself, the
legacy ESB, the backend behind it (its access layer or the service), or nobody (no response came).
Paste anything: a body, raw HTTP, curl -v, a HAR, a log line, an SDK exception, a trace span.

  FILE          read the paste from FILE; \`-\` or nothing reads standard input
  --jsonl       read lines {"id": ..., "input": "..."} on standard input and print one line
                {"id": ..., ...result} per line, in order; a line that cannot be read gives
                {"id": ..., "error": "..."} and the run goes on
  --json        print the result as one JSON object (the default when the output is not a terminal)
  --help        show this

On a terminal the result is shown for people: the verdict, the entry that explains it, and what the
paste lacks; piped, or with --json, it is the JSON object of the contract, unchanged.
Exit status: 0 whatever the verdict; 2 when the input cannot be read (a missing file).`;

const WHO: Record<Result['source'], string> = {
  gateway: 'the API gateway itself',
  esb: 'the legacy ESB',
  backend: 'the backend service',
  unknown: 'cannot tell',
};

/** The result for a person at a terminal: the verdict, the entry, the hops, what to fetch. */
function human(r: Result): string {
  const who =
    r.source === 'backend' && r.layer
      ? `the backend (${r.layer === 'access-layer' ? 'its access layer' : 'the service'})`
      : WHO[r.source];
  const lines = [`${r.confidence === 'low' && r.source !== 'unknown' ? 'Probably ' : ''}${who}`];
  const facts = [r.status && `HTTP ${r.status}`, r.code && `code ${r.code}`, r.code_name].filter(Boolean).join(', ');
  if (facts) lines.push(`  ${facts}`);
  if (r.entry) lines.push(`  entry: ${r.entry}${r.reason ? `#${r.reason}` : ''}`);
  if (r.candidates.length) lines.push(`  could be: ${r.candidates.join(', ')}`);
  for (const [i, h] of r.hops.entries())
    if (i > 0)
      lines.push(
        `  inside: ${h.source}${h.status ? ` ${h.status}` : ''}${h.code ? ` code ${h.code}` : ''}${h.entry ? ` (${h.entry})` : ''}`,
      );
  if (r.gateway?.name)
    lines.push(`  gateway: ${[r.gateway.name, r.gateway.stage, r.gateway.resource].filter(Boolean).join(' / ')}`);
  if (r.request_id) lines.push(`  request id: ${r.request_id}`);
  const decisive = r.evidence.find((e) => e.signal === 'no-response-came' || e.signal === 'not-a-response');
  if (decisive) lines.push(`  ${decisive.detail}`);
  if (r.missing.length) lines.push(`  to be sure, paste also: ${r.missing.join(', ')}`);
  return lines.join('\n');
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const jsonl = args.includes('--jsonl');
  const asJson = args.includes('--json') || !process.stdout.isTTY;
  const rest = args.filter((a) => a !== '--jsonl' && a !== '--json');
  const unknownFlag = rest.find((a) => a.startsWith('--'));
  if (unknownFlag) fail(`unknown option ${unknownFlag} (see --help)`);
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
  else {
    const result = classify(new Uint8Array(input!), rules);
    process.stdout.write(`${asJson ? JSON.stringify(result) : human(result)}\n`);
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
