import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parsePolicy } from '../../scripts/lib/headers';
import { listPages } from '../../scripts/lib/site-files';
import { DIST } from '../support/site';

// dist/_headers, read as a host reads it, checked against the files it describes.
function readRules(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = new Map()));
    else {
      const at = line.indexOf(':');
      current?.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return rules;
}

test('the headers file holds every page policy and describes files that exist', () => {
  const rules = readRules();
  const all = rules.get('/*');
  expect(all?.get('x-content-type-options')).toBe('nosniff');
  expect(all?.get('referrer-policy')).toBe('no-referrer');
  expect(all?.get('permissions-policy')).toContain('camera=()');
  const header = parsePolicy(all?.get('content-security-policy') ?? '');
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(header.get('script-src')).not.toContain("'unsafe-inline'");
  expect(header.get('script-src')).not.toContain("'unsafe-eval'");
  // Every page's own policy is covered by the header: the same sources, the same hashes.
  for (const page of listPages(DIST)) {
    const meta = readFileSync(page.file, 'utf8').match(
      /<meta http-equiv="content-security-policy" content="([^"]+)"/,
    )?.[1];
    expect(meta, page.path).toBeTruthy();
    for (const [name, sources] of parsePolicy((meta ?? '').replace(/&#39;/g, "'"))) {
      for (const source of sources) expect(header.get(name), `${page.path} ${name}`).toContain(source);
    }
  }
  // The camera is allowed on the page that scans codes only, and that page exists.
  expect(rules.get('/groepssessie/*')?.get('permissions-policy')).toBe('camera=(self)');
  expect(existsSync(join(DIST, 'groepssessie', 'index.html'))).toBe(true);
  // Long caching only for files named by their content.
  expect(rules.get('/_astro/*')?.get('cache-control')).toContain('immutable');
  for (const name of readdirSync(join(DIST, '_astro'))) expect(name).toMatch(/[.-][\w-]{8}\.\w+$/);
  for (const fresh of ['/sw.js', '/manifest.webmanifest']) {
    expect(rules.get(fresh)?.get('cache-control'), fresh).toBe('no-cache');
    expect(existsSync(join(DIST, fresh.slice(1))), fresh).toBe(true);
  }
});
