import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from '../lib/content/reading-time';
import { chapterSlugFromId } from '../lib/content/slug';
import { chapterHref, createSectionResolver, type SectionResolver } from './sections';

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
  cached ??= getCollection('chapters').then(async (entries) => {
    await checkQuizzes(entries);
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
          href: chapterHref(slug),
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

let resolver: Promise<SectionResolver> | undefined;

/** The build's section look-up over all chapters: see ./sections.ts. */
export function getSectionResolver(): Promise<SectionResolver> {
  resolver ??= getChapters().then((chapters) =>
    createSectionResolver(
      chapters.map((c) => ({ slug: c.slug, title: c.title, order: c.order, body: c.entry.body ?? '' })),
    ),
  );
  return resolver;
}

/** Every chapter has its own quiz and every quiz belongs to a chapter: checked once per build. */
async function checkQuizzes(chapters: CollectionEntry<'chapters'>[]) {
  const quizzes = await getCollection('quizzes');
  const ids = new Set(quizzes.map((q) => q.id));
  const problems: string[] = [];
  const usedBy = new Map<string, string>();
  for (const c of chapters) {
    const quiz = c.data.quiz;
    if (!ids.has(quiz))
      problems.push(`content/chapters/${c.id}.mdx: quiz "${quiz}" has no file content/quizzes/${quiz}.yaml`);
    const other = usedBy.get(quiz);
    if (other) problems.push(`content/chapters/${c.id}.mdx: quiz "${quiz}" is already used by ${other}`);
    usedBy.set(quiz, c.id);
  }
  for (const q of quizzes) {
    if (!usedBy.has(q.id))
      problems.push(`content/quizzes/${q.id}.yaml: no chapter uses this quiz (frontmatter quiz: ${q.id})`);
    if (q.data.id !== q.id)
      problems.push(`content/quizzes/${q.id}.yaml: id "${q.data.id}" must match the file name`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
}
