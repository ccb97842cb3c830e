import type { ScanResult } from '../../lib/scan/scoring';
import { keepScanResult } from '../../stores/scan';
import { t } from './text';

/** Above a result opened from a link: it is not on this device until the visitor chooses to keep it. */
export function SharedBanner({
  result,
  saved,
  say,
}: {
  result: ScanResult;
  saved: boolean;
  say: (s: string) => void;
}) {
  return (
    <div class="scan-banner">
      <p>{t.sharedBanner}</p>
      {saved ? (
        <p>
          <strong>{t.sharedAlready}</strong>
        </p>
      ) : (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            keepScanResult(result);
            say(t.sharedSaved);
          }}
        >
          {t.sharedSave}
        </button>
      )}
    </div>
  );
}
