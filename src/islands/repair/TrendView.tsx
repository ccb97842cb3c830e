import { FACTORS } from '../../lib/quotient/quotient';
import type { Trend } from '../../lib/repair/followup';
import { factorNames, factorShort, formatIndex, stepText as t } from '../../i18n/repair/steps';

const W = 320;
const H = 160;
const PAD = { top: 24, right: 16, bottom: 30, left: 16 };

/** The re-rated relationship over the check-ins: a line chart with the same numbers as a table. */
export function TrendView({ trend: tr }: { trend: Trend }) {
  const pts = tr.points;
  const summary =
    tr.change &&
    [
      t.trendChange(formatIndex(tr.change.from), formatIndex(tr.change.to)),
      tr.change.best &&
        t.trendBest(factorNames[tr.change.best.factor], tr.change.best.from, tr.change.best.to),
      tr.change.worst &&
        t.trendWorst(factorNames[tr.change.worst.factor], tr.change.worst.from, tr.change.worst.to),
    ]
      .filter(Boolean)
      .join(' ');

  const lo = Math.min(...pts.map((p) => p.index));
  const hi = Math.max(...pts.map((p) => p.index));
  const span = hi - lo || 1;
  const x = (i: number) =>
    PAD.left +
    (pts.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (pts.length - 1));
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
            <svg
              viewBox={`0 0 ${W} ${H}`}
              role="img"
              aria-labelledby="trend-bijschrift"
              aria-describedby="trend-samenvatting"
              class="trend__chart"
            >
              <line
                x1={PAD.left}
                x2={W - PAD.right}
                y1={H - PAD.bottom + 6}
                y2={H - PAD.bottom + 6}
                class="trend__axis"
              />
              <polyline points={pts.map((p, i) => `${x(i)},${y(p.index)}`).join(' ')} class="trend__line" />
              {pts.map((p, i) => (
                <g key={p.checkInId}>
                  <circle cx={x(i)} cy={y(p.index)} r={4} class="trend__dot" />
                  <text x={x(i)} y={y(p.index) - 9} text-anchor="middle" class="trend__value">
                    {formatIndex(p.index)}
                  </text>
                  <text
                    x={x(i)}
                    y={H - 8}
                    text-anchor={i === 0 ? 'start' : i === pts.length - 1 ? 'end' : 'middle'}
                    class="trend__date"
                  >
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
                  <th scope="row">
                    {p.date.slice(8, 10)}-{p.date.slice(5, 7)}-{p.date.slice(0, 4)}
                  </th>
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
