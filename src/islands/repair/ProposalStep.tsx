import { useMemo } from 'preact/hooks';
import { PHASES, recommend } from '../../lib/repair/catalogue';
import { adopt, needsFormalRoute, randomId, startOf } from '../../lib/repair/plan';
import { addDays } from '../../lib/repair/followup';
import { phaseNames, planText } from '../../i18n/repair/builder';
import { stepText as t } from '../../i18n/repair/steps';
import { ActionSource } from './ActionSource';
import type { StepProps } from './shared';

/** Step 3: the actions the rules pick for this situation, with why and where to read more. */
export function ProposalStep({ plan, update, announce, goTo, catalogue, today }: StepProps) {
  const start = startOf(plan);
  const actions = useMemo(() => (start ? recommend([...catalogue.values()], start) : []), [catalogue, JSON.stringify(start)]);

  const take = () => {
    let added = 0;
    update((p) => {
      const result = adopt(p, actions, randomId);
      added = result.added;
      // A first check-in two weeks out, so follow-up has a date from the start (the visitor can change it).
      return { ...result.plan, firstCheckIn: result.plan.firstCheckIn ?? addDays(today, 14) };
    });
    if (plan.adopted) announce(t.adopted(added));
    goTo('plan');
  };

  return (
    <div class="step step--proposal">
      {needsFormalRoute(plan) && <p class="note note--formal">{planText.formalActive}</p>}
      <p>{plan.start === 'ontwikkeling' ? t.proposalDevIntro : t.proposalIntro}</p>
      {actions.length === 0 && <p>{t.proposalEmpty}</p>}
      {PHASES.map((phase) => {
        const inPhase = actions.filter((a) => a.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <section class="phase" key={phase} aria-labelledby={`voorstel-${phase}`}>
            <h4 id={`voorstel-${phase}`}>{phaseNames[phase]}</h4>
            <ul class="action-list">
              {inPhase.map((a) => (
                <li class="action hp-card" key={a.id}>
                  <h5 class="action__title">{a.title}</h5>
                  <p>{a.what}</p>
                  <ActionSource action={a} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {plan.adopted && <p class="note">{t.adoptAgainNote}</p>}
      {actions.length > 0 && (
        <p class="button-row">
          <button type="button" class="button" onClick={take}>
            {plan.adopted ? t.adoptAgain : t.adopt}
          </button>
        </p>
      )}
    </div>
  );
}
