import { stepsOf, type AnswerValue, type Instrument } from '../../lib/scan/scoring';
import { scanText as t } from '../../i18n/scan/scan';

/** One step of an instrument: its items with the answer scale, and the way on or back. */
export function ScanSteps(p: {
  ins: Instrument;
  answers: Readonly<Record<string, number>>;
  step: number;
  showOpen?: boolean | undefined;
  onAnswer: (item: string, value: AnswerValue) => void;
  onStep: (n: number) => void;
  onFinish: () => void;
  onLeave: () => void;
}) {
  const { ins, answers } = p;
  const steps = stepsOf(ins.items);
  const n = Math.max(0, Math.min(p.step, steps.length - 1));
  const first = steps.slice(0, n).flat().length;
  const done = ins.items.filter((i) => answers[i.id] !== undefined).length;
  const last = n === steps.length - 1;
  const options = [
    ...ins.response.labels.map((label, i) => ({ label, value: (i + 1) as AnswerValue })),
    { label: ins.response.unknown, value: 0 as AnswerValue },
  ];
  return (
    <section class="scan-steps" aria-labelledby="scan-step-title">
      <h2 id="scan-step-title" tabIndex={-1} data-focus>
        {t.stepTitle(ins.title, n + 1, steps.length)}
      </h2>
      <div class="scan-progress">
        <label for="scan-progress">{t.progressLabel}</label>
        <progress id="scan-progress" max={ins.items.length} value={done} />
        <span>{t.progress(done, ins.items.length)}</span>
      </div>
      {n === 0 && <p>{ins.intro}</p>}
      <ol class="scan-items" start={first + 1}>
        {steps[n]!.map((item, i) => {
          const value = answers[item.id];
          const isOpen = p.showOpen && value === undefined;
          return (
            <li key={item.id} class={isOpen ? 'is-open' : undefined}>
              <fieldset>
                <legend>
                  <span class="scan-no">{first + i + 1}.</span> {item.text}
                  {isOpen && <span class="scan-open"> ({t.open})</span>}
                </legend>
                <div class="scan-options">
                  {options.map((o) => (
                    <label
                      key={o.value}
                      class={o.value === 0 ? 'scan-option scan-option--unknown' : 'scan-option'}
                    >
                      <input
                        type="radio"
                        name={`${ins.id}-${item.id}`}
                        value={o.value}
                        checked={value === o.value}
                        onChange={() => p.onAnswer(item.id, o.value)}
                      />
                      <span>{o.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class="button-row scan-nav">
        {n > 0 && (
          <button type="button" class="button button--secondary" onClick={() => p.onStep(n - 1)}>
            {t.previous}
          </button>
        )}
        <button type="button" class="button" onClick={() => (last ? p.onFinish() : p.onStep(n + 1))}>
          {last ? t.toResult : t.next}
        </button>
      </p>
      <p class="muted scan-saved">
        {t.savedOnDevice}{' '}
        <button type="button" class="linkish" onClick={p.onLeave}>
          {t.toOverview}
        </button>
      </p>
    </section>
  );
}
