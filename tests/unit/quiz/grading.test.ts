import fc from 'fast-check';
import {
  choiceProblem,
  explanationOrder,
  gradeQuestion,
  pickOption,
  scoreQuiz,
  type Question,
  type Quiz,
} from '../../../src/lib/quiz/grading';
import { quizSchema } from '../../../src/schemas/quiz';
import { at } from '../../support/must';

const option = (text: string, correct = false) => ({ text, correct, rationale: `Uitleg bij ${text}.` });
const quiz: Quiz = quizSchema.parse({
  id: 'proef',
  questions: [
    {
      id: 'een',
      type: 'single',
      prompt: 'Welke klopt?',
      section: 'a',
      options: [option('A', true), option('B'), option('C')],
    },
    {
      id: 'twee',
      type: 'multiple',
      pick: 2,
      prompt: 'Welke twee?',
      section: 'b',
      options: [option('A', true), option('B', true), option('C')],
    },
    {
      id: 'drie',
      type: 'scenario',
      scenario: 'Een collega komt te laat op het overleg.',
      prompt: 'Wat doe je?',
      section: 'b',
      options: [option('A'), option('B', true)],
    },
  ],
});

describe('gradeQuestion', () => {
  it('is right only with exactly the correct options', () => {
    const single = at(quiz.questions, 0, 'question');
    const multiple = at(quiz.questions, 1, 'question');
    expect(gradeQuestion(single, [0]).correct).toBe(true);
    expect(gradeQuestion(single, [1])).toEqual({ correct: false, wrongPicks: [1], missed: [0] });
    expect(gradeQuestion(multiple, [0, 1]).correct).toBe(true);
    expect(gradeQuestion(multiple, [0])).toEqual({ correct: false, wrongPicks: [], missed: [1] });
    expect(gradeQuestion(multiple, [0, 1, 2])).toEqual({ correct: false, wrongPicks: [2], missed: [] });
  });

  it('ignores out-of-range and repeated picks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 10 })), (picks) => {
        const r = gradeQuestion(at(quiz.questions, 1), picks);
        expect(r.wrongPicks.every((i) => i >= 0 && i < 3)).toBe(true);
        expect(r.correct).toBe(
          new Set(picks.filter((i) => i >= 0 && i < 3)).size === 2 &&
            !picks.includes(2) &&
            picks.includes(0) &&
            picks.includes(1),
        );
      }),
    );
  });
});

describe('scoreQuiz', () => {
  it('counts answered and correct, and lists sections to reread once', () => {
    expect(scoreQuiz(quiz, { een: [1], twee: [0], drie: [1] })).toEqual({
      answered: 3,
      correct: 1,
      total: 3,
      reread: ['a', 'b'],
    });
    expect(scoreQuiz(quiz, {})).toEqual({ answered: 0, correct: 0, total: 3, reread: [] });
  });

  it('never scores more than answered, nor answered more than total', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('een', 'twee', 'drie', 'vier'), fc.array(fc.nat(3))),
        (answers) => {
          const s = scoreQuiz(quiz, answers);
          expect(s.correct).toBeLessThanOrEqual(s.answered);
          expect(s.answered).toBeLessThanOrEqual(s.total);
        },
      ),
    );
  });
});

describe('quiz schema', () => {
  const base = { id: 'q', type: 'single', prompt: 'Vraag?', section: 'a' };
  const issues = (q: object) => {
    const r = quizSchema.safeParse({ id: 'x', questions: [q] });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it('rejects single choice without exactly one correct option', () => {
    expect(issues({ ...base, options: [option('A'), option('B')] }).join()).toMatch(/exactly one correct/);
    expect(issues({ ...base, options: [option('A', true), option('B', true)] }).join()).toMatch(
      /exactly one correct/,
    );
  });
  it('rejects multiple choice with fewer than two correct, or a wrong pick count', () => {
    expect(
      issues({ ...base, type: 'multiple', pick: 2, options: [option('A', true), option('B')] }).join(),
    ).toMatch(/at least two/);
    expect(
      issues({ ...base, type: 'multiple', pick: 3, options: [option('A', true), option('B', true)] }).join(),
    ).toMatch(/pick must equal/);
  });
  it('rejects an option without rationale, and duplicate ids', () => {
    expect(issues({ ...base, options: [{ text: 'A', correct: true }, option('B')] }).length).toBeGreaterThan(
      0,
    );
    const dup = quizSchema.safeParse({
      id: 'x',
      questions: [
        { ...base, options: [option('A', true), option('B')] },
        { ...base, options: [option('A', true), option('B')] },
      ],
    });
    expect(dup.success ? '' : dup.error.issues.map((i) => i.message).join()).toMatch(
      /duplicate question id "q"/,
    );
  });
});

describe('choosing and the check before grading', () => {
  const q = (type: Question['type'], pick?: number): Question => ({
    id: 'v',
    type,
    pick,
    prompt: 'Welke?',
    section: 's',
    options: ['a', 'b', 'c'].map((text, i) => ({ text, correct: i > 0, rationale: text })),
  });

  it('one option for a single or scenario question, toggled options for a multiple-choice one', () => {
    expect(pickOption(q('single'), [0], 2)).toEqual([2]);
    expect(pickOption(q('scenario'), [], 1)).toEqual([1]);
    expect(pickOption(q('multiple', 2), [0], 2)).toEqual([0, 2]);
    expect(pickOption(q('multiple', 2), [0, 2], 0)).toEqual([2]);
  });

  it('asks for a choice first, and for exactly as many as a multiple-choice question says', () => {
    expect(choiceProblem(q('single'), [])).toBe('choose-first');
    expect(choiceProblem(q('single'), [1])).toBeUndefined();
    expect(choiceProblem(q('multiple', 2), [1])).toBe('pick-exactly');
    expect(choiceProblem(q('multiple', 2), [1, 2])).toBeUndefined();
  });
});

describe('explanationOrder', () => {
  it('explains the correct options first, then the wrong ones chosen, then folds the rest', () => {
    expect(explanationOrder(at(quiz.questions, 0), [2])).toEqual({
      correct: [0],
      chosenWrong: [2],
      others: [1],
    });
    expect(explanationOrder(at(quiz.questions, 1), [0, 1])).toEqual({
      correct: [0, 1],
      chosenWrong: [],
      others: [2],
    });
  });

  it('names every option exactly once, whatever was chosen', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: -2, max: 9 })),
        (correct, chosen) => {
          const question: Question = {
            id: 'x',
            type: 'multiple',
            prompt: '?',
            section: 's',
            options: correct.map((c, i) => ({ text: `${i}`, correct: c, rationale: '' })),
          };
          const { correct: right, chosenWrong, others } = explanationOrder(question, chosen);
          expect([...right, ...chosenWrong, ...others].sort((a, b) => a - b)).toEqual(
            correct.map((_, i) => i),
          );
          expect(right.every((i) => correct[i])).toBe(true);
          expect(chosenWrong.every((i) => chosen.includes(i) && !correct[i])).toBe(true);
        },
      ),
    );
  });
});
