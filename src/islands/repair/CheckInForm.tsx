import { useState } from 'preact/hooks';
import { FACTORS, SCORE_MAX, SCORE_MIN, type Factor } from '../../lib/quotient/quotient';
import { LIMITS } from '../../lib/repair/plan';
import { addPlanCheckIn } from '../../stores/repair-plans';
import { formatDate } from '../../i18n/repair/builder';
import { checkInProblems, factorNames, stepText as t } from '../../i18n/repair/steps';
import { firstUnrated } from '../../lib/repair/forms';
import { DateField, TextAreaField } from '../shared/fields';
import { focusSoon, type StepProps } from './shared';

type Draft = Partial<Record<Factor, number>>;

/** A check-in: a date, a note, and the relationship re-rated on the six factors if the visitor wants. */
export function CheckInForm({ plan, announce, today, links }: StepProps) {
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [scores, setScores] = useState<Draft>({});
  const [hint, setHint] = useState('');

  const save = (e: Event) => {
    e.preventDefault();
    const when = date || today;
    const problem = addPlanCheckIn(plan.id, when, note, scores);
    if (problem) {
      setHint(checkInProblems[problem](LIMITS.checkIns));
      // Focus goes where the problem is, so keyboard and screen-reader users land on what to fix.
      const missing = firstUnrated(scores);
      focusSoon(
        problem === 'rate-incomplete' && missing
          ? `score-${missing}`
          : problem === 'needs-something'
            ? 'terugblik-notitie'
            : 'terugblik-probleem',
      );
      return;
    }
    announce(t.checkInSaved(formatDate(when)));
    setNote('');
    setScores({});
    setHint('');
  };

  return (
    <form class="check-in hp-card" onSubmit={save} aria-labelledby="terugblik-noteren">
      <h4 id="terugblik-noteren">{t.checkInTitle}</h4>
      <DateField id="terugblik-datum" label={t.checkInDate} value={date} onValue={setDate} />
      <TextAreaField
        id="terugblik-notitie"
        label={t.checkInNote}
        rows={4}
        maxLength={LIMITS.note}
        describedBy={hint ? 'terugblik-probleem' : undefined}
        value={note}
        onValue={setNote}
      />
      <fieldset class="rating" aria-describedby="scores-uitleg">
        <legend>{t.rateLegend}</legend>
        <p id="scores-uitleg" class="choices__hint">
          {t.rateIntro} <a href={links.quotientModel}>{t.modelLink}</a>
        </p>
        <div class="rating__grid">
          {FACTORS.map((f) => (
            <p class="field" key={f}>
              <label for={`score-${f}`}>{factorNames[f]}</label>
              <select
                id={`score-${f}`}
                aria-describedby={hint ? 'terugblik-probleem' : undefined}
                value={scores[f] === undefined ? '' : String(scores[f])}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setHint('');
                  setScores((s) => ({ ...s, [f]: v === '' ? undefined : Number(v) }));
                }}
              >
                <option value="">{t.rateNone}</option>
                {Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </p>
          ))}
        </div>
      </fieldset>
      {hint && (
        <p class="form-hint" role="alert" id="terugblik-probleem" tabIndex={-1}>
          {hint}
        </p>
      )}
      <p>
        <button type="submit" class="button">
          {t.saveCheckIn}
        </button>
      </p>
    </form>
  );
}
