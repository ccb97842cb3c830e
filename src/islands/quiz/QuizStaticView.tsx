import type { Quiz } from '../../lib/quiz/grading';
import { quizText as t } from '../../i18n/quiz/check';

/** The knowledge check as readable text: what the server sends and what works without JavaScript. */
export function QuizStaticView({ quiz, sections }: { quiz: Quiz; sections: Record<string, string> }) {
  return (
    <div class="quiz quiz--static">
      <ol class="quiz__list">
        {quiz.questions.map((q, i) => (
          <li class="quiz-q" id={`vraag-${quiz.id}-${q.id}`} key={q.id}>
            {q.scenario && <p class="quiz-q__scenario">{q.scenario}</p>}
            <p class="quiz-q__prompt">
              <span class="quiz-q__no">{t.questionNo(i + 1)}</span> <strong>{q.prompt}</strong>
              {q.type === 'multiple' && <span class="quiz-q__hint"> {t.pickHint(q.pick ?? 2)}</span>}
            </p>
            <ul class="quiz-q__options">
              {q.options.map((o, j) => (
                <li key={j}>{o.text}</li>
              ))}
            </ul>
            <details class="quiz-q__answers">
              <summary>{t.showAnswers}</summary>
              <ul>
                {q.options.map((o, j) => (
                  <li key={j} class={o.correct ? 'is-correct' : 'is-wrong'}>
                    <strong>{o.correct ? t.right : t.wrong}:</strong> {o.text}
                    <br />
                    <span class="rationale">{o.rationale}</span>
                  </li>
                ))}
              </ul>
              <p>
                {t.rereadPrefix} <a href={`#${q.section}`}>{sections[q.section] ?? q.section}</a>.
              </p>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
