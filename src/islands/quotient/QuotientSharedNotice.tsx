import type { ShareProblem } from '../../lib/core/share-code';
import type { CalculatorView } from './view';
import { QuotientMessage } from './QuotientMessage';

interface Props extends CalculatorView {
  /** Why a shared link could not be read, if it could not. */
  problem: ShareProblem | null;
  /** Whether shared relationships are on screen instead of the visitor's own. */
  shared: boolean;
  onSave: () => void;
  onLeave: () => void;
}

/** Above the calculator: a broken link explained, or the choice to keep what a link shows. */
export function QuotientSharedNotice({ t, problem, shared, message, onSave, onLeave }: Props) {
  return (
    <>
      {problem && (
        <div class="storage-notice" role="alert">
          <p>
            <strong>{t.badLinkTitle}</strong> {t.shareProblem[problem]} {t.badLinkFallback}
          </p>
        </div>
      )}
      {shared && (
        <section class="qcalc__shared" aria-labelledby="gedeeld">
          <h2 id="gedeeld">{t.sharedTitle}</h2>
          <p>{t.sharedIntro}</p>
          <p class="button-row">
            <button type="button" class="button" onClick={onSave}>
              {t.saveShared}
            </button>
            <button type="button" class="button button--secondary" onClick={onLeave}>
              {t.backToOwn}
            </button>
          </p>
          <QuotientMessage message={message} at="shared" />
        </section>
      )}
    </>
  );
}
