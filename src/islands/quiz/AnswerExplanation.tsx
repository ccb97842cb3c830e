import { explanationOrder, type Question } from '../../lib/quiz/grading';
import { quizText as t } from '../../i18n/quiz/check';

/** The sign and words on a checked option, so being right never rests on colour alone. */
export function OptionMark({ correct, picked }: { correct: boolean; picked: boolean }) {
  if (!correct && !picked) return null;
  return (
    <span class={`choice__mark choice__mark--${correct ? 'correct' : 'wrong'}`}>
      <span aria-hidden="true">{correct ? '✓' : '✗'}</span>{' '}
      {correct ? (picked ? t.markRightChosen : t.markRight) : t.markWrongChosen}
    </span>
  );
}

/**
 * Why the answer is what it is: the correct options first, then the wrong ones the visitor chose,
 * and the rest folded away so one explanation stands out instead of a wall of them.
 */
export function AnswerExplanation({ question: q, chosen }: { question: Question; chosen: number[] }) {
  const { correct, chosenWrong, others } = explanationOrder(q, chosen);
  const line = (i: number, label: string) => (
    <p key={i} class="quiz-q__why">
      <strong>{label}</strong> {q.options[i]?.rationale}
    </p>
  );
  return (
    <div class="quiz-q__explain">
      {correct.map((i) => line(i, t.whyRight(q.options[i]?.text ?? '', correct.length > 1)))}
      {chosenWrong.map((i) => line(i, t.whyWrongChosen(q.options[i]?.text ?? '', chosenWrong.length > 1)))}
      {others.length > 0 && (
        <details class="quiz-q__others">
          <summary>{t.otherOptions(others.length)}</summary>
          {others.map((i) => line(i, `${q.options[i]?.text ?? ''}:`))}
        </details>
      )}
    </div>
  );
}
