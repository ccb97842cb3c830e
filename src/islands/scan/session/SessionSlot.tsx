import { useEffect, useState } from 'preact/hooks';
import type { Instrument } from '../../../lib/scan/scoring';
import { content } from '../screen';
import type * as PartModule from './ParticipantSession';

type Part = { module: typeof PartModule; instruments: Instrument[] };

interface Props {
  start: (ins: Instrument) => void;
}

/**
 * Where the scan shows a group session: nothing, unless the page was opened with a session link,
 * and only then does the session's code (crypto, QR) load, with the instruments in full, so the
 * scan's own weight stays as it was.
 */
export function SessionSlot({ start }: Props) {
  const [part, setPart] = useState<Part>();
  useEffect(() => {
    const check = () => {
      if (location.hash.startsWith('#sessie='))
        Promise.all([import('./ParticipantSession'), content.load()]).then(
          ([module, { instruments }]) => setPart({ module, instruments }),
          () => setPart(undefined),
        );
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);
  if (!part) return null;
  const { default: ParticipantSession } = part.module;
  return <ParticipantSession instruments={part.instruments} start={start} />;
}
