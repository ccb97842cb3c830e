import { stepsOf, unanswered, unscorable, type Instrument } from '../../lib/scan/scoring';
import { goToScanStep } from '../../stores/scan';
import { scanText as t } from '../../i18n/scan/scan';
import type { Screen } from './screen';

/** Before the result: which items are still open, and the way back to them. */
export function ScanReview({
  ins,
  answers,
  go,
  finish,
}: {
  ins: Instrument;
  answers: Readonly<Record<string, number>>;
  go: (s: Screen) => void;
  finish: () => void;
}) {
  const open = unanswered(ins, answers);
  const steps = stepsOf(ins.items);
  const lost = unscorable(ins, answers);
  const toStep = (step: number) => {
    goToScanStep(ins.id, step);
    go({ kind: 'steps', ins: ins.id, showOpen: true });
  };
  return (
    <section class="scan-review" aria-labelledby="scan-review-title">
      <h2 id="scan-review-title" tabIndex={-1} data-focus>
        {t.reviewTitle}
      </h2>
      <p>{t.reviewIntro(open.length, ins.items.length)}</p>
      <ul class="scan-open-list">
        {open.map((item) => {
          const step = steps.findIndex((s) => s.includes(item));
          return (
            <li key={item.id}>
              {item.text}{' '}
              <button type="button" class="linkish" onClick={() => toStep(step)}>
                {t.reviewGoTo(step + 1)}
              </button>
            </li>
          );
        })}
      </ul>
      <p>{t.reviewHint}</p>
      {lost.length > 0 && <p class="scan-note">{t.reviewUnscorable(lost.map((s) => s.name).join(', '))}</p>}
      <p class="button-row">
        <button
          type="button"
          class="button"
          onClick={() => toStep(steps.findIndex((s) => s.some((item) => item === open[0])))}
        >
          {t.reviewBack}
        </button>
        <button type="button" class="button button--secondary" onClick={finish}>
          {t.reviewContinue}
        </button>
      </p>
    </section>
  );
}
