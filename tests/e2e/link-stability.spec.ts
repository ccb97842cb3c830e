import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  brokenLinks,
  currentLinks,
  LINK_LIST_FILE,
  unrecordedLinks,
  type LinkList,
} from '../../scripts/lib/published-links.ts';
import { DIST } from '../support/site';

// Trainers put these links in slides and handouts: once published, a page or section id keeps
// working. Renaming one needs a redirect (astro.config.mjs) or an anchor alias (chapter frontmatter).
const committed: LinkList = JSON.parse(readFileSync(LINK_LIST_FILE, 'utf8'));

test('every published page and section id still resolves', () => {
  expect(brokenLinks(DIST, committed)).toEqual([]);
});

test('every page and section id of this build is on the committed list (npm run links:record)', () => {
  expect(unrecordedLinks(currentLinks(DIST), committed)).toEqual([]);
});
