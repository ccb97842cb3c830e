import { getEntry } from 'astro:content';
import { getChapters, type ChapterSummary } from './chapters';
import { headingsOf, type HeadingRef } from '../lib/content/headings';
import { sectionListItems } from '../lib/content/chapter-text';

export interface ChapterKit {
  chapter: ChapterSummary;
  sections: HeadingRef[];
  reflection: string[];
  questions: number;
}

/** Everything a trainer needs per chapter, gathered from the chapter's text and data. */
export async function getChapterKits(): Promise<ChapterKit[]> {
  return Promise.all(
    (await getChapters()).map(async (chapter) => {
      const body = chapter.entry.body ?? '';
      const quiz = chapter.entry.data.quiz ? await getEntry('quizzes', chapter.entry.data.quiz) : undefined;
      return {
        chapter,
        sections: headingsOf(body).filter((h) => h.depth <= 3),
        reflection: sectionListItems(body, 'reflectievragen'),
        questions: quiz?.data.questions.length ?? 0,
      };
    }),
  );
}

/** The absolute URL of a site path, as printed and encoded in QR codes. */
export const absolute = (site: URL | undefined, path: string) => new URL(path, site).href;
