import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The URLs the built service worker precaches, read from dist/sw.js (or another build's). */
export function precacheUrls(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Waits until the page's service worker is active, controls the page, and holds every precached
 * URL; returns what is cached, as absolute URLs.
 */
export async function untilPrecached(page: Page, expected: number): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
    timeout: 60_000,
  });
  return page.evaluate(async (count) => {
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    const cached = (
      await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))
    ).flat();
    if (cached.length < count) throw new Error(`precache holds ${cached.length} of ${count} files`);
    return cached;
  }, expected);
}
