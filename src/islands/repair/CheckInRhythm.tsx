import { RHYTHMS } from '../../lib/repair/plan';
import { checkInDates } from '../../lib/repair/followup';
import { formatDate } from '../../i18n/repair/builder';
import { rhythmNames, stepText as t } from '../../i18n/repair/steps';
import { DateField, SelectField } from '../shared/fields';
import type { StepProps } from './shared';

/** How often to look back, from which date, and the dates that follow. */
export function CheckInRhythm({ plan, update }: StepProps) {
  const dates = checkInDates(plan.firstCheckIn, plan.rhythm);
  return (
    <section class="rhythm hp-card" aria-labelledby="terugblikken">
      <h4 id="terugblikken">{t.rhythmTitle}</h4>
      <p>{t.rhythmIntro}</p>
      <div class="action__fields">
        <SelectField
          id="ritme"
          label={t.rhythmLabel}
          value={plan.rhythm}
          options={RHYTHMS}
          names={rhythmNames}
          onValue={(rhythm) => update((p) => ({ ...p, rhythm }))}
        />
        <DateField
          id="eerste-terugblik"
          label={t.firstCheckInLabel}
          value={plan.firstCheckIn ?? ''}
          onValue={(v) => update((p) => ({ ...p, firstCheckIn: v || undefined }))}
        />
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
