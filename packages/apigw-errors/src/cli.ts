#!/usr/bin/env node
/**
 * `apigw-errors`: the BlueKing API gateway's errors in the terminal and for assistants, offline.
 *   classify FILE|-     who produced a response (the classifier of the portal's /classify/ page)
 *   explain KEY         an entry as Markdown, by code, code_name, status, message or slug
 *   mcp                 a Model Context Protocol server over stdio (lookup, classify, explain)
 * From a clone: `npx tsx packages/apigw-errors/src/cli.ts …` (reads content/); the package: its bundle.
 */
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { data } from './data';
import { createEngine, entryFacts, failsOn, listMarkdown, SOURCES, verdictText, type FailOn } from './engine';
import { serveMcp } from './mcp';
import type { Lang } from '../../../lib/i18n/lang';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

type Global = { lang: Lang; json?: boolean };

function fail(message: string, code = 2): never {
  process.stderr.write(`apigw-errors: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(err.code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${err.message}`);
  }
}

function parseFailOn(value: string, previous: FailOn[] = []): FailOn[] {
  const named = value.split(',').map((s) => s.trim().toLowerCase());
  const wrong = named.find((s) => !(SOURCES as readonly string[]).includes(s));
  if (wrong) fail(`--fail-on takes ${SOURCES.join(', ')} (comma-separated), not "${wrong}"`);
  return [...previous, ...(named as FailOn[])];
}

const engine = createEngine(data);
const program = new Command('apigw-errors')
  .description(
    'The Tencent BlueKing API gateway error catalog, offline: who produced an error response, what it means and what to do.',
  )
  .version(VERSION)
  .addOption(new Option('--lang <lang>', 'language of the answer').choices(['zh', 'en']).default('en'))
  .option('--json', 'print JSON (the default for classify when the output is not a terminal)')
  .showHelpAfterError();

program
  .command('classify')
  .description(
    'say who produced an error response: the gateway, the legacy ESB, the backend or nobody; the paste is read with its secrets masked',
  )
  .argument(
    '[file]',
    'a file holding the paste (body, raw HTTP, curl -v, HAR, log line); - or nothing for standard input',
    '-',
  )
  .option(
    '--fail-on <sources>',
    `exit 1 when the verdict's source is one of these (comma-separated: ${SOURCES.join(', ')}), for scripts and CI`,
    parseFailOn,
  )
  .action(async (file: string, options: { failOn?: FailOn[] }) => {
    const { lang, json } = program.opts<Global>();
    const { result, masked, withheld } = engine.classifyPaste(new Uint8Array(await readInput(file)));
    const asJson = json || !process.stdout.isTTY;
    process.stdout.write(
      asJson
        ? `${JSON.stringify({ ...result, masked_secrets: masked, withheld_lines: withheld })}\n`
        : verdictText(result, engine, lang, masked),
    );
    if (options.failOn && failsOn(result, options.failOn)) process.exitCode = 1;
  });

program
  .command('explain')
  .description(
    'print an entry as Markdown: by code (1640301), code_name (APP_NO_PERMISSION), status (429), message or slug',
  )
  .argument('<key...>', 'a code, code_name, status, slug, or a message (quoted)')
  .action((key: string[]) => {
    const { lang, json } = program.opts<Global>();
    const found = engine.find(key.join(' '), lang);
    if (found.kind === 'none') fail(`no entry for "${found.query}"`, 1);
    if (json) {
      const out =
        found.kind === 'entry'
          ? { ...entryFacts(found.entry, lang, found.reason), markdown: found.entry.markdown[lang] }
          : { entries: found.entries.map((e) => entryFacts(e, lang)) };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else
      process.stdout.write(found.kind === 'entry' ? found.entry.markdown[lang] : listMarkdown(found.entries, lang));
  });

program
  .command('mcp')
  .description('serve lookup, classify and explain to an assistant over stdio (Model Context Protocol)')
  .action(() => serveMcp(engine, VERSION));

program.parseAsync(process.argv).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
