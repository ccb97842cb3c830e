import * as v from 'valibot';
import { int } from '../core/codec-parts';
import type { Codec } from '../core/storage';

/** What the visitor has done per chapter: read it, and their knowledge-check answers. */
const quizStateSchema = v.object({
  /** Chosen option indexes per question id. */
  answers: v.record(v.string(), v.array(int)),
  /** Question ids the visitor has checked (feedback shown). */
  checked: v.array(v.string()),
  completedAt: v.optional(v.string()),
});

const chapterProgressSchema = v.object({
  readAt: v.optional(v.string()),
  quiz: v.optional(quizStateSchema),
});

export const progressSchema = v.object({
  chapters: v.record(v.string(), chapterProgressSchema),
});

export type QuizState = v.InferOutput<typeof quizStateSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ chapters: {} });
export const emptyQuizState = (): QuizState => ({ answers: {}, checked: [] });

export const progressCodec: Codec<Progress> = {
  key: 'vw:voortgang',
  version: 1,
  schema: progressSchema,
  empty: emptyProgress,
};

const withChapter = (
  p: Progress,
  slug: string,
  update: (c: Progress['chapters'][string]) => Progress['chapters'][string],
): Progress => ({
  chapters: { ...p.chapters, [slug]: update(p.chapters[slug] ?? {}) },
});

const withQuiz = (p: Progress, slug: string, update: (q: QuizState) => QuizState): Progress =>
  withChapter(p, slug, (c) => ({ ...c, quiz: update(c.quiz ?? emptyQuizState()) }));

/** Marks a chapter read; the first date is kept. */
export const markRead = (p: Progress, slug: string, now: Date): Progress =>
  p.chapters[slug]?.readAt ? p : withChapter(p, slug, (c) => ({ ...c, readAt: now.toISOString() }));

/** Sets the chosen options of a question; a checked question's choice is frozen until retried. */
export const choose = (p: Progress, slug: string, questionId: string, chosen: number[]): Progress =>
  p.chapters[slug]?.quiz?.checked.includes(questionId)
    ? p
    : withQuiz(p, slug, (q) => ({
        ...q,
        answers: { ...q.answers, [questionId]: [...new Set(chosen)].sort((a, b) => a - b) },
      }));

/** Records that a question was checked; when all are, the check is complete. */
export function check(
  p: Progress,
  slug: string,
  questionId: string,
  allQuestionIds: string[],
  now: Date,
): Progress {
  return withQuiz(p, slug, (q) => {
    if (!q.answers[questionId]?.length) return q;
    const checked = q.checked.includes(questionId) ? q.checked : [...q.checked, questionId];
    const complete = allQuestionIds.every((id) => checked.includes(id));
    const completedAt = q.completedAt ?? (complete ? now.toISOString() : undefined);
    return completedAt ? { ...q, checked, completedAt } : { ...q, checked };
  });
}

/** Clears one question so it can be answered again. */
export const retry = (p: Progress, slug: string, questionId: string): Progress =>
  withQuiz(p, slug, (q) => {
    const answers = { ...q.answers };
    delete answers[questionId];
    return { ...q, answers, checked: q.checked.filter((id) => id !== questionId) };
  });

/** Clears the whole check of a chapter (completion date too: it is earned again). */
export const resetQuiz = (p: Progress, slug: string): Progress =>
  withChapter(p, slug, (c) => ({ ...c, quiz: emptyQuizState() }));
