import { useState } from 'preact/hooks';
import { FACTORS, quotient, SCORE_MAX, SCORE_MIN, type Factor, type Scores } from '../../lib/quotient/quotient';
import { PHASES } from '../../lib/repair/catalogue';
import { addCheckIn, hasScores, LIMITS, randomId, removeCheckIn, setDone } from '../../lib/repair/plan';
import { overdue, progress, trend, type Trend } from '../../lib/repair/followup';
import { formatDate, phaseNames, planText } from '../../i18n/repair/builder';
import { factorNames, factorShort, formatIndex, stepText as t } from '../../i18n/repair/steps';
import type { StepProps } from './shared';

type Draft = Partial<Record<Factor, number>>;

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
      <History {...props} />
      <TrendView trend={trend(plan.checkIns)} />
    </div>
  );
}

function CheckInForm({ plan, update, announce, today, links }: StepProps) {
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [scores, setScores] = useState<Draft>({});
  const [hint, setHint] = useState('');
  const rated = FACTORS.filter((f) => scores[f] !== undefined).length;

  const save = (e: Event) => {
    e.preventDefault();
    if (rated > 0 && rated < FACTORS.length) return setHint(t.rateIncomplete);
    if (!note.trim() && rated === 0) return setHint(t.checkInNeedsSomething);
    if (plan.checkIns.length >= LIMITS.checkIns) return setHint(t.maxCheckIns(LIMITS.checkIns));
    const when = date || today;
    update((p) => addCheckIn(p, { id: randomId(), date: when, note: note.trim(), scores: rated ? (scores as Scores) : undefined }));
    announce(t.checkInSaved(formatDate(when)));
    setNote('');
    setScores({});
    setHint('');
  };

  return (
    <form class="check-in hp-card" onSubmit={save} aria-labelledby="terugblik-noteren">
      <h4 id="terugblik-noteren">{t.checkInTitle}</h4>
      <p class="field">
        <label for="terugblik-datum">{t.checkInDate}</label>
        <input id="terugblik-datum" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      </p>
      <p class="field">
        <label for="terugblik-notitie">{t.checkInNote}</label>
        <textarea id="terugblik-notitie" rows={4} maxLength={LIMITS.note} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </p>
      <fieldset class="rating" aria-describedby="scores-uitleg">
        <legend>{t.rateLegend}</legend>
        <p id="scores-uitleg" class="choices__hint">
          {t.rateIntro} <a href={links.quotientModel}>{t.modelLink}</a>
        </p>
        <div class="rating__grid">
          {FACTORS.map((f) => (
            <p class="field" key={f}>
              <label for={`score-${f}`}>{factorNames[f]}</label>
              <select
                id={`score-${f}`}
                value={scores[f] === undefined ? '' : String(scores[f])}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setHint('');
                  setScores((s) => ({ ...s, [f]: v === '' ? undefined : Number(v) }));
                }}
              >
                <option value="">{t.rateNone}</option>
                {Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </p>
          ))}
        </div>
      </fieldset>
      {hint && (
        <p class="form-hint" role="alert">
          {hint}
        </p>
      )}
      <p>
        <button type="submit" class="button">
          {t.saveCheckIn}
        </button>
      </p>
    </form>
  );
}

