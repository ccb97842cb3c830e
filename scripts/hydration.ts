// Benchmark, not a test: how soon each tool answers input on a slow phone. Chromium's CPU is slowed
// four times; the figure is the time from navigation to the moment the tool's island has hydrated
// and its first control is enabled, the median of several loads with an empty cache. First
// contentful paint and the JavaScript requests (and how many start after the load event) beside it.
//   npm run bench:hydration                           the tools in dist/
//   npm run bench:hydration -- --before old-dist      and another build, loaded in turn with dist/
//                                                     (so both see the same machine), with the ratio
//   npm run bench:hydration -- --slow-network         also Lighthouse's mobile network: 150 ms round
//                                                     trips, 1.6 Mbit/s down (where round trips count)
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview-server.ts';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from '../tests/support/browser.ts';

const TOOLS = ['/vertrouwensquotient/', '/scan/', '/herstelplan/', '/groepssessie/', '/mijn-gegevens/'];
const RUNS = 9;
const argv = process.argv.slice(2);
const beforeAt = argv.indexOf('--before');
const before = beforeAt >= 0 ? argv[beforeAt + 1] : undefined;
const pages = argv.filter((a, i) => !a.startsWith('--') && (beforeAt < 0 || i !== beforeAt + 1));
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
const builds = [{ dist: 'dist', origin: await startPreview(4393, 'dist') }];
if (before) builds.push({ dist: before, origin: await startPreview(4394, before) });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

interface Load {
  interactive: number;
  fcp: number;
  requests: number;
  late: number;
}

async function load(origin: string, path: string): Promise<Load> {
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
  const ready = () => (window as { __interactive?: number }).__interactive !== undefined;
  await page.waitForFunction(ready, null, { timeout: 30_000 });
  const [interactive, fcp] = await page.evaluate(() => [
    (window as unknown as { __interactive: number }).__interactive,
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  ]);
  await context.close();
  return { interactive: interactive!, fcp: fcp!, requests: js.length, late: js.filter(Boolean).length };
}

const ms = (x: number) => `${Math.round(x)} ms`.padStart(9);
const network = slowNetwork ? ', slow 4G network' : '';
console.log(`CPU slowed 4×${network}, median of ${RUNS} loads with an empty cache, builds loaded in turn`);
console.log(
  `${'page'.padEnd(22)} ${'build'.padEnd(20)} interactive       FCP  JS requests  after load${before ? '  ratio' : ''}`,
);
try {
  for (const path of pages.length ? pages : TOOLS) {
    const runs = builds.map(() => [] as Load[]);
    for (let run = 0; run < RUNS; run++) {
      for (const [i, build] of builds.entries()) runs[i]!.push(await load(build.origin, path));
    }
    const medians = runs.map((loads) => median(loads.map((l) => l.interactive)));
    for (const [i, build] of builds.entries()) {
      const last = runs[i]!.at(-1)!;
      const ratio = i === 0 && before ? `  ${(medians[0]! / medians[1]!).toFixed(2)}` : '';
      console.log(
        `${(i ? '' : path).padEnd(22)} ${build.dist.slice(-20).padEnd(20)} ${ms(medians[i]!).padStart(11)} ${ms(median(runs[i]!.map((l) => l.fcp)))}  ${String(last.requests).padStart(11)}  ${String(last.late).padStart(10)}${ratio}`,
      );
    }
  }
} finally {
  await browser.close();
}
process.exit(0);
