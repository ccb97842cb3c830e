import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokenLinks, redirectTarget, sectionIds, unrecordedLinks } from '../../../scripts/lib/published-links';

function site(pages: Record<string, string>) {
  const dist = mkdtempSync(join(tmpdir(), 'vw-links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  }
  return dist;
}

describe('link stability', () => {
  const page = '<h2 id="nieuw">Nieuw</h2><span id="oud" class="anchor-alias"></span><h3 id="sub">Sub</h3>';
  const redirect = '<meta http-equiv="refresh" content="0;url=/gids/nieuw/">';

  it('reads section ids and redirects from built pages', () => {
    expect(sectionIds(page)).toEqual(['nieuw', 'sub']);
    expect(redirectTarget(redirect)).toBe('/gids/nieuw/');
  });

  it('accepts a renamed page with a redirect and a renamed section with an alias', () => {
    const dist = site({ 'gids/nieuw': page, 'gids/oud': redirect });
    expect(brokenLinks(dist, { '/gids/oud/': ['oud', 'sub'], '/gids/nieuw/': ['nieuw'] })).toEqual([]);
  });

  it('reports a page or section that disappeared without either', () => {
    const dist = site({ 'gids/nieuw': page });
    expect(brokenLinks(dist, { '/gids/weg/': [], '/gids/nieuw/': ['verdwenen'] })).toEqual([
      '/gids/weg/ (page gone, no redirect)',
      '/gids/nieuw/#verdwenen (section gone, no anchor alias)',
    ]);
  });

  it('lists links not recorded yet', () => {
    expect(unrecordedLinks({ '/a/': ['x', 'y'], '/b/': [] }, { '/a/': ['x'] })).toEqual(['/a/#y', '/b/']);
  });
});
