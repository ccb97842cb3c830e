import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from '../lib/reading-time';
import { chapterSlugFromId } from '../lib/slug';

export interface ChapterSummary {
  slug: string;
  href: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
  entry: CollectionEntry<'chapters'>;
}

let cached: Promise<ChapterSummary[]> | undefined;

/** All chapters in reading order, with their URL and computed reading time. */
export function getChapters(): Promise<ChapterSummary[]> {
  cached ??= getCollection('chapters').then((entries) => {
    const orders = new Map<number, string>();
    for (const e of entries) {
      const other = orders.get(e.data.order);
      if (other) throw new Error(`content/chapters: ${e.id} and ${other} both have order ${e.data.order}`);
      orders.set(e.data.order, e.id);
    }
    return entries
      .map((entry) => {
        const slug = chapterSlugFromId(entry.id);
        return {
          slug,
          href: `/gids/${slug}/`,
          title: entry.data.title,
          description: entry.data.description,
          order: entry.data.order,
          minutes: readingMinutes(entry.body ?? ''),
          entry,
        };
      })
      .sort((a, b) => a.order - b.order);
  });
  return cached;
}
