import { decodeShare } from '../../lib/core/share-code';
import { scanHandoffFormat } from '../../lib/scan/handoff';
import { isScanScale, type ScanInstrument } from '../../lib/repair/catalogue';
import { LIMITS } from '../../lib/repair/plan';
import { instrumentNames, planText as t, scaleNames, shareProblems } from '../../i18n/repair/builder';

export type Handoff = { instrument: string; scales: string[]; unknown: string[] } | { problem: string };

export function readHandoff(): Handoff | null {
  const decoded = decodeShare(scanHandoffFormat, location.hash);
  if (!decoded.ok) return decoded.problem === 'absent' ? null : { problem: shareProblems[decoded.problem] };
  const scales = decoded.value.scales.filter(isScanScale);
  const unknown = decoded.value.scales.filter((s) => !isScanScale(s));
  if (scales.length === 0) return { problem: t.fromScanNone };
  return { instrument: decoded.value.instrument, scales, unknown };
}

/** What a link from the scan brings: its growth areas to start a plan with, or why the link is unusable. */
export function ScanHandoffNotice({ handoff, full, onStart }: { handoff: Handoff; full: boolean; onStart: (h: Exclude<Handoff, { problem: string }>) => void }) {
  if ('problem' in handoff) {
    return (
      <div class="callout callout--voorbeeld handoff" role="status">
        <p class="callout__title">{t.fromScanTitle}</p>
        <p>
          {t.fromScanBad} {handoff.problem}
        </p>
        <p>{t.fromScanBadAfter}</p>
      </div>
    );
  }
  const instrument = instrumentNames[handoff.instrument as ScanInstrument] ?? handoff.instrument;
  return (
    <div class="callout callout--tool handoff" role="region" aria-labelledby="vanuit-scan-titel">
      <p class="callout__title" id="vanuit-scan-titel">
        {t.fromScanTitle}
      </p>
      <p>{t.fromScanIntro(instrument)}</p>
      <ul>
        {handoff.scales.map((s) => (
          <li key={s}>{scaleNames[s as keyof typeof scaleNames]}</li>
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
