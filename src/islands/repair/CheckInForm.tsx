import { useState } from 'preact/hooks';
import { FACTORS, SCORE_MAX, SCORE_MIN, type Factor, type Scores } from '../../lib/quotient/quotient';
import { addCheckIn, LIMITS, randomId } from '../../lib/repair/plan';
import { formatDate } from '../../i18n/repair/builder';
import { factorNames, stepText as t } from '../../i18n/repair/steps';
import type { StepProps } from './shared';

type Draft = Partial<Record<Factor, number>>;

/** A check-in: a date, a note, and the relationship re-rated on the six factors if the visitor wants. */
export function CheckInForm({ plan, update, announce, today }: StepProps) {
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [scores, setScores] = useState<Draft>({});
  const [hint, setHint] = useState('');
  const rated = FACTORS.filter((f) => scores[f] !== undefined).length;

  const save = (e: Event) => {
    e.preventDefault();
    if (rated > 0 && rated < FACTORS.length) return setHint(t.rateIncomplete);
    if (!note.trim() && rated === 0) return setHint(t.checkInNeedsSomething);
    if (plan.checkIns.length >= LIMITS.checkIns) return setHint(t.maxCheckIns(LIMITS.checkIns));
    const when = date || today;
    update((p) => addCheckIn(p, { id: randomId(), date: when, note: note.trim(), scores: rated ? (scores as Scores) : undefined }));
    announce(t.checkInSaved(formatDate(when)));
    setNote('');
    setScores({});
    setHint('');
  };

  return (
    <form class="check-in hp-card" onSubmit={save} aria-labelledby="terugblik-noteren">
      <h4 id="terugblik-noteren">{t.checkInTitle}</h4>
      <p class="field">
        <label for="terugblik-datum">{t.checkInDate}</label>
        <input id="terugblik-datum" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      </p>
      <p class="field">
        <label for="terugblik-notitie">{t.checkInNote}</label>
        <textarea id="terugblik-notitie" rows={4} maxLength={LIMITS.note} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </p>
      <fieldset class="rating" aria-describedby="scores-uitleg">
        <legend>{t.rateLegend}</legend>
        <p id="scores-uitleg" class="choices__hint">
          {t.rateIntro} <a href="/gids/het-vertrouwensquotient/#het-model-in-het-kort">{t.modelLink}</a>
        </p>
        <div class="rating__grid">
          {FACTORS.map((f) => (
            <p class="field" key={f}>
              <label for={`score-${f}`}>{factorNames[f]}</label>
              <select
                id={`score-${f}`}
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
        <p class="form-hint" role="alert">
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
