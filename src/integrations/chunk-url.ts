import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';

const SUFFIX = '?chunk-url';
const PREFIX = '\0chunk-url:';

/**
 * `import url from './x.ts?chunk-url'` gives the URL of x.ts built as a chunk of the page's own
 * bundle, to load later with a script element. Unlike import(), no preload helper comes with the
 * importing script, and unlike `?worker&url`, x.ts shares its modules with the islands' chunks, so
 * a store it imports is the same instance the islands use.
 */
export function chunkUrl(): AstroIntegration {
  return {
    name: 'vw-chunk-url',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        let root = '';
        let base = '/';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'vw-chunk-url',
                enforce: 'pre',
                configResolved(config) {
                  root = config.root;
                  base = config.base;
                },
                async resolveId(source, importer) {
                  if (!source.endsWith(SUFFIX)) return null;
                  const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, {
                    skipSelf: true,
                  });
                  return target ? PREFIX + target.id : null;
                },
                load(id) {
                  if (!id.startsWith(PREFIX)) return null;
                  const file = id.slice(PREFIX.length);
                  // Only the browser's build emits chunks; the dev server serves the source itself.
                  if (command !== 'build' || this.environment.name !== 'client') {
                    return `export default ${JSON.stringify(base + relative(root, file))};`;
                  }
                  const ref = this.emitFile({ type: 'chunk', id: file });
                  return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
