import { useState } from 'preact/hooks';
import type { Instrument, ScanResult } from '../../../lib/scan/scoring';
import { readSessionLink } from '../../../lib/session/link';
import { dayNumber } from '../../../lib/session/code';
import { useStore } from '../../../stores/use-store';
import { $scan } from '../../../stores/scan';
import { participantText as t } from '../../../i18n/session/participant';
import { SessionBanner } from './SessionBanner';
import { ParticipantCode } from './ParticipantCode';

interface Props {
  instruments: Instrument[];
  start: (ins: Instrument) => void;
}

/** A participant's part of a group session inside the scan: the banner, then their code. */
export default function ParticipantSession({ instruments, start }: Props) {
  const [link] = useState(() => readSessionLink(location.hash, instruments));
  const state = useStore($scan);
  // Kept here as well, so the code stays on screen after the participant wipes their result.
  const [shown, setShown] = useState<ScanResult>();
  if (link.kind === 'none') return null;
  if (link.kind === 'problem') {
    return (
      <div class="scan-problem" role="alert">
        <p>
          <strong>{t.badLink}</strong> {t.linkProblem[link.problem]}
        </p>
        <p>{t.badLinkAfter}</p>
      </div>
    );
  }
  const ins = instruments.find((i) => i.id === link.value.i)!;
  // Today's newest result of this instrument's current version: the one that counts for the session.
  const today = dayNumber(new Date());
  const latest = state.results
    .filter(
      (r) =>
        r.instrument === ins.id && r.version === ins.version && dayNumber(new Date(r.completedAt)) === today,
    )
    .sort((a, b) => b.completedAt.localeCompare(a.completedAt))[0];
  if (latest && latest.id !== shown?.id) setShown(latest);
  const result = latest ?? shown;
  return (
    <>
      <SessionBanner link={link.value} ins={ins} start={start} done={Boolean(result)} />
      {result && <ParticipantCode link={link.value} ins={ins} result={result} kept={Boolean(latest)} />}
    </>
  );
}
