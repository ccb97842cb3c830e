import { useEffect, useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import type { Session } from '../../lib/session/codec';
import { missingForReveal } from '../../lib/session/aggregate';
import { hideResults, reveal } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';
import type * as GroupModule from './GroupView';

type Group = typeof GroupModule;
let group: Promise<Group> | undefined;

/** Nothing of the results shows until the facilitator reveals them and the count reaches the floor. */
export function RevealPanel({ session, ins }: { session: Session; ins: SessionInstrument }) {
  const missing = missingForReveal(session.entries.length, session.floor);
  const open = session.revealed && missing === 0;
  const [view, setView] = useState<Group>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!open || view) return;
    (group ??= import('./GroupView')).then(setView, () => {
      group = undefined;
      setFailed(true);
    });
  }, [open, view, failed]);

  return (
    <section class="session-reveal" aria-labelledby="sessie-uitkomst">
      <h2 id="sessie-uitkomst" class="no-print">
        {t.revealTitle}
      </h2>
      {missing > 0 ? (
        <p class="session-note no-print">{t.needMore(missing, session.floor)}</p>
      ) : !session.revealed ? (
        <div class="no-print">
          <p>{t.readyToReveal}</p>
          <button type="button" class="button" onClick={reveal}>
            {t.reveal}
          </button>
        </div>
      ) : (
        <p class="no-print">
          <button type="button" class="button button--secondary" onClick={hideResults}>
            {t.hide}
          </button>
        </p>
      )}
      {open && failed && (
        <div class="session-problem no-print" role="alert">
          <p>{t.loadFailed}</p>
          <button type="button" class="button button--secondary" onClick={() => setFailed(false)}>
            {t.retry}
          </button>
        </div>
      )}
      {open && !failed && !view && <p role="status">{t.loading}</p>}
      {open && view && <view.GroupView session={session} ins={ins} />}
    </section>
  );
}
