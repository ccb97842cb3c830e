import { persistentAtom } from './site-storage';
import {
  check,
  choose,
  markRead,
  progressCodec,
  resetQuiz,
  retry,
  type Progress,
} from '../lib/quiz/progress';
import {
  choiceProblem,
  gradeQuestion,
  pickOption,
  type ChoiceProblem,
  type Question,
} from '../lib/quiz/grading';

export const $progress = persistentAtom(progressCodec);

const change = (f: (p: Progress) => Progress) => $progress.set(f($progress.get()));
const chosenNow = (chapter: string, questionId: string) =>
  $progress.get().chapters[chapter]?.quiz?.answers[questionId] ?? [];

export const markChapterRead = (chapter: string, now = new Date()) =>
  change((p) => markRead(p, chapter, now));

/** Picks option `i` of a question, on top of what is stored now (a click can beat the re-render). */
export const pickAnswer = (chapter: string, q: Question, i: number) =>
  change((p) => choose(p, chapter, q.id, pickOption(q, chosenNow(chapter, q.id), i)));

/** Checks a question's stored answer: why it cannot be checked yet, or whether it is right. */
export function checkAnswer(
  chapter: string,
  q: Question,
  allQuestionIds: string[],
  now = new Date(),
): { ok: false; problem: ChoiceProblem } | { ok: true; correct: boolean } {
  const problem = choiceProblem(q, chosenNow(chapter, q.id));
  if (problem) return { ok: false, problem };
  change((p) => check(p, chapter, q.id, allQuestionIds, now));
  return { ok: true, correct: gradeQuestion(q, chosenNow(chapter, q.id)).correct };
}

export const retryAnswer = (chapter: string, questionId: string) =>
  change((p) => retry(p, chapter, questionId));
export const resetCheck = (chapter: string) => change((p) => resetQuiz(p, chapter));
