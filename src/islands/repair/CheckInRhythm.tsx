import { RHYTHMS, type Rhythm } from '../../lib/repair/plan';
import { checkInDates } from '../../lib/repair/followup';
import { formatDate } from '../../i18n/repair/builder';
import { rhythmNames, stepText as t } from '../../i18n/repair/steps';
import type { StepProps } from './shared';

/** How often to look back, from which date, and the dates that follow. */
export function CheckInRhythm({ plan, update }: StepProps) {
  const dates = checkInDates(plan.firstCheckIn, plan.rhythm);
  return (
    <section class="rhythm hp-card" aria-labelledby="terugblikken">
      <h4 id="terugblikken">{t.rhythmTitle}</h4>
      <p>{t.rhythmIntro}</p>
      <div class="action__fields">
        <p class="field">
          <label for="ritme">{t.rhythmLabel}</label>
          <select
            id="ritme"
            value={plan.rhythm}
            onChange={(e) => update((p) => ({ ...p, rhythm: e.currentTarget.value as Rhythm }))}
          >
            {RHYTHMS.map((r) => (
              <option key={r} value={r}>
                {rhythmNames[r]}
              </option>
            ))}
          </select>
        </p>
        <p class="field">
          <label for="eerste-terugblik">{t.firstCheckInLabel}</label>
          <input
            id="eerste-terugblik"
            type="date"
            value={plan.firstCheckIn ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              update((p) => ({ ...p, firstCheckIn: v || undefined }));
            }}
          />
        </p>
      </div>
      {dates.length > 0 ? (
        <>
          <p>{t.upcoming}</p>
          <ul class="dates">
            {dates.map((d) => (
              <li key={d}>{formatDate(d)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t.noUpcoming}</p>
      )}
    </section>
  );
}
