import { useState } from 'preact/hooks';
import { PHASES, type Phase } from '../../lib/repair/catalogue';
import {
  addAction,
  LIMITS,
  moveAction,
  randomId,
  removeAction,
  restoreAction,
  RHYTHMS,
  updateAction,
  type PlanAction,
  type Rhythm,
} from '../../lib/repair/plan';
import { checkInDates } from '../../lib/repair/followup';
import { planDocument } from '../../lib/repair/export/document';
import { slugify } from '../../lib/content/slug';
import { formatDate, phaseNames, planText, stepNames } from '../../i18n/repair/builder';
import { exportText, rhythmNames, stepText as t } from '../../i18n/repair/steps';
import { planDocText } from '../../i18n/repair/document';
import { ConversationHelper } from './ConversationHelper';
import { ActionSource } from './ActionSource';
import { download } from '../shared/download';
import { focusSoon, type StepProps } from './shared';

/** Step 4: make the plan your own, set the rhythm of check-ins, and take it with you. */
export function PlanStep(props: StepProps) {
  const { plan, update, announce, goTo } = props;
  const [undo, setUndo] = useState<{ action: PlanAction; index: number } | null>(null);

  const remove = (a: PlanAction) => {
    let removed: { action: PlanAction; index: number } | undefined;
    update((p) => {
      const r = removeAction(p, a.id);
      removed = r.removed;
      return r.plan;
    });
    if (removed) {
      setUndo(removed);
      announce(t.removed(a.title));
      focusSoon('plan-undo');
    }
  };

  const move = (a: PlanAction, delta: -1 | 1) => {
    update((p) => moveAction(p, a.id, delta));
    const group = props.plan.actions.filter((x) => x.phase === a.phase);
    const pos = Math.min(Math.max(group.findIndex((x) => x.id === a.id) + delta, 0), group.length - 1);
    announce(t.moved(a.title, pos + 1, group.length));
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
                  <ActionEditor key={a.id} {...props} action={a} onMove={(d) => move(a, d)} onRemove={() => remove(a)} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <AddAction {...props} />
      <CheckInRhythm {...props} />
      <ConversationHelper {...props} />
      <Exports {...props} />
      <p class="button-row no-print">
        <button type="button" class="button" onClick={() => goTo('opvolgen')}>
          {planText.next}: {stepNames.opvolgen}
        </button>
      </p>
    </div>
  );
}

interface EditorProps extends StepProps {
  action: PlanAction;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function ActionEditor({ action: a, update, catalogue, onMove, onRemove }: EditorProps) {
  const [editing, setEditing] = useState(false);
  const source = a.catalogueId ? catalogue.get(a.catalogueId) : undefined;
  const set = (patch: Partial<PlanAction>) => update((p) => updateAction(p, a.id, patch));
  const id = (field: string) => `${a.id}-${field}`;

  return (
    <li class="action hp-card">
      {editing ? (
        <div class="action__edit">
          <p class="field">
            <label for={id('titelveld')}>{t.title}</label>
            <input id={id('titelveld')} type="text" maxLength={LIMITS.title} value={a.title} onInput={(e) => set({ title: e.currentTarget.value })} />
          </p>
          <p class="field">
            <label for={id('wat')}>{t.what}</label>
            <textarea id={id('wat')} rows={4} maxLength={LIMITS.text} value={a.what} onInput={(e) => set({ what: e.currentTarget.value })} />
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
          <input id={id('wanneer')} type="date" value={a.due ?? ''} onChange={(e) => set({ due: e.currentTarget.value || undefined })} />
        </p>
        <p class="field">
          <label for={id('fase')}>{t.phase}</label>
          <select id={id('fase')} value={a.phase} onChange={(e) => set({ phase: e.currentTarget.value as Phase })}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {phaseNames[p]}
              </option>
            ))}
          </select>
        </p>
      </div>
      <p class="action__buttons">
        <button type="button" class="button button--secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t.editDone : t.edit}
        </button>
        <button type="button" class="button button--secondary" id={id('op')} onClick={() => onMove(-1)}>
          <span aria-hidden="true">↑ </span>
          {t.upLabel}
          <span class="sr-only">: {a.title}</span>
        </button>
        <button type="button" class="button button--secondary" id={id('neer')} onClick={() => onMove(1)}>
          <span aria-hidden="true">↓ </span>
          {t.downLabel}
          <span class="sr-only">: {a.title}</span>
        </button>
        <button type="button" class="button button--secondary" onClick={onRemove}>
          {t.removeLabel}
          <span class="sr-only">: {a.title}</span>
        </button>
      </p>
    </li>
  );
}

