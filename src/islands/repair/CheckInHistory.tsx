import { FACTORS, quotient } from '../../lib/quotient/quotient';
import { hasScores, removeCheckIn } from '../../lib/repair/plan';
import { formatDate } from '../../i18n/repair/builder';
import { factorNames, formatIndex, stepText as t } from '../../i18n/repair/steps';
import type { StepProps } from './shared';

/** The earlier check-ins, newest first, each to remove. */
export function CheckInHistory({ plan, update, announce }: StepProps) {
  const items = [...plan.checkIns].reverse();
  return (
    <section class="history" aria-labelledby="eerdere-terugblikken">
      <h4 id="eerdere-terugblikken">{t.historyTitle}</h4>
      {items.length === 0 ? (
        <p class="muted">{t.noHistory}</p>
      ) : (
        <ol class="history__list" reversed>
          {items.map((c) => (
            <li class="hp-card" key={c.id}>
              <h5>{formatDate(c.date)}</h5>
              {c.note && <p class="history__note">{c.note}</p>}
              {hasScores(c) && (
                <p class="history__scores">
                  {FACTORS.map((f) => `${factorNames[f]} ${c.scores[f]}`).join(' · ')} · {t.indexLabel}{' '}
                  {formatIndex(quotient(c.scores))}
                </p>
              )}
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  update((p) => removeCheckIn(p, c.id));
                  announce(t.checkInDeleted(formatDate(c.date)));
                }}
              >
                {t.removeLabel}
                <span class="sr-only">: {t.deleteCheckIn(formatDate(c.date))}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
