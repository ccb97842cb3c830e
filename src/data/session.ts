import { getCollection } from 'astro:content';
import { getChapters } from './chapters';
import { headingsOf } from '../lib/content/headings';
import { siteHref } from '../islands/shared/site-path';

/** What the facilitator page needs of an instrument: no items, no advice. */
export interface SessionInstrument {
  id: string;
  version: number;
  title: string;
  bands: { id: string; label: string; from: number }[];
  scales: {
    id: string;
    name: string;
    description: string;
    questions: string[];
    sections: { href: string; title: string }[];
  }[];
}

/**
 * The instruments with each scale's discussion questions and sections resolved to links. A scale
 * without an entry in content/session/discussion.yaml fails the build, naming the scale.
 */
export async function getSessionInstruments(): Promise<SessionInstrument[]> {
  const instruments = (await getCollection('scan')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const discussion = new Map((await getCollection('discussion')).map((e) => [e.id, e.data]));
  const chapters = await getChapters();
  const known = new Set(instruments.flatMap((i) => i.scales.map((s) => s.id)));
  for (const id of discussion.keys()) {
    if (!known.has(id))
      throw new Error(`content/session/discussion.yaml: ${id}: no scan scale with this id in content/scan/`);
  }
  return instruments.map((ins) => ({
    id: ins.id,
    version: ins.version,
    title: ins.title,
    bands: ins.bands.map(({ id, label, from }) => ({ id, label, from })),
    scales: ins.scales.map((scale) => {
      const entry = discussion.get(scale.id);
      if (!entry)
        throw new Error(
          `content/session/discussion.yaml: no entry for scale "${scale.id}" of content/scan/${ins.id}.yaml`,
        );
      return {
        id: scale.id,
        name: scale.name,
        description: scale.description,
        questions: entry.questions,
        sections: entry.sections.map((ref) => {
          const [slug, id] = ref.split('#');
          const chapter = chapters.find((c) => c.slug === slug)!;
          const heading = headingsOf(chapter.entry.body ?? '').find((h) => h.id === id)!;
          return {
            href: siteHref(`gids/${slug}/#${id}`),
            title: `${heading.text} (hoofdstuk ${chapter.order})`,
          };
        }),
      };
    }),
  }));
}