function History({ plan, update, announce }: StepProps) {
  const items = [...plan.checkIns].reverse();
  return (
    <section class="history" aria-labelledby="eerdere-terugblikken">
      <h4 id="eerdere-terugblikken">{t.historyTitle}</h4>
      {items.length === 0 ? (
        <p class="muted">{t.noHistory}</p>
      ) : (
        <ol class="history__list" reversed>
          {items.map((c) => (
            <li class="hp-card" key={c.id}>
              <h5>{formatDate(c.date)}</h5>
              {c.note && <p class="history__note">{c.note}</p>}
              {hasScores(c) && (
                <p class="history__scores">
                  {FACTORS.map((f) => `${factorNames[f]} ${c.scores[f]}`).join(' · ')} · {t.indexLabel} {formatIndex(quotient(c.scores))}
                </p>
              )}
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  update((p) => removeCheckIn(p, c.id));
                  announce(t.checkInDeleted(formatDate(c.date)));
                }}
              >
                {t.removeLabel}
                <span class="sr-only">: {t.deleteCheckIn(formatDate(c.date))}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const W = 320;
const H = 160;
const PAD = { top: 24, right: 16, bottom: 30, left: 16 };

/** The re-rated relationship over the check-ins: a line chart with the same numbers as a table. */
function TrendView({ trend: tr }: { trend: Trend }) {
  const pts = tr.points;
  const summary = tr.change && [
    t.trendChange(formatIndex(tr.change.from), formatIndex(tr.change.to)),
    tr.change.best && t.trendBest(factorNames[tr.change.best.factor], tr.change.best.from, tr.change.best.to),
    tr.change.worst && t.trendWorst(factorNames[tr.change.worst.factor], tr.change.worst.from, tr.change.worst.to),
  ].filter(Boolean).join(' ');

  const lo = Math.min(...pts.map((p) => p.index));
  const hi = Math.max(...pts.map((p) => p.index));
  const span = hi - lo || 1;
  const x = (i: number) => PAD.left + (pts.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (pts.length - 1));
  const y = (v: number) => (hi === lo ? H / 2 : PAD.top + ((hi - v) * (H - PAD.top - PAD.bottom)) / span);

  return (
    <section class="trend" aria-labelledby="ontwikkeling">
      <h4 id="ontwikkeling">{t.trendTitle}</h4>
      {pts.length < 2 ? (
        <p class="muted">{t.trendNeedsTwo}</p>
      ) : (
        <>
          <p class="trend__summary" id="trend-samenvatting">
            {summary}
          </p>
          <figure class="trend__figure">
            <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-bijschrift" aria-describedby="trend-samenvatting" class="trend__chart">
              <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom + 6} y2={H - PAD.bottom + 6} class="trend__axis" />
              <polyline points={pts.map((p, i) => `${x(i)},${y(p.index)}`).join(' ')} class="trend__line" />
              {pts.map((p, i) => (
                <g key={p.checkInId}>
                  <circle cx={x(i)} cy={y(p.index)} r={4} class="trend__dot" />
                  <text x={x(i)} y={y(p.index) - 9} text-anchor="middle" class="trend__value">
                    {formatIndex(p.index)}
                  </text>
                  <text x={x(i)} y={H - 8} text-anchor={i === 0 ? 'start' : i === pts.length - 1 ? 'end' : 'middle'} class="trend__date">
                    {p.date.slice(8, 10)}-{p.date.slice(5, 7)}
                  </text>
                </g>
              ))}
            </svg>
            <figcaption id="trend-bijschrift">{t.trendCaption}</figcaption>
          </figure>
        </>
      )}
      {pts.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t.trendCaption}>
          <table class="trend__table">
            <caption class="sr-only">{t.trendCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.dateLabel}</th>
                {FACTORS.map((f) => (
                  <th scope="col" key={f}>
                    <span aria-hidden="true">{factorShort[f]}</span>
                    <span class="sr-only">{factorNames[f]}</span>
                  </th>
                ))}
                <th scope="col">{t.indexLabel}</th>
              </tr>
            </thead>
            <tbody>
              {pts.map((p) => (
                <tr key={p.checkInId}>
                  <th scope="row">{p.date.slice(8, 10)}-{p.date.slice(5, 7)}-{p.date.slice(0, 4)}</th>
                  {FACTORS.map((f) => (
                    <td key={f}>{p.scores[f]}</td>
                  ))}
                  <td>{formatIndex(p.index)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pts.length > 0 && <p class="note">{t.trendModelNote}</p>}
    </section>
  );
}
