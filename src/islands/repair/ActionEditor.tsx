import { useState } from 'preact/hooks';
import { PHASES, type Phase } from '../../lib/repair/catalogue';
import { LIMITS, updateAction, type PlanAction } from '../../lib/repair/plan';
import { phaseNames, planText } from '../../i18n/repair/builder';
import { stepText as t } from '../../i18n/repair/steps';
import { Confirm } from '../shared/Confirm';
import { ActionSource } from './ActionSource';
import { focusSoon, type StepProps } from './shared';

export interface EditorProps extends StepProps {
  action: PlanAction;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One action of the plan: its text to edit, who and when, its phase, and moving or removing it. */
export function ActionEditor({ action: a, update, catalogue, onMove, onRemove }: EditorProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const source = a.catalogueId ? catalogue.get(a.catalogueId) : undefined;
  const set = (patch: Partial<PlanAction>) => update((p) => updateAction(p, a.id, patch));
  const id = (field: string) => `${a.id}-${field}`;

  return (
    <li class="action hp-card">
      {editing ? (
        <div class="action__edit">
          <p class="field">
            <label for={id('titelveld')}>{t.title}</label>
            <input
              id={id('titelveld')}
              type="text"
              maxLength={LIMITS.title}
              value={a.title}
              onInput={(e) => set({ title: e.currentTarget.value })}
            />
          </p>
          <p class="field">
            <label for={id('wat')}>{t.what}</label>
            <textarea
              id={id('wat')}
              rows={4}
              maxLength={LIMITS.text}
              value={a.what}
              onInput={(e) => set({ what: e.currentTarget.value })}
            />
          </p>
        </div>
      ) : (
        <>
          <h5 class="action__title" id={id('titel')} tabIndex={-1}>
            {a.title || planText.untitled}
          </h5>
          {a.what && <p class="action__what">{a.what}</p>}
        </>
      )}
      {source ? <ActionSource action={source} /> : <p class="action__own">{t.ownAction}</p>}
      <div class="action__fields">
        <p class="field">
          <label for={id('wie')}>{t.owner}</label>
          <input
            id={id('wie')}
            type="text"
            maxLength={LIMITS.owner}
            value={a.owner}
            placeholder={t.ownerPlaceholder}
            onInput={(e) => set({ owner: e.currentTarget.value })}
          />
        </p>
        <p class="field">
          <label for={id('wanneer')}>{t.due}</label>
          <input
            id={id('wanneer')}
            type="date"
            value={a.due ?? ''}
            onChange={(e) => set({ due: e.currentTarget.value || undefined })}
          />
        </p>
        <p class="field">
          <label for={id('fase')}>{t.phase}</label>
          <select
            id={id('fase')}
            value={a.phase}
            onChange={(e) => set({ phase: e.currentTarget.value as Phase })}
          >
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {phaseNames[p]}
              </option>
            ))}
          </select>
        </p>
      </div>
      {confirming ? (
        <Confirm
          question={t.removeQuestion(a.title || planText.untitled)}
          questionId={id('weg-vraag')}
          yes={t.removeYes}
          yesId={id('weg-ja')}
          cancel={t.removeCancel}
          destructive
          onYes={onRemove}
          onCancel={() => {
            setConfirming(false);
            focusSoon(id('weg'));
          }}
        />
      ) : (
        <p class="action__buttons">
          <button
            type="button"
            class="button button--quiet"
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            {editing ? t.editDone : t.edit}
          </button>
          <button type="button" class="button button--quiet" id={id('op')} onClick={() => onMove(-1)}>
            <span aria-hidden="true">↑ </span>
            {t.upLabel}
            <span class="sr-only">: {a.title}</span>
          </button>
          <button type="button" class="button button--quiet" id={id('neer')} onClick={() => onMove(1)}>
            <span aria-hidden="true">↓ </span>
            {t.downLabel}
            <span class="sr-only">: {a.title}</span>
          </button>
          <button
            type="button"
            class="button button--quiet button--quiet-danger"
            id={id('weg')}
            onClick={() => {
              setConfirming(true);
              focusSoon(id('weg-ja'));
            }}
          >
            {t.removeLabel}
            <span class="sr-only">: {a.title}</span>
          </button>
        </p>
      )}
    </li>
  );
}
