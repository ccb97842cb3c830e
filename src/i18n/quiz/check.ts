import type { ChoiceProblem } from '../../lib/quiz/grading';

export const quizText = {
  label: 'Kennischeck',
  questionNo: (n: number) => `Vraag ${n}.`,
  pickHint: (n: number) => `(kies er ${n})`,
  showAnswers: 'Toon antwoorden en uitleg',
  right: 'Juist',
  wrong: 'Niet juist',
  rereadPrefix: 'Lees nog eens',
  markRight: 'Juist antwoord',
  markRightChosen: 'Juist antwoord, jouw keuze',
  markWrongChosen: 'Jouw keuze, niet juist',
  /** With one right answer its mark says which it is; with more, each explanation names its own. */
  whyRight: (option: string, many: boolean) =>
    many ? `Uitleg bij „${option}”, een juist antwoord:` : 'Uitleg bij het juiste antwoord:',
  whyWrongChosen: (option: string, many: boolean) =>
    many ? `Uitleg bij jouw keuze „${option}”:` : 'Uitleg bij jouw keuze:',
  otherOptions: (n: number) =>
    n === 1 ? 'Uitleg bij het andere antwoord' : `Uitleg bij de ${n} andere antwoorden`,
  check: 'Controleer',
  retry: 'Opnieuw',
  resetAll: 'Alle vragen opnieuw',
  chooseFirst: 'Kies eerst een antwoord.',
  pickExactly: (n: number) => `Kies precies ${n} antwoorden.`,
  correctFeedback: 'Juist.',
  wrongFeedback: 'Nog niet juist.',
  retried: (n: number) => `Vraag ${n} staat weer open.`,
  score: (right: number, total: number) => `Je hebt ${right} van de ${total} vragen goed.`,
  rereadIntro: 'Lees deze delen nog eens:',
  allRight: 'Alles goed. Je kunt verder met het volgende hoofdstuk.',
};

/** Why an answer cannot be checked yet; `pick` is how many options the question asks for. */
export const choiceProblems: Record<ChoiceProblem, (pick: number) => string> = {
  'choose-first': () => quizText.chooseFirst,
  'pick-exactly': (pick) => quizText.pickExactly(pick),
};
