// Quiz types and grading: no schema library here, so the knowledge check ships small.
// The build validates quizzes with quiz-schema.ts, which is checked against these types.

export interface QuizOption {
  text: string;
  correct: boolean;
  rationale: string;
}

export interface Question {
  id: string;
  type: 'single' | 'multiple' | 'scenario';
  scenario?: string | undefined;
  prompt: string;
  pick?: number | undefined;
  section: string;
  options: QuizOption[];
}

export interface Quiz {
  id: string;
  questions: Question[];
}

export interface QuestionResult {
  correct: boolean;
  /** Chosen options that are wrong. */
  wrongPicks: number[];
  /** Correct options that were not chosen. */
  missed: number[];
}

/** Grades a set of chosen option indexes: right only when exactly the correct options are chosen. */
export function gradeQuestion(q: Question, chosen: readonly number[]): QuestionResult {
  const picked = new Set(chosen.filter((i) => Number.isInteger(i) && i >= 0 && i < q.options.length));
  const wrongPicks = [...picked].filter((i) => !q.options[i]!.correct).sort((a, b) => a - b);
  const missed = q.options.map((o, i) => (o.correct && !picked.has(i) ? i : -1)).filter((i) => i >= 0);
  return { correct: wrongPicks.length === 0 && missed.length === 0, wrongPicks, missed };
}

/** The options chosen after picking option `i`: the only one, or toggled for a multiple-choice question. */
export const pickOption = (q: Question, chosen: readonly number[], i: number): number[] =>
  q.type !== 'multiple' ? [i] : chosen.includes(i) ? chosen.filter((x) => x !== i) : [...chosen, i];

export type ChoiceProblem = 'choose-first' | 'pick-exactly';

/** Why a choice cannot be checked yet: nothing chosen, or not as many as the question asks for. */
export function choiceProblem(q: Question, chosen: readonly number[]): ChoiceProblem | undefined {
  if (chosen.length === 0) return 'choose-first';
  if (q.type === 'multiple' && chosen.length !== q.pick) return 'pick-exactly';
  return undefined;
}

export interface QuizScore {
  answered: number;
  correct: number;
  total: number;
  /** Sections to reread, one per wrongly answered question, in question order, without repeats. */
  reread: string[];
}

export function scoreQuiz(quiz: Quiz, answers: Readonly<Record<string, readonly number[]>>): QuizScore {
  let answered = 0;
  let correct = 0;
  const reread: string[] = [];
  for (const q of quiz.questions) {
    const chosen = answers[q.id];
    if (!chosen || chosen.length === 0) continue;
    answered += 1;
    if (gradeQuestion(q, chosen).correct) correct += 1;
    else if (!reread.includes(q.section)) reread.push(q.section);
  }
  return { answered, correct, total: quiz.questions.length, reread };
}

export interface Explanations {
  /** The correct options: their explanation comes first. */
  correct: number[];
  /** Wrong options the visitor chose: explained next, since that is what they need to hear. */
  chosenWrong: number[];
  /** Every other option, folded away. */
  others: number[];
}

/** The order in which a checked question explains its options; every option appears once. */
export function explanationOrder(q: Question, chosen: readonly number[]): Explanations {
  const picked = new Set(chosen);
  const all = q.options.map((_, i) => i);
  return {
    correct: all.filter((i) => q.options[i]!.correct),
    chosenWrong: all.filter((i) => !q.options[i]!.correct && picked.has(i)),
    others: all.filter((i) => !q.options[i]!.correct && !picked.has(i)),
  };
}
