import { useState } from 'preact/hooks';
import { PHASES, type Phase } from '../../lib/repair/catalogue';
import { LIMITS } from '../../lib/repair/plan';
import { addOwnAction } from '../../stores/repair-plans';
import { phaseNames } from '../../i18n/repair/builder';
import { addActionProblems, stepText as t } from '../../i18n/repair/steps';
import { DateField, InputField, SelectField, TextAreaField } from '../shared/fields';
import type { StepProps } from './shared';

/** The visitor's own action, added to the plan. */
export function AddActionForm({ plan, announce }: StepProps) {
  const [title, setTitle] = useState('');
  const [what, setWhat] = useState('');
  const [phase, setPhase] = useState<Phase>('deze-week');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [hint, setHint] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const problem = addOwnAction(plan.id, {
      title,
      what: what.trim(),
      phase,
      owner: owner.trim(),
      due: due || undefined,
    });
    if (problem) return setHint(addActionProblems[problem](LIMITS.actions));
    announce(t.added(title.trim()));
    setTitle('');
    setWhat('');
    setOwner('');
    setDue('');
    setHint('');
  };

  return (
    <form class="add-action hp-card" onSubmit={submit} aria-labelledby="eigen-actie">
      <h4 id="eigen-actie">{t.addTitle}</h4>
      <InputField
        id="eigen-titel"
        label={t.title}
        maxLength={LIMITS.title}
        value={title}
        onValue={setTitle}
      />
      <TextAreaField
        id="eigen-wat"
        label={t.what}
        rows={3}
        maxLength={LIMITS.text}
        value={what}
        onValue={setWhat}
      />
      <div class="action__fields">
        <InputField
          id="eigen-wie"
          label={t.owner}
          maxLength={LIMITS.owner}
          value={owner}
          placeholder={t.ownerPlaceholder}
          onValue={setOwner}
        />
        <DateField id="eigen-wanneer" label={t.due} value={due} onValue={setDue} />
        <SelectField
          id="eigen-fase"
          label={t.phase}
          value={phase}
          options={PHASES}
          names={phaseNames}
          onValue={setPhase}
        />
      </div>
      {hint && (
        <p class="form-hint" role="alert">
          {hint}
        </p>
      )}
      <p>
        <button type="submit" class="button button--secondary">
          {t.addSubmit}
        </button>
      </p>
    </form>
  );
}
