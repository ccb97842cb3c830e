import { useState } from 'preact/hooks';
import { MAX_SCAN_SCALES, SCAN_SCALES, type ScanInstrument } from '../../lib/repair/ids';
import { LIMITS, needsFormalRoute, type SituationDraft } from '../../lib/repair/plan';
import {
  instrumentNames,
  planText as t,
  scaleNames,
  situationProblems,
  situationQuestions,
} from '../../i18n/repair/builder';
import { situationHold } from '../../stores/repair-plans';
import type { StepProps } from './shared';

type Question = keyof typeof situationQuestions;
const QUESTIONS = Object.keys(situationQuestions) as Question[];

/** Step 2: what happened, between whom, how serious; or, for thin trust, the growth areas. */
export function SituationStep({ plan, update, goTo }: StepProps) {
  const [hint, setHint] = useState('');
  const development = plan.start === 'ontwikkeling';
  const open = QUESTIONS.filter((q) => !plan.situation[q]).length;
  const scales = plan.scan.scales;

  const next = () => {
    const problem = situationHold(plan.id);
    if (problem) return setHint(situationProblems[problem](open));
    setHint('');
    goTo('voorstel');
  };

  return (
    <div class="step step--situation">
      {needsFormalRoute(plan) && <p class="note note--formal">{t.formalActive}</p>}
      <fieldset class="choices">
        <legend>{t.startLegend}</legend>
        {(['herstel', 'ontwikkeling'] as const).map((start) => (
          <label class="choice-row" key={start}>
            <input
              type="radio"
              name={`${plan.id}-start`}
              checked={plan.start === start}
              onChange={() => update((p) => ({ ...p, start }))}
            />
            <span>{start === 'herstel' ? t.startHerstel : t.startOntwikkeling}</span>
          </label>
        ))}
      </fieldset>

      {!development &&
        QUESTIONS.map((q) => {
          const question = situationQuestions[q];
          const options = question.options as Record<string, string>;
          return (
            <fieldset
              class="choices"
              key={q}
              aria-describedby={'hint' in question ? `${plan.id}-${q}-hint` : undefined}
            >
              <legend>{question.legend}</legend>
              {'hint' in question && (
                <p class="choices__hint" id={`${plan.id}-${q}-hint`}>
                  {question.hint}
                </p>
              )}
              {Object.entries(options).map(([value, label]) => (
                <label class="choice-row" key={value}>
                  <input
                    type="radio"
                    name={`${plan.id}-${q}`}
                    checked={plan.situation[q] === value}
                    onChange={() => {
                      setHint('');
                      update((p) => ({ ...p, situation: { ...p.situation, [q]: value } as SituationDraft }));
                    }}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
          );
        })}

      {development && (
        <>
          <p id={`${plan.id}-scales-hint`}>{t.scalesHint}</p>
          {(Object.keys(SCAN_SCALES) as ScanInstrument[]).map((instrument) => (
            <fieldset class="choices" key={instrument} aria-describedby={`${plan.id}-scales-hint`}>
              <legend>
                {t.scalesLegend}: {instrumentNames[instrument]}
              </legend>
              {SCAN_SCALES[instrument].map((scale) => {
                const on = scales.includes(scale);
                return (
                  <label class="choice-row" key={scale}>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && scales.length >= MAX_SCAN_SCALES}
                      onChange={(e) => {
                        setHint('');
                        const checked = e.currentTarget.checked;
                        update((p) => ({
                          ...p,
                          scan: {
                            ...p.scan,
                            scales: checked
                              ? [...p.scan.scales, scale].slice(0, MAX_SCAN_SCALES)
                              : p.scan.scales.filter((s) => s !== scale),
                          },
                        }));
                      }}
                    />
                    <span>{scaleNames[scale]}</span>
                  </label>
                );
              })}
            </fieldset>
          ))}
          {scales.length >= MAX_SCAN_SCALES && <p class="choices__hint">{t.scalesMax}</p>}
        </>
      )}

      <p class="field">
        <label for={`${plan.id}-name`}>{t.nameLabel}</label>
        <span class="field__hint" id={`${plan.id}-name-hint`}>
          {t.nameHint}
        </span>
        <input
          id={`${plan.id}-name`}
          type="text"
          maxLength={LIMITS.name}
          value={plan.name}
          aria-describedby={`${plan.id}-name-hint`}
          onInput={(e) => {
            const name = e.currentTarget.value;
            update((p) => ({ ...p, name }));
          }}
        />
      </p>

      {hint && (
        <p class="form-hint" role="alert">
          {hint}
        </p>
      )}
      <p class="button-row">
        <button type="button" class="button" onClick={next}>
          {t.toProposal}
        </button>
      </p>
    </div>
  );
}
