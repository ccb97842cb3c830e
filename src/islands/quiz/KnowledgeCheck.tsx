import { useStore } from '../../stores/use-store';
import { useEffect, useState } from 'preact/hooks';
import {
  gradeQuestion,
  scoreQuiz,
  type ChoiceProblem,
  type Question,
  type Quiz,
} from '../../lib/quiz/grading';
import { emptyQuizState } from '../../lib/quiz/progress';
import { $progress, checkAnswer, pickAnswer, resetCheck, retryAnswer } from '../../stores/progress';
import { choiceProblems, quizText as t } from '../../i18n/quiz/check';
import { StorageNotices } from '../shared/StorageNotices';
import { Announcer, useAnnouncer } from '../shared/Announcer';
import { QuizStaticView } from './QuizStaticView';
import { AnswerExplanation, OptionMark } from './AnswerExplanation';

interface Props {
  quiz: Quiz;
  chapter: string;
  /** Heading text per section id, for "reread" links. */
  sections: Record<string, string>;
}

/**
 * The chapter's knowledge check. The server renders the readable version (answers behind a
 * disclosure); once running in the browser it becomes interactive and keeps answers per chapter.
 */
export default function KnowledgeCheck({ quiz, chapter, sections }: Props) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  if (!live) return <QuizStaticView quiz={quiz} sections={sections} />;
  return <LiveCheck quiz={quiz} chapter={chapter} sections={sections} />;
}

function LiveCheck({ quiz, chapter, sections }: Props) {
  const progress = useStore($progress);
  const state = progress.chapters[chapter]?.quiz ?? emptyQuizState();
  const [announcement, announce] = useAnnouncer();
  const ids = quiz.questions.map((q) => q.id);
  const score = scoreQuiz(quiz, Object.fromEntries(state.checked.map((id) => [id, state.answers[id] ?? []])));
  const allChecked = ids.every((id) => state.checked.includes(id));

  /** Checks a question; a problem with the choice comes back for the question to show. */
  const onCheck = (q: Question, n: number): ChoiceProblem | undefined => {
    const checked = checkAnswer(chapter, q, ids);
    if (!checked.ok) return checked.problem;
    announce(`${t.questionNo(n)}: ${checked.correct ? t.correctFeedback : t.wrongFeedback}`);
    return undefined;
  };

  return (
    <div class="quiz quiz--live">
      <StorageNotices keys={['vw:voortgang']} />
      <ol class="quiz__list">
        {quiz.questions.map((q, i) => (
          <QuestionView
            key={q.id}
            quizId={quiz.id}
            question={q}
            n={i + 1}
            chosen={state.answers[q.id] ?? []}
            checked={state.checked.includes(q.id)}
            sectionTitle={sections[q.section]}
            onPick={(i) => pickAnswer(chapter, q, i)}
            onCheck={() => onCheck(q, i + 1)}
            onRetry={() => {
              retryAnswer(chapter, q.id);
              announce(t.retried(i + 1));
            }}
          />
        ))}
      </ol>
      <Announcer said={announcement} />
      {allChecked && (
        <div class="quiz__score" role="status">
          <p class="quiz__score-line">{t.score(score.correct, score.total)}</p>
          {score.reread.length > 0 ? (
            <>
              <p>{t.rereadIntro}</p>
              <ul>
                {score.reread.map((s) => (
                  <li key={s}>
                    <a href={`#${s}`}>{sections[s] ?? s}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.allRight}</p>
          )}
          <button type="button" class="button button--secondary" onClick={() => resetCheck(chapter)}>
            {t.resetAll}
          </button>
        </div>
      )}
    </div>
  );
}

interface QuestionProps {
  quizId: string;
  question: Question;
  n: number;
  chosen: number[];
  checked: boolean;
  sectionTitle?: string | undefined;
  onPick: (option: number) => void;
  onCheck: () => ChoiceProblem | undefined;
  onRetry: () => void;
}

function QuestionView({
  quizId,
  question: q,
  n,
  chosen,
  checked,
  sectionTitle,
  onPick,
  onCheck,
  onRetry,
}: QuestionProps) {
  const [hint, setHint] = useState('');
  const base = `q-${quizId}-${q.id}`;
  const multiple = q.type === 'multiple';
  const result = checked ? gradeQuestion(q, chosen) : undefined;

  const toggle = (i: number) => {
    setHint('');
    onPick(i);
  };
  const submit = () => {
    const problem = onCheck();
    setHint(problem ? choiceProblems[problem](q.pick ?? 2) : '');
  };

  return (
    <li
      class={`quiz-q${result ? (result.correct ? ' is-right' : ' is-wrong') : ''}`}
      id={`vraag-${quizId}-${q.id}`}
    >
      {q.scenario && (
        <p class="quiz-q__scenario" id={`${base}-scenario`}>
          {q.scenario}
        </p>
      )}
      <fieldset aria-describedby={q.scenario ? `${base}-scenario` : undefined}>
        <legend>
          <span class="quiz-q__no">{t.questionNo(n)}</span> {q.prompt}
          {multiple && <span class="quiz-q__hint"> {t.pickHint(q.pick ?? 2)}</span>}
        </legend>
        <ul class="quiz-q__choices">
          {q.options.map((o, i) => {
            const picked = chosen.includes(i);
            const mark = checked ? (o.correct ? 'correct' : picked ? 'wrong' : 'neutral') : undefined;
            return (
              <li key={i} class={mark ? `choice choice--${mark}` : 'choice'}>
                <label>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={base}
                    checked={picked}
                    disabled={checked}
                    onChange={() => toggle(i)}
                  />
                  <span class="choice__text">
                    {o.text}
                    {checked && <OptionMark correct={o.correct} picked={picked} />}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {hint && (
        <p class="quiz-q__hint-msg" role="alert">
          {hint}
        </p>
      )}
      {result && (
        <p class="quiz-q__feedback">
          <strong>{result.correct ? t.correctFeedback : t.wrongFeedback}</strong>
          {!result.correct && sectionTitle && (
            <>
              {' '}
              {t.rereadPrefix} <a href={`#${q.section}`}>{sectionTitle}</a>.
            </>
          )}
        </p>
      )}
      {checked && <AnswerExplanation question={q} chosen={chosen} />}
      <div class="quiz-q__actions">
        {!checked ? (
          <button type="button" class="button" onClick={submit}>
            {t.check}
          </button>
        ) : (
          <button type="button" class="button button--secondary" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </div>
    </li>
  );
}
