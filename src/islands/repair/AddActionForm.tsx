import { useState } from 'preact/hooks';
import { PHASES, type Phase } from '../../lib/repair/catalogue';
import { LIMITS } from '../../lib/repair/plan';
import { addOwnAction } from '../../stores/repair-plans';
import { phaseNames } from '../../i18n/repair/builder';
import { addActionProblems, stepText as t } from '../../i18n/repair/steps';
import { DateField, InputField, SelectField, TextAreaField, useFields } from '../shared/fields';
import type { StepProps } from './shared';

const EMPTY = { title: '', what: '', owner: '', due: '' };

/** The visitor's own action, added to the plan. */
export function AddActionForm({ plan, announce }: StepProps) {
  const [form, bind, setForm] = useFields({ ...EMPTY, phase: 'deze-week' as Phase });
  const { title, what, phase, owner, due } = form;
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
    // The text fields empty; the phase keeps its choice.
    setForm((now) => ({ ...now, ...EMPTY }));
    setHint('');
  };

  return (
    <form class="add-action hp-card" onSubmit={submit} aria-labelledby="eigen-actie">
      <h4 id="eigen-actie">{t.addTitle}</h4>
      <InputField id="eigen-titel" label={t.title} maxLength={LIMITS.title} {...bind('title')} />
      <TextAreaField id="eigen-wat" label={t.what} rows={3} maxLength={LIMITS.text} {...bind('what')} />
      <div class="action__fields">
        <InputField
          id="eigen-wie"
          label={t.owner}
          maxLength={LIMITS.owner}
          placeholder={t.ownerPlaceholder}
          {...bind('owner')}
        />
        <DateField id="eigen-wanneer" label={t.due} {...bind('due')} />
        <SelectField id="eigen-fase" label={t.phase} options={PHASES} names={phaseNames} {...bind('phase')} />
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
