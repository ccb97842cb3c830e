import { zoneOf, type Factor, type Scores } from '../../lib/quotient/quotient';
import { KINDS, MAX_NAME_LENGTH, type Case } from '../../lib/quotient/case';
import { quotientText, zoneName } from '../../i18n/quotient/calculator';
import { factorName } from '../../i18n/quotient/factors';
import type { FactorHelp } from '../../i18n/quotient/page';
import type { CalculatorView } from './view';
import { fill } from './fill';
import { QuotientMessage } from './QuotientMessage';

const PAIRS: Factor[][] = [
  ['competence', 'reliability'],
  ['intentions', 'integrity'],
  ['probability', 'impact'],
];

interface Props extends CalculatorView {
  help: Record<Factor, FactorHelp>;
  q: number;
  /** Whether a saved relationship has the draft's name, so saving updates it. */
  named: boolean;
  status: string;
  /** No factor set yet: the quotient of the starting place is not shown. */
  blank: boolean;
  edit: (change: Partial<Case>) => void;
  /** A slider moved: from now on the result is spoken after a pause. */
  onMoved: () => void;
  onSave: () => void;
  onNew: () => void;
}

/** The calculator's form: a name, a kind of relationship and the six factors as sliders. */
export function QuotientForm({
  t,
  help,
  kindName,
  draft,
  q,
  live,
  named,
  status,
  blank,
  message,
  edit,
  onMoved,
  onSave,
  onNew,
}: Props) {
  const zone = zoneOf(q);
  const nameOk = draft.name.trim() !== '';
  return (
    <form
      class="qcalc__form"
      aria-labelledby="inschatting"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h2 id="inschatting">{t.formTitle}</h2>
      <label for="q-name">{t.nameLabel}</label>
      <p id="q-name-hint" class="qcalc__hint">
        {t.nameHint}
      </p>
      <input
        id="q-name"
        type="text"
        autocomplete="off"
        maxLength={MAX_NAME_LENGTH}
        value={draft.name}
        disabled={!live}
        aria-describedby="q-name-hint"
        onInput={(e) => edit({ name: e.currentTarget.value })}
      />
      <fieldset class="qcalc__kinds">
        <legend>{t.kindLegend}</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="q-kind"
              checked={draft.kind === k}
              disabled={!live}
              onChange={() => edit({ kind: k })}
            />
            {kindName[k]}
          </label>
        ))}
      </fieldset>
      {PAIRS.map((pair, i) => (
        <fieldset key={i} class="qcalc__pair">
          <legend>{t.pairs[i]}</legend>
          {pair.map((f) => (
            <div class="qfactor" key={f}>
              <label for={`q-${f}`}>{factorName[f]}</label>
              <span class="qfactor__value" aria-hidden="true">
                {draft.scores[f]}
              </span>
              <p id={`q-${f}-q`} class="qcalc__hint">
                {help[f].question}
              </p>
              <input
                id={`q-${f}`}
                type="range"
                min="1"
                max="10"
                value={draft.scores[f]}
                disabled={!live}
                aria-valuetext={fill(t.valueText, draft.scores[f])}
                aria-describedby={`q-${f}-q q-${f}-ends`}
                onInput={(e) => {
                  onMoved();
                  edit({ scores: { ...draft.scores, [f]: Number(e.currentTarget.value) } as Scores });
                }}
              />
              <p id={`q-${f}-ends`} class="qcalc__hint qfactor__ends">
                <span>1: {help[f].low}</span>
                <span>10: {help[f].high}</span>
              </p>
            </div>
          ))}
        </fieldset>
      ))}
      {!blank && (
        <p class="qcalc__sticky" aria-hidden="true">
          {t.quotient} <strong>{quotientText(q)}</strong> · {zoneName[zone]}
        </p>
      )}
      <p class="qcalc__hint">{status}</p>
      <p class="button-row">
        <button type="submit" class="button" disabled={!live || !nameOk}>
          {named ? t.saveChanges : t.save}
        </button>
        <button type="button" class="button button--secondary" disabled={!live} onClick={onNew}>
          {t.newOne}
        </button>
      </p>
      <QuotientMessage message={message} at="form" />
    </form>
  );
}
