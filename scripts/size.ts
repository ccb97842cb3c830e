// Prints what every built page costs on first view (gzip) against its budget.
// `--check` exits 1 when a page is over budget. Run after `npm run build`.
import { existsSync } from 'node:fs';
import { budgetFor, distDir, kindOf, measurePage, measureSearch, SEARCH_BUDGET } from './lib/page-weight.ts';
import { listPages } from './lib/site-files.ts';

const dist = distDir();
if (!existsSync(dist)) {
  console.error('No dist/ yet: run `npm run build` first.');
  process.exit(2);
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const rows: string[] = [];
let over = 0;
for (const page of listPages(dist)) {
  const w = measurePage(dist, page.file);
  const kind = kindOf(page.path, w);
  const b = budgetFor(page.path, kind);
  const flags = [
    w.js > b.js && 'JS',
    w.jsAll > b.jsAll && 'JS all',
    w.css > b.css && 'CSS',
    w.html > b.html && 'HTML',
  ].filter(Boolean);
  if (flags.length) over += 1;
  rows.push(
    `${page.path.padEnd(44)} ${kind.padEnd(18)} ${kb(w.js)} /${kb(b.js)}  ${kb(w.jsAll)} /${kb(b.jsAll)}  ${kb(w.css)} /${kb(b.css)}  ${kb(w.html)} /${kb(b.html)}  ${flags.length ? 'OVER: ' + flags.join(', ') : 'ok'}`,
  );
}
console.log(
  `${'page'.padEnd(44)} ${'kind'.padEnd(18)} ${'JS first view'.padEnd(15)}  ${'JS all islands'.padEnd(15)}  ${'CSS'.padEnd(15)}  ${'HTML'.padEnd(15)}   (KB gzip / budget)`,
);
console.log(rows.join('\n'));
const search = measureSearch(dist);
if (!search || search.bytes > SEARCH_BUDGET) over += 1;
console.log(
  `\nsearch interface, on demand: ${search ? `${kb(search.bytes)} /${kb(SEARCH_BUDGET)}  ${search.bytes > SEARCH_BUDGET ? 'OVER' : 'ok'}` : 'not found: OVER'}`,
);
if (process.argv.includes('--check') && over > 0) {
  console.error(`\n${over} page(s) over budget.`);
  process.exit(1);
}
