import { useMemo } from 'preact/hooks';
import { PHASES, recommend } from '../../lib/repair/catalogue';
import { needsFormalRoute, startOf } from '../../lib/repair/plan';
import { adoptProposal } from '../../stores/repair-plans';
import { phaseNames, planText } from '../../i18n/repair/builder';
import { stepText as t } from '../../i18n/repair/steps';
import { ActionSource } from './ActionSource';
import type { PartProps } from './shared';

/** Step 3: the actions the rules pick for this situation, with why and where to read more. */
export function ProposalStep({ plan, announce, goTo, catalogue, today }: PartProps) {
  const start = startOf(plan);
  const actions = useMemo(
    () => (start ? recommend([...catalogue.values()], start) : []),
    [catalogue, JSON.stringify(start)],
  );

  const take = () => {
    const added = adoptProposal(plan.id, actions, today);
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
