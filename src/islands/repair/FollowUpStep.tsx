import { PHASES } from '../../lib/repair/catalogue';
import { setDone } from '../../lib/repair/plan';
import { overdue, progress, trend } from '../../lib/repair/followup';
import { formatDate, phaseNames, planText } from '../../i18n/repair/builder';
import { stepText as t } from '../../i18n/repair/steps';
import { CheckInForm } from './CheckInForm';
import { CheckInHistory } from './CheckInHistory';
import { TrendView } from './TrendView';
import type { StepProps } from './shared';

/** Step 5: mark actions done, note check-ins, re-rate the relationship and see the trend. */
export function FollowUpStep(props: StepProps) {
  const { plan, update, today } = props;
  const { done, total } = progress(plan);
  const late = new Set(overdue(plan, today).map((a) => a.id));

  return (
    <div class="step step--follow">
      <p>{t.followIntro}</p>
      <p class="progress-line">
        <strong>{t.progressLine(done, total)}</strong>
      </p>
      {PHASES.map((phase) => {
        const inPhase = plan.actions.filter((a) => a.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <fieldset class="choices done-list" key={phase}>
            <legend>{phaseNames[phase]}</legend>
            {inPhase.map((a) => (
              <div class="choice-row done-row" key={a.id}>
                <input
                  type="checkbox"
                  id={`${a.id}-gedaan`}
                  checked={a.done}
                  aria-describedby={`${a.id}-status`}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    update((p) => setDone(p, a.id, on, today));
                  }}
                />
                <label for={`${a.id}-gedaan`}>{a.title || planText.untitled}</label>
                <span class="done-row__meta" id={`${a.id}-status`}>
                  {a.owner && <span>{a.owner}</span>}
                  {a.done && a.doneOn && <span>{t.doneOn(formatDate(a.doneOn))}</span>}
                  {!a.done && a.due && <span>{t.dueOn(formatDate(a.due))}</span>}
                  {late.has(a.id) && <span class="late">{t.overdue}</span>}
                </span>
              </div>
            ))}
          </fieldset>
        );
      })}
      <CheckInForm {...props} />
      <CheckInHistory {...props} />
      <TrendView trend={trend(plan.checkIns)} />
    </div>
  );
}
