export const quizText = {
  label: 'Kennischeck',
  pickHint: (n: number) => `(kies er ${n})`,
  showAnswers: 'Toon antwoorden en uitleg',
  right: 'Juist',
  wrong: 'Niet juist',
  rereadLink: 'Lees de bijbehorende sectie terug',
};
