import { useState } from 'preact/hooks';
import { PHASES, type Phase } from '../../lib/repair/catalogue';
import { LIMITS } from '../../lib/repair/plan';
import { addOwnAction } from '../../stores/repair-plans';
import { phaseNames } from '../../i18n/repair/builder';
import { addActionProblems, stepText as t } from '../../i18n/repair/steps';
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
      <p class="field">
        <label for="eigen-titel">{t.title}</label>
        <input
          id="eigen-titel"
          type="text"
          maxLength={LIMITS.title}
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </p>
      <p class="field">
        <label for="eigen-wat">{t.what}</label>
        <textarea
          id="eigen-wat"
          rows={3}
          maxLength={LIMITS.text}
          value={what}
          onInput={(e) => setWhat(e.currentTarget.value)}
        />
      </p>
      <div class="action__fields">
        <p class="field">
          <label for="eigen-wie">{t.owner}</label>
          <input
            id="eigen-wie"
            type="text"
            maxLength={LIMITS.owner}
            value={owner}
            placeholder={t.ownerPlaceholder}
            onInput={(e) => setOwner(e.currentTarget.value)}
          />
        </p>
        <p class="field">
          <label for="eigen-wanneer">{t.due}</label>
          <input id="eigen-wanneer" type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
        </p>
        <p class="field">
          <label for="eigen-fase">{t.phase}</label>
          <select id="eigen-fase" value={phase} onChange={(e) => setPhase(e.currentTarget.value as Phase)}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {phaseNames[p]}
              </option>
            ))}
          </select>
        </p>
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
