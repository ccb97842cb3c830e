import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

// What MDX may refer to: source keys, glossary ids and quiz ids, read from content/ on disk so
// that a wrong reference fails while the chapter compiles, naming the chapter.
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
