import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSiteRootLink, sitePath } from '../lib/core/site-path';

const URL_PROPERTIES = ['href', 'src'] as const;

/**
 * Authors link pages from the site's root (`[…](/gids/x/)`), as they appear on the public site.
 * This puts those links under the base the site is built for, so content never needs editing when
 * the guide is published under a path.
 */
export function rehypeSiteLinks({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string' && isSiteRootLink(value)) node.properties[name] = sitePath(value, base);
      }
    });
  };
}
