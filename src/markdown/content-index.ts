import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { headingsOf } from '../lib/content/headings';
import { chapterSlugFromId } from '../lib/content/slug';

// What content may refer to: source keys, glossary ids, quiz ids and chapter sections, read from
// content/ on disk so that a wrong reference fails while the content compiles, naming the file.
const root = process.cwd();
const cache = new Map<string, { mtime: number; keys: Set<string> }>();

function keysOfYamlMap(relPath: string): Set<string> {
  const path = resolve(root, relPath);
  const mtime = existsSync(path) ? statSync(path).mtimeMs : -1;
  const hit = cache.get(path);
  if (hit && hit.mtime === mtime) return hit.keys;
  const data = mtime < 0 ? {} : (parse(readFileSync(path, 'utf8')) ?? {});
  const keys = new Set(Object.keys(data));
  cache.set(path, { mtime, keys });
  return keys;
}

export const sourceKeys = () => keysOfYamlMap('content/sources.yaml');
export const glossaryKeys = () => keysOfYamlMap('content/glossary.yaml');
export const quizExists = (id: string) => existsSync(resolve(root, 'content/quizzes', `${id}.yaml`));

let sectionCache: { stamp: string; index: Map<string, Set<string>> } | undefined;

/** Heading ids per chapter slug, as the site makes them: what content may link to as "slug#id". */
export function sectionIndex(): Map<string, Set<string>> {
  const dir = resolve(root, 'content/chapters');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
    : [];
  const stamp = files.map((f) => `${f}:${statSync(resolve(dir, f)).mtimeMs}`).join('|');
  if (sectionCache?.stamp === stamp) return sectionCache.index;
  const index = new Map<string, Set<string>>();
  for (const f of files) {
    const body = readFileSync(resolve(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    index.set(chapterSlugFromId(f.replace(/\.mdx$/, '')), new Set(headingsOf(body).map((h) => h.id)));
  }
  sectionCache = { stamp, index };
  return index;
}
