import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { createSlugger } from '../lib/slug';

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
  return (tree: Root) => {
    const slug = createSlugger();
    visit(tree, 'element', (node, index, parent) => {
      if (!HEADING.test(node.tagName) || !parent || index === undefined) return;
      const text = textOf(node).trim();
      const id = typeof node.properties.id === 'string' ? node.properties.id : slug(text);
      node.properties.id = id;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}`, dataCopyLink: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link naar sectie “${text}”` }] },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrap', `heading-wrap--${node.tagName}`] },
        children: [node, link],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
  };
}
