import type { Heading, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast'; // declares data.hProperties on mdast nodes
import { visit } from 'unist-util-visit';

const ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/**
 * `## Cause [#cause]` -> <h2 id="cause">Cause</h2>. MDX reads `{#id}` as an expression, so the id goes in
 * brackets (as fumadocs does); the same ids in both languages keep links working across a language switch.
 */
export default function remarkHeadingId() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = ID.exec((last as Text).value);
      if (!match) return;
      (last as Text).value = (last as Text).value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: match[1] } };
    });
  };
}
