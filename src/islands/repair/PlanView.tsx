import { useEffect, useRef } from 'preact/hooks';
import { reachable, STEPS, type Plan, type Step } from '../../lib/repair/plan';
import { changePlan } from '../../stores/repair-plans';
import { planText as t, stepNames } from '../../i18n/repair/builder';
import { SafetyStep } from './SafetyStep';
import { SituationStep } from './SituationStep';
import { PlanPart } from './PlanPart';
import { focusSoon, type StepProps } from './shared';
import type { BuilderLinks } from './guide-links';

const STEP_TITLE_ID = 'plan-stap';

interface ViewProps {
  plan: Plan;
  today: string;
  links: BuilderLinks;
  announce: (text: string) => void;
}

/** The open plan: its name, the stepper and the current step, and the printable plan once adopted. */
export function PlanView({ plan, today, links, announce }: ViewProps) {
  const can = reachable(plan);
  const step: Step = can[plan.step] ? plan.step : 'veiligheid';
  const first = useRef(true);

  useEffect(() => {
    // Moving to another step puts focus on its heading (not when the page first opens).
    if (first.current) {
      first.current = false;
      return;
    }
    focusSoon(STEP_TITLE_ID);
  }, [step]);

  const update = (change: (p: Plan) => Plan) => changePlan(plan.id, change);
  const goTo = (next: Step) => {
    update((p) => ({ ...p, step: next }));
    window.scrollTo?.({
      top: (document.getElementById('plan-titel')?.getBoundingClientRect().top ?? 0) + window.scrollY - 80,
    });
    // Focus moves in the effect on `step` above; moving it here as well made it jump back to the
    // heading when the visitor had already tabbed on.
  };
  const props: StepProps = { plan, update, announce, goTo, today, links };
  const n = STEPS.indexOf(step) + 1;

  return (
    <section class="plan" aria-labelledby="plan-titel">
      <h2 id="plan-titel" tabIndex={-1} class="no-print">
        {plan.name.trim() || t.untitled}
      </h2>
      <nav class="stepper no-print" aria-label={t.stepsLabel}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                class="stepper__step"
                aria-current={s === step ? 'step' : undefined}
                disabled={!can[s]}
                onClick={() => goTo(s)}
              >
                <span class="stepper__n" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {stepNames[s]}
                {!can[s] && <span class="sr-only"> ({t.stepLocked})</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div class="plan__step no-print">
        <h3 id={STEP_TITLE_ID} tabIndex={-1}>
          <span class="plan__step-n">{t.stepOf(n, STEPS.length)}:</span>{' '}
          {step === 'veiligheid' ? t.safetyTitle : stepNames[step]}
        </h3>
        {step === 'veiligheid' && <SafetyStep {...props} />}
        {step === 'situatie' && <SituationStep {...props} />}
        {(step === 'voorstel' || step === 'plan' || step === 'opvolgen') && (
          <PlanPart name={step} props={props} />
        )}
      </div>
      {plan.adopted && <PlanPart name="afdruk" props={props} />}
    </section>
  );
}
