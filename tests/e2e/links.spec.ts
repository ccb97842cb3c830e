import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileForPath, idsIn, listPages, sitemapPaths } from '../../scripts/lib/site-files.ts';
import { siteBuild } from '../support/site';
import { decodeShare, type ShareFormat } from '../../src/lib/core/share-code';
import { relationshipsShare } from '../../src/lib/quotient/share';

// A fragment `<prefix>=<version>.<code>` is a share link (src/lib/core/share-code.ts), not a heading:
// one in a format listed here must open; others are left to their own tool's tests.
const SHARE_FORMATS: Record<string, ShareFormat<unknown>> = {
  relaties: relationshipsShare as ShareFormat<unknown>,
};
const shareProblem = (fragment: string): string | undefined => {
  const format = SHARE_FORMATS[fragment.slice(0, fragment.indexOf('='))];
  const decoded = format && decodeShare(format, fragment);
  return decoded && decoded.kind === 'problem' ? decoded.problem : undefined;
};

// Reads the built files: every internal link and #fragment resolves, and stays under the base the
// site was built for (the project's: dist/ at the root, or the copy under a path).
test('every internal link and fragment in the build resolves', () => {
  const { dist, base } = siteBuild();
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file)!;
  };
  for (const page of listPages(dist)) {
    const html = readFileSync(page.file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:|blob:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${base}${page.path.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page.path}: ${raw} (outside the base ${base})`);
        continue;
      }
      const target = fileForPath(dist, url.pathname.slice(base.length - 1));
      if (!target) {
        problems.push(`${page.path}: ${raw} (no such page or file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (/^[a-z-]+=\d+\./.test(fragment)) {
        const problem = shareProblem(fragment);
        if (problem) problems.push(`${page.path}: ${raw} (share link: ${problem})`);
      } else if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
        problems.push(`${page.path}: ${raw} (no id "${fragment}")`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every public page and no 404', () => {
  const { dist, base } = siteBuild();
  const listed = new Set(sitemapPaths(dist));
  const built = listPages(dist)
    .map((p) => p.path)
    .filter((p) => p !== '/404.html')
    .map((p) => base + p.slice(1));
  expect([...listed].sort()).toEqual(built.sort());
  expect([...listed].some((p) => p.startsWith(`${base}404`))).toBe(false);
});

test('robots.txt points at the sitemap', () => {
  const { dist, base } = siteBuild();
  const robots = readFileSync(`${dist}/robots.txt`, 'utf8');
  expect(robots).toMatch(new RegExp(`Sitemap: https?://[^/\\s]+${base}sitemap\\.xml`));
});
