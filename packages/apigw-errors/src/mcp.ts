/**
 * `apigw-errors mcp`: the catalog and the classifier for assistants, as a Model Context Protocol server over
 * standard input and output (the official TypeScript SDK). Offline: it reads no file and opens no connection.
 * Tools: `lookup` (a code, code_name, status, message or slug -> the entry), `classify` (a paste -> the verdict,
 * on the paste with its secrets masked first) and `explain` (-> the entry as Markdown).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { entryFacts, listMarkdown, type Engine } from './engine';
import type { Lang } from '../../../lib/i18n/lang';

const lang = z.enum(['zh', 'en']).optional().describe('The language of the answer: zh or en (default en).');
const text = (t: string) => ({ content: [{ type: 'text' as const, text: t }] });

export function mcpServer(engine: Engine, version: string): McpServer {
  const server = new McpServer({ name: 'apigw-errors', version });

  server.registerTool(
    'lookup',
    {
      title: 'Look up a BlueKing API gateway error',
      description:
        'Finds the catalog entry of a Tencent BlueKing API gateway (or legacy ESB) error from a code (1640301), a code_name (APP_NO_PERMISSION), an HTTP status (429), a message or an entry slug. Returns JSON: the entry (status, code, code_name, message, title, summary, who acts, its page on the portal) or the entries that fit.',
      inputSchema: { query: z.string().describe('A code, code_name, status, message or slug.'), lang },
    },
    ({ query, lang: l }) => {
      const language: Lang = l ?? 'en';
      const found = engine.find(query, language);
      const answer =
        found.kind === 'entry'
          ? { found: 'entry', entry: entryFacts(found.entry, language, found.reason) }
          : found.kind === 'list'
            ? { found: 'list', entries: found.entries.map((e) => entryFacts(e, language)) }
            : { found: 'none', query: found.query };
      return text(JSON.stringify(answer, null, 2));
    },
  );

  server.registerTool(
    'classify',
    {
      title: 'Who produced this error response?',
      description:
        'Says whether an error response received through the BlueKing API gateway came from the gateway itself, the legacy ESB, the backend (its access layer or the service), or nobody. Paste anything: a body, raw HTTP, curl -v output, a HAR, a log line, an SDK exception. Secrets in the paste are masked before it is read, so nothing returned holds one. Returns the verdict as JSON (source, status, code, entry, evidence, ...).',
      inputSchema: { paste: z.string().describe('The response, as copied.') },
    },
    ({ paste }) => {
      const { result, masked, withheld } = engine.classifyPaste(paste);
      return text(JSON.stringify({ ...result, masked_secrets: masked, withheld_lines: withheld }, null, 2));
    },
  );

  server.registerTool(
    'explain',
    {
      title: 'Explain a BlueKing API gateway error',
      description:
        'The catalog entry of an error as Markdown: what it means, its causes, the fix, who acts, an example response. Takes a code, code_name, status, message or slug.',
      inputSchema: { query: z.string().describe('A code, code_name, status, message or slug.'), lang },
    },
    ({ query, lang: l }) => {
      const language: Lang = l ?? 'en';
      const found = engine.find(query, language);
      if (found.kind === 'entry') return text(found.entry.markdown[language]);
      if (found.kind === 'list') return text(listMarkdown(found.entries, language));
      return { ...text(`No entry for "${found.query}".`), isError: true };
    },
  );

  return server;
}

export async function serveMcp(engine: Engine, version: string): Promise<void> {
  await mcpServer(engine, version).connect(new StdioServerTransport());
}
