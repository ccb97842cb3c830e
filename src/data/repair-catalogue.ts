import { getCollection, getEntry } from 'astro:content';
import { getChapters } from './chapters';
import { headingsOf } from '../lib/content/headings';
import { duplicateIds } from '../schemas/repair';
import { inTextCitation } from '../lib/content/apa';
import type { ResolvedAction } from '../lib/repair/catalogue';

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
    const chapters = await getChapters();
    const headings = new Map(chapters.map((c) => [c.slug, new Map(headingsOf(c.entry.body ?? '').map((h) => [h.id, h.text]))]));
    const titles = new Map(chapters.map((c) => [c.slug, c.title]));
    const out: ResolvedAction[] = [];
    for (const f of files) {
      for (const a of f.data.actions) {
        const source = await getEntry('sources', a.source);
        const [slug, id] = a.section.split('#');
        const sectionTitle = headings.get(slug)?.get(id);
        if (!source || !sectionTitle) throw new Error(`content/repair/${f.id}.yaml: action "${a.id}" refers to a missing source or section`);
        out.push({ ...a, cite: inTextCitation(source.data), sectionTitle, chapterTitle: titles.get(slug)! });
      }
    }
    return out;
  })();
  return cached;
}
