import { getCollection, getEntry } from 'astro:content';
import { getSectionResolver } from './chapters';
import { duplicateIds } from '../schemas/repair';
import { inTextCitation } from '../lib/content/apa';
import type { ResolvedAction } from '../lib/repair/catalogue';
import { siteHref } from '../islands/shared/site-path';

let cached: Promise<ResolvedAction[]> | undefined;

/**
 * The repair catalogue in file order, with each action's citation and chapter section resolved:
 * what the builder page hands to its island. Ids must be unique over all files.
 */
export function getRepairCatalogue(): Promise<ResolvedAction[]> {
  cached ??= (async () => {
    const files = (await getCollection('repair')).sort((a, b) => a.id.localeCompare(b.id));
    const duplicates = duplicateIds(files.map((f) => ({ file: `${f.id}.yaml`, actions: f.data.actions })));
    if (duplicates.length) throw new Error(duplicates.join('\n'));
    const resolve = await getSectionResolver();
    const out: ResolvedAction[] = [];
    for (const f of files) {
      for (const a of f.data.actions) {
        const source = await getEntry('sources', a.source);
        if (!source)
          throw new Error(
            `content/repair/${f.id}.yaml: action "${a.id}" refers to a missing source "${a.source}"`,
          );
        const section = resolve(a.section, `content/repair/${f.id}.yaml: action "${a.id}"`);
        out.push({
          ...a,
          cite: inTextCitation(source.data),
          sectionTitle: section.title,
          chapterTitle: section.chapterTitle,
          sectionHref: section.href,
          sourceHref: siteHref(`bronnen/#${a.source}`),
        });
      }
    }
    return out;
  })();
  return cached;
}
