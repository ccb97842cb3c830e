import { useState } from 'preact/hooks';
import { SAFETY_CONCERNS, type SafetyConcern } from '../../lib/repair/ids';
import { emergencyLine, formalRoutes, planText as t, safetyConcerns } from '../../i18n/repair/builder';
import { confirmSafety } from '../../stores/repair-plans';
import { focusSoon, type StepProps } from './shared';
import { siteHref } from '../shared/site-path';

/** Step 1: harassment, discrimination, violence, fraud or danger are not a trust exercise. */
export function SafetyStep({ plan, update, announce, goTo, links }: StepProps) {
  const { concerns, checked, continueForRest } = plan.safety;
  const [none, setNone] = useState(checked && concerns.length === 0);
  const [hint, setHint] = useState('');
  const [stopped, setStopped] = useState(false);

  const toggle = (c: SafetyConcern, on: boolean) => {
    setHint('');
    setStopped(false);
    if (on) setNone(false);
    const next = on ? [...concerns, c] : concerns.filter((x) => x !== c);
    // A changed answer is a new answer: the check has to be confirmed again.
    update((p) => ({
      ...p,
      safety: {
        checked: false,
        concerns: SAFETY_CONCERNS.filter((x) => next.includes(x)),
        continueForRest: false,
      },
    }));
  };

  const confirm = () => {
    const confirmed = confirmSafety(plan.id, none);
    if (!confirmed.ok) return setHint(t.safetyChooseFirst);
    setHint('');
    if (confirmed.concerns === 0) goTo('situatie');
    else focusSoon('formele-routes');
  };

  const showRoutes = checked && concerns.length > 0;

  return (
    <div class="step step--safety">
      <p>{t.safetyIntro}</p>
      <p>
        {t.helpPointer} <a href={siteHref('hulp/')}>{t.helpLink}</a>
      </p>
      <fieldset class="choices">
        <legend>{t.safetyLegend}</legend>
        {SAFETY_CONCERNS.map((c) => (
          <label class="choice-row" key={c}>
            <input
              type="checkbox"
              checked={concerns.includes(c)}
              onChange={(e) => toggle(c, e.currentTarget.checked)}
            />
            <span>{safetyConcerns[c]}</span>
          </label>
        ))}
        <label class="choice-row choice-row--none">
          <input
            type="checkbox"
            checked={none && concerns.length === 0}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setNone(on);
              setHint('');
              if (on)
                update((p) => ({ ...p, safety: { checked: false, concerns: [], continueForRest: false } }));
            }}
          />
          <span>{t.safetyNone}</span>
        </label>
      </fieldset>
      {hint && (
        <p class="form-hint" role="alert">
          {hint}
        </p>
      )}
      {!showRoutes && (
        <p class="button-row">
          <button type="button" class="button" onClick={confirm}>
            {t.safetyConfirm}
          </button>
        </p>
      )}

      {showRoutes && (
        <div
          class="callout callout--letop formal"
          id="formele-routes"
          tabIndex={-1}
          role="region"
          aria-labelledby="formele-routes-titel"
        >
          <p class="callout__title" id="formele-routes-titel">
            {t.formalTitle}
          </p>
          <p>{t.formalIntro}</p>
          <ul>
            {formalRoutes.map((r) => (
              <li key={r.who}>
                <strong>{r.who}</strong> {r.what}
              </li>
            ))}
          </ul>
          <p>
            <strong>{emergencyLine}</strong>
          </p>
          <p>
            {t.formalMore} <a href={links.formalRoutes}>{t.formalMoreLink}</a>.
          </p>
          <p>{t.formalAfter}</p>
          <p class="button-row">
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setStopped(true);
                announce(t.formalStopped);
              }}
            >
              {t.formalStop}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                update((p) => ({ ...p, safety: { ...p.safety, continueForRest: true } }));
                goTo('situatie');
              }}
            >
              {t.formalContinue}
            </button>
          </p>
          {stopped && <p class="formal__stopped">{t.formalStopped}</p>}
          {continueForRest && <p>{t.formalActive}</p>}
        </div>
      )}
    </div>
  );
}
