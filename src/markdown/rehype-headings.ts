import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createSlugger } from '../lib/content/slug';

const HEADING = /^h[2-6]$/;

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * Gives every h2–h6 a stable id from its text (accents folded, so URLs stay readable) and puts a
 * visible link to itself beside it. The link sits next to the heading, not inside it, so the
 * heading's text (and the table of contents) stays clean.
 */
export function rehypeHeadings() {
  return (tree: Root, file: VFile) => {
    const slug = createSlugger();
    // Renamed headings keep their old links: frontmatter anchorAliases maps old id → new id.
    const frontmatter = (
      file.data as { astro?: { frontmatter?: { anchorAliases?: Record<string, string> } } }
    ).astro?.frontmatter;
    const aliases = Object.entries(frontmatter?.anchorAliases ?? {});
    const placed = new Set<string>();
    visit(tree, 'element', (node, index, parent) => {
      if (!HEADING.test(node.tagName) || !parent || index === undefined) return;
      const text = textOf(node).trim();
      const id = typeof node.properties.id === 'string' ? node.properties.id : slug(text);
      node.properties.id = id;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, dataCopyLink: '', dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: `Link naar sectie “${text}”` }],
          },
        ],
      };
      const aliasTargets: Element[] = aliases
        .filter(([, target]) => target === id)
        .map(([old]) => {
          placed.add(old);
          return {
            type: 'element',
            tagName: 'span',
            properties: { id: old, className: ['anchor-alias'] },
            children: [],
          };
        });
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrap', `heading-wrap--${node.tagName}`] },
        children: [...aliasTargets, node, link],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
    const missing = aliases.filter(([old]) => !placed.has(old)).map(([old, target]) => `${old} → ${target}`);
    if (missing.length) file.fail(`anchorAliases point at headings that do not exist: ${missing.join(', ')}`);
  };
}
