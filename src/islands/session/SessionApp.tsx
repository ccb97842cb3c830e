import { useEffect, useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import { useStore } from '../../stores/use-store';
import { $session, tidyKeys } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';
import { StorageNotices } from '../shared/StorageNotices';
import { OtherToolLink } from '../shared/OtherToolLink';
import { SessionSetup } from './SessionSetup';
import { SessionInvite } from './SessionInvite';
import { CodeCollector } from './CodeCollector';
import { RevealPanel } from './RevealPanel';
import { EndSession } from './EndSession';

const KEYS = ['vw:groepssessie'];

/**
 * The facilitator's group session: start one, invite, collect codes, reveal the group's result.
 * The first render matches the server's; the saved session shows once running in the browser.
 */
export default function SessionApp({ instruments }: { instruments: SessionInstrument[] }) {
  const stored = useStore($session);
  const [live, setLive] = useState(false);
  const [said, say] = useState('');
  useEffect(() => {
    setLive(true);
    void tidyKeys();
  }, []);

  if (!live) return <p>{t.loading}</p>;
  const session = stored.session;
  const ins = session && instruments.find((i) => i.id === session.instrument);
  return (
    <div class="session-tool">
      <StorageNotices keys={KEYS} />
      <OtherToolLink />
      {!session || !ins ? (
        <SessionSetup instruments={instruments} say={say} />
      ) : (
        <>
          <header class="session-head no-print">
            <h2 class="session-head__title">{t.sessionTitle(session.name)}</h2>
            <p class="muted">{t.sessionMeta(ins.title, session.floor)}</p>
          </header>
          <SessionInvite session={session} ins={ins} say={say} />
          <CodeCollector session={session} ins={ins} />
          <RevealPanel session={session} ins={ins} />
          <EndSession say={say} />
        </>
      )}
      <p class="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
