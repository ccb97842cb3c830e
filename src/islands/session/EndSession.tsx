import { useState } from 'preact/hooks';
import { endSession } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';

/** Ending a session wipes its codes, settings and key from this device, after asking. */
export function EndSession({ say }: { say: (s: string) => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="session-end no-print" aria-labelledby="sessie-afsluiten">
      <h2 id="sessie-afsluiten">{t.endTitle}</h2>
      {asking ? (
        <div class="confirm" role="group" aria-label={t.end}>
          <p>{t.endConfirm}</p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => endSession().then(() => say(t.ended))}>
              {t.endYes}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
              {t.cancel}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
          {t.end}
        </button>
      )}
    </section>
  );
}
