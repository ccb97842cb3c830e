import type { Case } from '../../lib/quotient/case';
import type { CalculatorView } from './view';
import { QuotientMessage } from './QuotientMessage';

interface Props extends CalculatorView {
  list: readonly Case[];
  link: string;
  onMake: (cases: Case[]) => void;
  onCopy: () => void;
}

/** Sharing: a link to the open relationship or to all of them, to copy. */
export function QuotientSharePanel({ t, draft, list, live, link, message, onMake, onCopy }: Props) {
  const nameOk = draft.name.trim() !== '';
  return (
    <section class="qshare no-print" aria-labelledby="delen">
      <h2 id="delen">{t.shareTitle}</h2>
      <p>{t.shareIntro}</p>
      <p class="button-row">
        {[
          [t.shareDraft, [draft], !nameOk],
          [t.shareAll, list, list.length === 0],
        ].map(([label, cases, off]) => (
          <button
            type="button"
            class="button button--secondary"
            disabled={!live || (off as boolean)}
            onClick={() => onMake(cases as Case[])}
          >
            {label as string}
          </button>
        ))}
      </p>
      {link && (
        <p class="qshare__link">
          <label for="q-link">{t.shareLabel}</label>
          <input id="q-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" class="button" onClick={onCopy}>
            {t.copy}
          </button>
        </p>
      )}
      <QuotientMessage message={message} at="share" />
    </section>
  );
}
