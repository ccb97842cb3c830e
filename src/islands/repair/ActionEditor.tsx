import { useState } from 'preact/hooks';
import { PHASES } from '../../lib/repair/catalogue';
import { LIMITS, updateAction, type PlanAction } from '../../lib/repair/plan';
import { phaseNames, planText } from '../../i18n/repair/builder';
import { stepText as t } from '../../i18n/repair/steps';
import { Confirm } from '../shared/Confirm';
import { DateField, InputField, SelectField, TextAreaField } from '../shared/fields';
import { ActionSource } from './ActionSource';
import { focusSoon, type PartProps } from './shared';

export interface EditorProps extends PartProps {
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
          <InputField
            id={id('titelveld')}
            label={t.title}
            maxLength={LIMITS.title}
            value={a.title}
            onValue={(title) => set({ title })}
          />
          <TextAreaField
            id={id('wat')}
            label={t.what}
            rows={4}
            maxLength={LIMITS.text}
            value={a.what}
            onValue={(what) => set({ what })}
          />
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
        <InputField
          id={id('wie')}
          label={t.owner}
          maxLength={LIMITS.owner}
          value={a.owner}
          placeholder={t.ownerPlaceholder}
          onValue={(owner) => set({ owner })}
        />
        <DateField
          id={id('wanneer')}
          label={t.due}
          value={a.due ?? ''}
          onValue={(due) => set({ due: due || undefined })}
        />
        <SelectField
          id={id('fase')}
          label={t.phase}
          value={a.phase}
          options={PHASES}
          names={phaseNames}
          onValue={(phase) => set({ phase })}
        />
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
