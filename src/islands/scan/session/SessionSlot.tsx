import { useEffect, useState } from 'preact/hooks';
import type { Instrument } from '../../../lib/scan/scoring';
import type * as PartModule from './ParticipantSession';

type Part = typeof PartModule;

interface Props {
  instruments: Instrument[];
  start: (ins: Instrument) => void;
}

/**
 * Where the scan shows a group session: nothing, unless the page was opened with a session link,
 * and only then does the session's code (crypto, QR) load, so the scan's own weight stays as it was.
 */
export function SessionSlot(props: Props) {
  const [part, setPart] = useState<Part>();
  useEffect(() => {
    const check = () => {
      if (location.hash.startsWith('#sessie='))
        import('./ParticipantSession').then(setPart, () => setPart(undefined));
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);
  if (!part) return null;
  const { default: ParticipantSession } = part;
  return <ParticipantSession {...props} />;
}