function AddAction({ plan, update, announce }: StepProps) {
  const [title, setTitle] = useState('');
  const [what, setWhat] = useState('');
  const [phase, setPhase] = useState<Phase>('deze-week');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [hint, setHint] = useState('');
  const full = plan.actions.length >= LIMITS.actions;

  const submit = (e: Event) => {
    e.preventDefault();
    if (full) return setHint(t.maxActions(LIMITS.actions));
    if (!title.trim()) return setHint(t.addNeedsTitle);
    update((p) => addAction(p, { id: randomId(), title: title.trim(), what: what.trim(), phase, owner: owner.trim(), due: due || undefined }));
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
        <input id="eigen-titel" type="text" maxLength={LIMITS.title} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </p>
      <p class="field">
        <label for="eigen-wat">{t.what}</label>
        <textarea id="eigen-wat" rows={3} maxLength={LIMITS.text} value={what} onInput={(e) => setWhat(e.currentTarget.value)} />
      </p>
      <div class="action__fields">
        <p class="field">
          <label for="eigen-wie">{t.owner}</label>
          <input id="eigen-wie" type="text" maxLength={LIMITS.owner} value={owner} placeholder={t.ownerPlaceholder} onInput={(e) => setOwner(e.currentTarget.value)} />
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
        <button type="submit" class="button">
          {t.addSubmit}
        </button>
      </p>
    </form>
  );
}

function CheckInRhythm({ plan, update }: StepProps) {
  const dates = checkInDates(plan.firstCheckIn, plan.rhythm);
  return (
    <section class="rhythm hp-card" aria-labelledby="terugblikken">
      <h4 id="terugblikken">{t.rhythmTitle}</h4>
      <p>{t.rhythmIntro}</p>
      <div class="action__fields">
        <p class="field">
          <label for="ritme">{t.rhythmLabel}</label>
          <select id="ritme" value={plan.rhythm} onChange={(e) => update((p) => ({ ...p, rhythm: e.currentTarget.value as Rhythm }))}>
            {RHYTHMS.map((r) => (
              <option key={r} value={r}>
                {rhythmNames[r]}
              </option>
            ))}
          </select>
        </p>
        <p class="field">
          <label for="eerste-terugblik">{t.firstCheckInLabel}</label>
          <input
            id="eerste-terugblik"
            type="date"
            value={plan.firstCheckIn ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              update((p) => ({ ...p, firstCheckIn: v || undefined }));
            }}
          />
        </p>
      </div>
      {dates.length > 0 ? (
        <>
          <p>{t.upcoming}</p>
          <ul class="dates">
            {dates.map((d) => (
              <li key={d}>{formatDate(d)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{t.noUpcoming}</p>
      )}
    </section>
  );
}

function Exports({ plan, catalogue, today, announce }: StepProps) {
  // The files link back to this page at the site's public address, also when exported from a preview.
  const planUrl = () => new URL(location.pathname, import.meta.env.SITE).href;
  const [message, setMessage] = useState('');
  const base = `${exportText.fileBase}-${slugify(plan.name) || 'plan'}-${today}`;
  const done = (what: string) => {
    setMessage(t.downloaded(what));
    announce(t.downloaded(what));
  };
  const fail = () => setMessage(t.exportFailed);

  const markdown = async () => {
    try {
      const { planToMarkdown } = await import('../../lib/repair/export/markdown');
      download(`${base}.md`, 'text/markdown;charset=utf-8', planToMarkdown(planDocument(plan, catalogue, today, planDocText), exportText, planUrl()));
      done(t.markdown);
    } catch {
      fail();
    }
  };
  const ical = async () => {
    try {
      const { planToICalendar, calendarEventCount } = await import('../../lib/repair/export/ical');
      if (calendarEventCount(plan) === 0) return setMessage(t.icalEmpty);
      download(`${base}.ics`, 'text/calendar;charset=utf-8', planToICalendar(plan, { now: new Date(), planUrl: planUrl(), texts: exportText }));
      done(t.ical);
    } catch {
      fail();
    }
  };
  const json = async () => {
    try {
      const { buildPlanFile } = await import('../../lib/repair/export/file');
      download(`${base}.json`, 'application/json', buildPlanFile([plan], new Date()));
      done(t.json);
    } catch {
      fail();
    }
  };

  return (
    <section class="exports hp-card no-print" aria-labelledby="bewaren">
      <h4 id="bewaren">{t.exportTitle}</h4>
      <p>{t.exportIntro}</p>
      <p class="button-row">
        <button type="button" class="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" class="button button--secondary" onClick={markdown}>
          {t.markdown}
        </button>
        <button type="button" class="button button--secondary" onClick={ical} aria-describedby="ical-note">
          {t.ical}
        </button>
        <button type="button" class="button button--secondary" onClick={json}>
          {t.json}
        </button>
      </p>
      <p class="muted" id="ical-note">
        {t.icalNote}
      </p>
      {message && <p class="export-status">{message}</p>}
    </section>
  );
}
