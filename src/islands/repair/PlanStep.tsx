import { useState } from 'preact/hooks';
import { PHASES } from '../../lib/repair/catalogue';
import { restoreAction, type PlanAction } from '../../lib/repair/plan';
import { movePlanAction, removePlanAction } from '../../stores/repair-plans';
import { phaseNames, planText, stepNames } from '../../i18n/repair/builder';
import { stepText as t } from '../../i18n/repair/steps';
import { ConversationHelper } from './ConversationHelper';
import { ActionEditor } from './ActionEditor';
import { AddActionForm } from './AddActionForm';
import { CheckInRhythm } from './CheckInRhythm';
import { PlanExports } from './PlanExports';
import { focusSoon, type PartProps } from './shared';

/** Step 4: make the plan your own, set the rhythm of check-ins, and take it with you. */
export function PlanStep(props: PartProps) {
  const { plan, update, announce, goTo } = props;
  const [undo, setUndo] = useState<{ action: PlanAction; index: number } | null>(null);

  const remove = (a: PlanAction) => {
    const removed = removePlanAction(plan.id, a.id);
    if (removed) {
      setUndo(removed);
      announce(t.removed(a.title));
      focusSoon('plan-undo');
    }
  };

  const move = (a: PlanAction, delta: -1 | 1) => {
    const { position, of } = movePlanAction(plan.id, a.id, delta);
    announce(t.moved(a.title, position, of));
    focusSoon(`${a.id}-${delta < 0 ? 'op' : 'neer'}`);
  };

  return (
    <div class="step step--plan">
      <p>{t.planIntro}</p>
      {undo && (
        <p class="undo" role="status">
          {t.removed(undo.action.title)}{' '}
          <button
            type="button"
            id="plan-undo"
            class="button button--secondary"
            onClick={() => {
              update((p) => restoreAction(p, undo));
              announce(t.restored(undo.action.title));
              focusSoon(`${undo.action.id}-titel`);
              setUndo(null);
            }}
          >
            {t.undo}
          </button>
        </p>
      )}
      {PHASES.map((phase) => {
        const inPhase = plan.actions.filter((a) => a.phase === phase);
        return (
          <section class="phase" key={phase} aria-labelledby={`plan-${phase}`}>
            <h4 id={`plan-${phase}`}>{phaseNames[phase]}</h4>
            {inPhase.length === 0 ? (
              <p class="muted">{t.noActions}</p>
            ) : (
              <ol class="action-list" aria-label={t.actionsLabel(phaseNames[phase])}>
                {inPhase.map((a) => (
                  <ActionEditor
                    key={a.id}
                    {...props}
                    action={a}
                    onMove={(d) => move(a, d)}
                    onRemove={() => remove(a)}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <AddActionForm {...props} />
      <CheckInRhythm {...props} />
      <ConversationHelper {...props} />
      <PlanExports {...props} />
      <p class="button-row no-print">
        <button type="button" class="button" onClick={() => goTo('opvolgen')}>
          {planText.next}: {stepNames.opvolgen}
        </button>
      </p>
    </div>
  );
}
