import { existsSync, readFileSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './tests/support/browser';

const executablePath = findChromium();
if (!executablePath) {
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (!own || !existsSync(own)) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
}

const PORT = Number(process.env.PREVIEW_PORT ?? 4391);

// The second build, under a path (`npm run build:base`): its own server and project run the link
// checker and journeys there. Its base is read from what it built, so it is named in one place.
const BASE_DIST = 'dist-base';
const BASE_PORT = Number(process.env.BASE_PREVIEW_PORT ?? PORT + 10);
const basePath = existsSync(`${BASE_DIST}/manifest.webmanifest`)
  ? (JSON.parse(readFileSync(`${BASE_DIST}/manifest.webmanifest`, 'utf8')) as { scope: string }).scope
  : undefined;
if (!basePath && process.env.CI) {
  console.error(`No ${BASE_DIST}/: run \`npm run build:base\` before the browser tests.`);
  process.exit(1);
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Two cores run two browsers, a preview server and axe, which alone takes up to 20 s on a tool
  // page: a journey that ends in an axe scan needs more than Playwright's 30 s to be safe.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    // Without a Chromium of our own, Playwright's download (checked above) is used.
    launchOptions: executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS },
    // Every page registers a service worker that downloads the whole site: only the offline tests
    // (tests/e2e/offline*.spec.ts) let it, so the other tests stay fast and see the network.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testIgnore: /base-path\.spec\.ts$/ },
    ...(basePath
      ? [
          {
            name: 'base-path',
            testMatch: /(links|base-path)\.spec\.ts$/,
            metadata: { dist: BASE_DIST, base: basePath },
            use: { baseURL: `http://127.0.0.1:${BASE_PORT}${basePath}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Serves the built site (npm test builds it first) exactly as a static host would.
      command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(basePath
      ? [
          {
            // The same host, but the site lives under the path: anything outside it is a 404.
            command: `npm run preview -- --ignore-lock --outDir ${BASE_DIST} --base ${basePath} --host 127.0.0.1 --port ${BASE_PORT}`,
            url: `http://127.0.0.1:${BASE_PORT}${basePath}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
