import { existsSync } from 'node:fs';

/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH),
 * then Debian's /usr/bin/chromium, then a browser Playwright installed itself. With none, stop with
 * a message that says how to get one.
 */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  return undefined; // let Playwright use its own download, if there is one
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_BROWSER_MESSAGE = `No Chromium found for the browser tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)
  - any Chromium or Chrome, then: export CHROMIUM_PATH=/path/to/chrome
  - Playwright's own build: npx playwright install chromium`;
