import type { Fragment } from '../../lib/core/fragment';
import type { ScanInstrument } from '../../lib/repair/catalogue';
import type { HandoffProblem, HandoffStart } from '../../lib/repair/scan-handoff';
import { LIMITS } from '../../lib/repair/plan';
import { handoffProblems, instrumentNames, planText as t, scaleNames } from '../../i18n/repair/builder';

export type Handoff = Fragment<HandoffStart, HandoffProblem>;

/** What a link from the scan brings: its growth areas to start a plan with, or why the link is unusable. */
export function ScanHandoffNotice({
  handoff: read,
  full,
  onStart,
}: {
  handoff: Handoff;
  full: boolean;
  onStart: (h: HandoffStart) => void;
}) {
  if (read.kind === 'none') return null;
  if (read.kind === 'problem') {
    return (
      <div class="callout callout--voorbeeld handoff" role="status">
        <p class="callout__title">{t.fromScanTitle}</p>
        <p>
          {t.fromScanBad} {handoffProblems[read.problem]}
        </p>
        <p>{t.fromScanBadAfter}</p>
      </div>
    );
  }
  const handoff = read.value;
  const instrument = instrumentNames[handoff.instrument as ScanInstrument] ?? handoff.instrument;
  return (
    <div class="callout callout--tool handoff" role="region" aria-labelledby="vanuit-scan-titel">
      <p class="callout__title" id="vanuit-scan-titel">
        {t.fromScanTitle}
      </p>
      <p>{t.fromScanIntro(instrument)}</p>
      <ul>
        {handoff.scales.map((s) => (
          <li key={s}>{scaleNames[s]}</li>
        ))}
      </ul>
      {handoff.unknown.length > 0 && <p>{t.fromScanUnknown(handoff.unknown.join(', '))}</p>}
      <p>{t.fromScanNote}</p>
      {full ? (
        <p>{t.maxPlans(LIMITS.plans)}</p>
      ) : (
        <p>
          <button type="button" class="button" onClick={() => onStart(handoff)}>
            {t.fromScanStart}
          </button>
        </p>
      )}
    </div>
  );
}
