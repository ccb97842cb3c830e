import { useState } from 'preact/hooks';
import { deletePlan, LIMITS, openPlan, randomId, type Plan } from '../../lib/repair/plan';
import { nextCheckIn, progress } from '../../lib/repair/followup';
import { $plans } from '../../stores/repair-plans';
import { planText as t, stepNames, formatDate } from '../../i18n/repair/builder';
import { download } from '../shared/download';
import { focusSoon } from './shared';

/** The visitor's plans: open, delete, start a new one, download all, import a file. */
interface ListProps {
  plans: Plan[];
  openId?: string;
  today: string;
  full: boolean;
  onNew: () => void;
  announce: (text: string) => void;
}

export function PlansList({ plans, openId, today, full, onNew, announce }: ListProps) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { parsePlanFile, importPlans } = await import('../../lib/repair/export/file');
    const parsed = parsePlanFile(await file.text(), $plans.get(), randomId);
    if (!parsed.ok) {
      const p = t.importProblems[parsed.problem];
      return setStatus(`${t.importFailed} ${typeof p === 'function' ? p(LIMITS.plans) : p} ${t.importNothingChanged}`);
    }
    $plans.set(importPlans($plans.get(), parsed.plans));
    setStatus(t.importDone(parsed.plans.length));
  };

  const downloadAll = async () => {
    const { buildPlanFile } = await import('../../lib/repair/export/file');
    download(`herstelplannen-${today}.json`, 'application/json', buildPlanFile($plans.get().plans, new Date()));
    setStatus(t.downloaded(t.downloadAll));
  };

  return (
    <section class="plans no-print" aria-labelledby="mijn-plannen">
      <h2 id="mijn-plannen">{t.plansTitle}</h2>
      <p>{plans.length ? t.plansIntro : t.noPlans}</p>
      {plans.length > 0 && (
        <ul class="plans__list">
          {plans.map((p) => {
            const { done, total } = progress(p);
            const next = nextCheckIn(p, today);
            const name = p.name.trim() || t.untitled;
            return (
              <li key={p.id} class={`plans__item hp-card${p.id === openId ? ' is-open' : ''}`}>
                <p class="plans__name">
                  <strong>{name}</strong>
                  {p.id === openId && <span class="plans__badge"> ({t.opened})</span>}
                </p>
                <p class="card__meta">
                  {t.planStatus(stepNames[p.step])}
                  {p.adopted && ` · ${t.planProgress(done, total)}`}
                  {p.adopted && next && ` · ${t.nextCheckIn(formatDate(next))}`}
                </p>
                {confirm === p.id ? (
                  <div class="confirm" role="group" aria-label={t.deletePlan(name)}>
                    <p>
                      <strong>{t.deleteConfirm(name)}</strong>
                    </p>
                    <p class="button-row">
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          $plans.set(deletePlan($plans.get(), p.id));
                          setConfirm(null);
                          setStatus(t.deleted(name));
                          focusSoon('mijn-plannen');
                        }}
                      >
                        {t.deleteYes}
                      </button>
                      <button type="button" class="button button--secondary" onClick={() => setConfirm(null)}>
                        {t.cancel}
                      </button>
                    </p>
                  </div>
                ) : (
                  <p class="button-row">
                    {p.id !== openId && (
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          $plans.set(openPlan($plans.get(), p.id));
                          announce(t.open(name));
                          focusSoon('plan-titel');
                        }}
                      >
                        {t.open(name)}
                      </button>
                    )}
                    <button type="button" class="button button--secondary" onClick={() => setConfirm(p.id)}>
                      {t.deletePlan(name)}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {full ? (
        <p>{t.maxPlans(LIMITS.plans)}</p>
      ) : (
        <p>
          <button type="button" class="button" onClick={onNew}>
            {t.newPlan}
          </button>
        </p>
      )}
      <p class="button-row">
        {plans.length > 0 && (
          <button type="button" class="button button--secondary" onClick={downloadAll}>
            {t.downloadAll}
          </button>
        )}
        <label class="button button--secondary file-button">
          {t.importLabel}
          <input type="file" accept="application/json,.json" class="sr-only" onChange={onFile} />
        </label>
      </p>
      <p class="plans__status" role="status">
        {status}
      </p>
    </section>
  );
}
