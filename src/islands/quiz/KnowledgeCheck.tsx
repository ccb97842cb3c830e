import { useStore } from '../../stores/use-store';
import { useEffect, useState } from 'preact/hooks';
import { gradeQuestion, scoreQuiz, type Question, type Quiz } from '../../lib/quiz/grading';
import { check, choose, emptyQuizState, resetQuiz, retry } from '../../lib/quiz/progress';
import { $progress } from '../../stores/progress';
import { quizText as t } from '../../i18n/quiz/check';
import { StorageNotices } from '../shared/StorageNotices';
import { QuizStaticView } from './QuizStaticView';

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
  const [announcement, setAnnouncement] = useState('');
  const ids = quiz.questions.map((q) => q.id);
  const score = scoreQuiz(
    quiz,
    Object.fromEntries(state.checked.map((id) => [id, state.answers[id] ?? []])),
  );
  const allChecked = ids.every((id) => state.checked.includes(id));

  const onCheck = (q: Question, n: number) => {
    $progress.set(check($progress.get(), chapter, q.id, ids, new Date()));
    const result = gradeQuestion(q, $progress.get().chapters[chapter]?.quiz?.answers[q.id] ?? []);
    setAnnouncement(`${t.questionNo(n)}: ${result.correct ? t.correctFeedback : t.wrongFeedback}`);
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
            latestChosen={() => $progress.get().chapters[chapter]?.quiz?.answers[q.id] ?? []}
            checked={state.checked.includes(q.id)}
            sectionTitle={sections[q.section]}
            onChoose={(chosen) => $progress.set(choose($progress.get(), chapter, q.id, chosen))}
            onCheck={() => onCheck(q, i + 1)}
            onRetry={() => {
              $progress.set(retry($progress.get(), chapter, q.id));
              setAnnouncement(t.retried(i + 1));
            }}
          />
        ))}
      </ol>
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
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
          <button type="button" class="button button--secondary" onClick={() => $progress.set(resetQuiz($progress.get(), chapter))}>
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
  /** The store's answer right now: a click can arrive before the re-render that shows it. */
  latestChosen: () => number[];
  checked: boolean;
  sectionTitle?: string;
  onChoose: (chosen: number[]) => void;
  onCheck: () => void;
  onRetry: () => void;
}

function QuestionView({ quizId, question: q, n, chosen, latestChosen, checked, sectionTitle, onChoose, onCheck, onRetry }: QuestionProps) {
  const [hint, setHint] = useState('');
  const base = `q-${quizId}-${q.id}`;
  const multiple = q.type === 'multiple';
  const result = checked ? gradeQuestion(q, chosen) : undefined;

  const toggle = (i: number) => {
    setHint('');
    const now = latestChosen();
    if (!multiple) onChoose([i]);
    else onChoose(now.includes(i) ? now.filter((x) => x !== i) : [...now, i]);
  };
  const submit = () => {
    const now = latestChosen();
    if (now.length === 0) return setHint(t.chooseFirst);
    if (multiple && now.length !== q.pick) return setHint(t.pickExactly(q.pick ?? 2));
    setHint('');
    onCheck();
  };

  return (
    <li class={`quiz-q${result ? (result.correct ? ' is-right' : ' is-wrong') : ''}`} id={`vraag-${quizId}-${q.id}`}>
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
                  <span>{o.text}</span>
                </label>
                {checked && (
                  <p class="choice__rationale">
                    <strong>{o.correct ? t.right : picked ? t.wrongPicked : t.wrong}:</strong> {o.rationale}
                  </p>
                )}
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
