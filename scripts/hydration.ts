// Benchmark, not a test: how soon each tool answers input on a slow phone. Chromium's CPU is slowed
// four times; the figure is the time from navigation to the moment the tool's island has hydrated
// and its first control is enabled, the median of several loads with an empty cache. Also counts
// the JavaScript requests and how many of them start after the load event.
//   npm run bench:hydration                      the tools in dist/
//   npm run bench:hydration -- --dist old-dist   another build, for a before/after comparison
//   npm run bench:hydration -- --slow-network    also Lighthouse's mobile network: 150 ms round
//                                                trips, 1.6 Mbit/s down (where round trips count)
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview-server.ts';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from '../tests/support/browser.ts';

const TOOLS = ['/vertrouwensquotient/', '/scan/', '/herstelplan/', '/groepssessie/', '/mijn-gegevens/'];
const RUNS = 5;
const argv = process.argv.slice(2);
const distAt = argv.indexOf('--dist');
const dist = distAt >= 0 ? argv[distAt + 1]! : 'dist';
const pages = argv.filter((a, i) => !a.startsWith('--') && (distAt < 0 || i !== distAt + 1));
const slowNetwork = argv.includes('--slow-network');
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

// Runs in the page before any of its scripts: notes when every island has hydrated (Astro removes
// its `ssr` attribute) and the first control in the first island can be used.
const WATCH = `(() => {
  const ready = () => {
    const islands = [...document.querySelectorAll('astro-island')];
    if (!islands.length || islands.some((i) => i.hasAttribute('ssr'))) return false;
    const control = islands[0].querySelector('input, select, textarea, button');
    return !control || !control.disabled;
  };
  const check = () => {
    if (window.__interactive === undefined && ready()) window.__interactive = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(2);
}
const origin = await startPreview(4393, dist);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const network = slowNetwork ? ', slow 4G network' : '';
console.log(`${dist}/, CPU slowed 4×${network}, median of ${RUNS} loads with an empty cache`);
console.log(`${'page'.padEnd(24)} interactive  JS requests  after load`);
try {
  for (const path of pages.length ? pages : TOOLS) {
    const times: number[] = [];
    let requests = 0;
    let late = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      if (slowNetwork) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      }
      await page.addInitScript(WATCH);
      let loaded = false;
      const js: boolean[] = [];
      page.on('load', () => (loaded = true));
      page.on('request', (r) => {
        if (r.resourceType() === 'script') js.push(loaded);
      });
      await page.goto(origin + path);
      await page.waitForFunction(
        () => (window as { __interactive?: number }).__interactive !== undefined,
        null,
        {
          timeout: 30_000,
        },
      );
      times.push(await page.evaluate(() => (window as unknown as { __interactive: number }).__interactive));
      requests = js.length;
      late = js.filter(Boolean).length;
      await context.close();
    }
    console.log(
      `${path.padEnd(24)} ${`${Math.round(median(times))} ms`.padStart(11)}  ${String(requests).padStart(11)}  ${String(late).padStart(10)}`,
    );
  }
} finally {
  await browser.close();
}
process.exit(0);
