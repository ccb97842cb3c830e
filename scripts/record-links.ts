// Records every published page and section id in tests/published-links.json, keeping what was
// recorded before (a link once published stays protected). Run after `npm run build`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { currentLinks, LINK_LIST_FILE, type LinkList } from './lib/published-links.ts';
import { distDir } from './lib/page-weight.ts';

const before: LinkList = existsSync(LINK_LIST_FILE) ? JSON.parse(readFileSync(LINK_LIST_FILE, 'utf8')) : {};
const now = currentLinks(distDir());
const merged: LinkList = {};
for (const path of [...new Set([...Object.keys(before), ...Object.keys(now)])].sort()) {
  merged[path] = [...new Set([...(before[path] ?? []), ...(now[path] ?? [])])].sort();
}
writeFileSync(LINK_LIST_FILE, JSON.stringify(merged, null, 2) + '\n');
const count = (l: LinkList) => Object.values(l).reduce((n, ids) => n + ids.length, Object.keys(l).length);
console.log(
  `${LINK_LIST_FILE}: ${Object.keys(merged).length} pages, ${count(merged) - Object.keys(merged).length} section ids (${count(merged) - count(before)} new links).`,
);
