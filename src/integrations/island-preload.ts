import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withModulePreloads } from './module-preload.ts';

/** Writes modulepreload links into every built page (see withModulePreloads). */
export function islandPreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'vw-island-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (url: string) => {
          if (!url.startsWith(base)) return undefined;
          const file = join(root, url.slice(base.length).split(/[?#]/)[0]!);
          return file.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        let pages = 0;
        for (const name of await readdir(root, { recursive: true })) {
          if (!name.endsWith('.html') || name.startsWith('_astro') || name.startsWith('pagefind')) continue;
          const file = join(root, name);
          const html = await readFile(file, 'utf8');
          const updated = withModulePreloads(html, read);
          if (updated !== html) {
            await writeFile(file, updated);
            pages += 1;
          }
        }
        logger.info(`modulepreload links written into ${pages} pages`);
      },
    },
  };
}
