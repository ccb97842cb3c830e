import type { Question } from '../../../src/lib/quiz/grading';
import { emptyProgress } from '../../../src/lib/quiz/progress';
import {
  $progress,
  checkAnswer,
  markChapterRead,
  pickAnswer,
  resetCheck,
  retryAnswer,
} from '../../../src/stores/progress';

const single: Question = {
  id: 'een',
  type: 'single',
  prompt: 'Welke?',
  section: 's',
  options: [
    { text: 'a', correct: false, rationale: 'nee' },
    { text: 'b', correct: true, rationale: 'ja' },
  ],
};
const multiple: Question = {
  ...single,
  id: 'twee',
  type: 'multiple',
  pick: 2,
  options: [...single.options, { text: 'c', correct: true, rationale: 'ja' }],
};
const ids = ['een', 'twee'];
const answers = (id: string) => $progress.get().chapters.h1?.quiz?.answers[id];

beforeEach(() => $progress.set(emptyProgress()));

describe('progress store actions', () => {
  it('marks a chapter read once, keeping the first date', () => {
    markChapterRead('h1', new Date('2026-01-01T00:00:00Z'));
    markChapterRead('h1', new Date('2026-02-01T00:00:00Z'));
    expect($progress.get().chapters.h1?.readAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('picks one option of a single-choice question, toggles options of a multiple-choice one on top of what is stored', () => {
    pickAnswer('h1', single, 0);
    pickAnswer('h1', single, 1);
    expect(answers('een')).toEqual([1]);
    // Two clicks before any re-render: each builds on the stored answer.
    pickAnswer('h1', multiple, 0);
    pickAnswer('h1', multiple, 2);
    expect(answers('twee')).toEqual([0, 2]);
    pickAnswer('h1', multiple, 0);
    expect(answers('twee')).toEqual([2]);
  });

  it('checks only a complete choice, and says whether it is right', () => {
    expect(checkAnswer('h1', single, ids)).toEqual({ ok: false, problem: 'choose-first' });
    pickAnswer('h1', multiple, 1);
    expect(checkAnswer('h1', multiple, ids)).toEqual({ ok: false, problem: 'pick-exactly' });
    pickAnswer('h1', multiple, 2);
    expect(checkAnswer('h1', multiple, ids)).toEqual({ ok: true, correct: true });
    pickAnswer('h1', single, 0);
    expect(checkAnswer('h1', single, ids, new Date('2026-03-01T00:00:00Z'))).toEqual({
      ok: true,
      correct: false,
    });
    expect($progress.get().chapters.h1?.quiz).toMatchObject({
      checked: ['twee', 'een'],
      completedAt: '2026-03-01T00:00:00.000Z',
    });
  });

  it('retries one question and resets the whole check', () => {
    pickAnswer('h1', single, 1);
    checkAnswer('h1', single, ids);
    retryAnswer('h1', 'een');
    expect($progress.get().chapters.h1?.quiz).toMatchObject({ checked: [], answers: {} });
    pickAnswer('h1', single, 1);
    resetCheck('h1');
    expect($progress.get().chapters.h1?.quiz).toEqual({ answers: {}, checked: [] });
  });
});
