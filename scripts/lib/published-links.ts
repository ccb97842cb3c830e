import { readFileSync } from 'node:fs';
import { fileForPath, sitemapPaths } from './site-files.ts';

/** Every public page and the section ids trainers can link to on it. */
export type LinkList = Record<string, string[]>;

export const LINK_LIST_FILE = 'tests/published-links.json';

/** Ids of linkable sections on a built page: headings h2/h3 with an id. */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!).sort();
}

/** Where a built page redirects to (Astro writes redirects as meta refresh pages), if it does. */
export function redirectTarget(html: string): string | undefined {
  return html.match(/<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i)?.[1];
}

export function currentLinks(dist: string): LinkList {
  const list: LinkList = {};
  for (const path of sitemapPaths(dist)) {
    const file = fileForPath(dist, path);
    if (!file) continue;
    list[path] = sectionIds(readFileSync(file, 'utf8'));
  }
  return list;
}

/** Committed links the built site no longer serves: pages, or section ids (aliases count). */
export function brokenLinks(dist: string, committed: LinkList): string[] {
  const broken: string[] = [];
  for (const [path, ids] of Object.entries(committed)) {
    let file = fileForPath(dist, path);
    let html = file ? readFileSync(file, 'utf8') : '';
    const target = redirectTarget(html);
    if (target) {
      file = fileForPath(dist, new URL(target, `http://site${path}`).pathname);
      html = file ? readFileSync(file, 'utf8') : '';
    }
    if (!file) {
      broken.push(`${path} (page gone, no redirect)`);
      continue;
    }
    const present = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of ids) if (!present.has(id)) broken.push(`${path}#${id} (section gone, no anchor alias)`);
  }
  return broken;
}

/** Built links missing from the committed list: record them so they are protected too. */
export function unrecordedLinks(current: LinkList, committed: LinkList): string[] {
  const missing: string[] = [];
  for (const [path, ids] of Object.entries(current)) {
    const recorded = committed[path];
    if (!recorded) missing.push(path);
    else for (const id of ids) if (!recorded.includes(id)) missing.push(`${path}#${id}`);
  }
  return missing;
}
