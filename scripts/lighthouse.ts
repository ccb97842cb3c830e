// Benchmark, not a test: Lighthouse (mobile profile) on the home page, a chapter and each tool
// page, with the system Chromium, against the built site served by `astro preview`. Target: 100 in
// all four categories on a quiet machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './lib/preview-server.ts';
import { TOOL_PAGE_BUDGETS } from './lib/page-weight.ts';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from '../tests/support/browser.ts';

const PORT = 4392;
const DEFAULT_PAGES = ['/', '/gids/wat-is-vertrouwen/', ...Object.keys(TOOL_PAGE_BUDGETS)];
const pages = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_PAGES;
const chromePath = findChromium();
if (!chromePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(2);
}

await startPreview(PORT);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
mkdirSync('bench-results', { recursive: true });
const rows: string[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`no result for ${path}`);
    const c = result.lhr.categories;
    const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(4);
    rows.push(
      `${path.padEnd(32)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}`,
    );
    writeFileSync(`bench-results/lighthouse${path.replace(/\//g, '_') || '_'}.html`, result.report as string);
  }
} finally {
  chrome.kill();
}
console.log(`${'page'.padEnd(32)} perf a11y  b-p  seo`);
console.log(rows.join('\n'));
console.log('Full reports in bench-results/.');
