import { useStore } from '../../stores/use-store';
import { useEffect, useState } from 'preact/hooks';
import { $progress } from '../../stores/progress';
import { StorageNotices } from '../shared/StorageNotices';
import { progressText as t } from '../../i18n/quiz/progress';

export interface ChapterCheck {
  slug: string;
  title: string;
  href: string;
  /** Question ids with the ids of their correct options, to score stored answers. */
  questions: Array<{ id: string; correct: number[] }>;
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));
const date = (iso: string) =>
  new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "Mijn voortgang": which chapters this device has read and how far each check got. The server
 * renders the table with its chapters and empty cells, so the page does not jump when it runs.
 */
export default function ProgressOverview({ chapters }: { chapters: ChapterCheck[] }) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const stored = useStore($progress).chapters;
  const progress: typeof stored = live ? stored : {};

  const read = chapters.filter((c) => progress[c.slug]?.readAt).length;
  const done = chapters.filter((c) => progress[c.slug]?.quiz?.completedAt).length;
  return (
    <>
      <p class="no-js-only">{t.needsJs}</p>
      <div class="needs-js">
        <StorageNotices keys={['vw:voortgang']} />
        <p class="lead" role="status">
          {live ? t.summary(read, done, chapters.length) : t.looking}
        </p>
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.chapter}</th>
                <th scope="col">{t.read}</th>
                <th scope="col">{t.check}</th>
              </tr>
            </thead>
            <tbody>
              {chapters.map((c) => {
                const p = progress[c.slug];
                const quiz = p?.quiz;
                const checked = quiz?.checked.length ?? 0;
                const right = c.questions.filter(
                  (q) => quiz?.checked.includes(q.id) && sameSet(quiz.answers[q.id] ?? [], q.correct),
                ).length;
                return (
                  <tr key={c.slug}>
                    <th scope="row">
                      <a href={c.href}>{c.title}</a>
                    </th>
                    <td>{!live ? '' : p?.readAt ? t.readOn(date(p.readAt)) : t.notYet}</td>
                    <td>
                      {!live
                        ? ''
                        : quiz?.completedAt
                          ? t.completed(right, c.questions.length)
                          : checked > 0
                            ? t.partly(checked, c.questions.length)
                            : t.notYet}
                      {checked > 0 && !quiz?.completedAt ? (
                        <>
                          {' '}
                          <a href={`${c.href}#kennischeck`}>{t.continue}</a>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
