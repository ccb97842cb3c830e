// Benchmark, not a test: Lighthouse (mobile profile) on the home page and a chapter, with the
// system Chromium, against the built site served by `astro preview`. Target: 100 in all four.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from '../tests/support/browser.ts';

const PORT = 4392;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/gids/wat-is-vertrouwen/'];
const chromePath = findChromium();
if (!chromePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(2);
}

const server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid!);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('preview server did not start; run `npm run build` first');
}

await waitForServer();
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
  stop();
}
console.log(`${'page'.padEnd(32)} perf a11y  b-p  seo`);
console.log(rows.join('\n'));
console.log('Full reports in bench-results/.');
