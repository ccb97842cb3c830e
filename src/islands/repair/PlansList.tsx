import { useState } from 'preact/hooks';
import { LIMITS, type Plan } from '../../lib/repair/plan';
import { nextCheckIn, progress } from '../../lib/repair/followup';
import { $plans, importPlanFile, removePlan, showPlan } from '../../stores/repair-plans';
import { planText as t, stepNames, formatDate } from '../../i18n/repair/builder';
import { download } from '../shared/download';
import { Confirm } from '../shared/Confirm';
import { FileImport } from '../shared/FileImport';
import { focusSoon } from './shared';

/** The visitor's plans: open, delete, download all, import a file. Starting one is above the wizard. */
interface ListProps {
  /** False until the builder runs: the plans on this device are not read yet. */
  live: boolean;
  plans: Plan[];
  openId?: string | undefined;
  today: string;
  announce: (text: string) => void;
}

export function PlansList({ live, plans, openId, today, announce }: ListProps) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const onText = async (text: string) => {
    const parsed = await importPlanFile(text);
    if (!parsed.ok) {
      const p = t.importProblems[parsed.problem];
      return setStatus(
        `${t.importFailed} ${typeof p === 'function' ? p(LIMITS.plans) : p} ${t.importNothingChanged}`,
      );
    }
    setStatus(t.importDone(parsed.plans.length));
  };

  const downloadAll = async () => {
    const { buildPlanFile } = await import('../../lib/repair/export/file');
    download(
      `herstelplannen-${today}.json`,
      'application/json',
      buildPlanFile($plans.get().plans, new Date()),
    );
    setStatus(t.downloadedAll);
  };

  return (
    <section class="plans no-print" aria-labelledby="mijn-plannen">
      <h2 id="mijn-plannen" tabIndex={-1}>
        {t.plansTitle}
      </h2>
      <p>{!live ? t.plansLoading : plans.length ? t.plansIntro : t.noPlans}</p>
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
                  <Confirm
                    label={t.deletePlan(name)}
                    strong
                    question={t.deleteConfirm(name)}
                    yes={t.deleteYes}
                    cancel={t.cancel}
                    onYes={() => {
                      removePlan(p.id);
                      setConfirm(null);
                      setStatus(t.deleted(name));
                      focusSoon('mijn-plannen');
                    }}
                    onCancel={() => setConfirm(null)}
                  />
                ) : (
                  <p class="button-row">
                    {p.id !== openId && (
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          showPlan(p.id);
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
      <p class="button-row">
        {plans.length > 0 && (
          <button type="button" class="button button--secondary" onClick={downloadAll}>
            {t.downloadAll}
          </button>
        )}
        <FileImport label={t.importLabel} disabled={!live} onText={onText} />
      </p>
      <p class="muted">{t.fileHint}</p>
      <p class="plans__status" role="status">
        {status}
      </p>
    </section>
  );
}
