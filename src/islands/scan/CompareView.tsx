import { compareResults } from '../../lib/scan/profile';
import type { Instrument, ScanResult } from '../../lib/scan/scoring';
import { ScanBars } from './ScanBars';
import { t } from './text';

/** Two results of one instrument side by side: change per scale, as a chart and a table. */
export function CompareView({
  ins,
  a,
  b,
  labels,
  onBack,
}: {
  ins: Instrument;
  a: ScanResult;
  b: ScanResult;
  /** One distinct label per result of the instrument (see lib/scan/labels). */
  labels: Map<string, string>;
  onBack: () => void;
}) {
  const c = compareResults(ins, a, b);
  const first = labels.get(c.earlier.id) ?? t.dateTime(c.earlier.completedAt);
  const second = labels.get(c.later.id) ?? t.dateTime(c.later.completedAt);
  const moved = c.rows
    .filter((r) => r.change !== null && r.change !== 0)
    .sort((x, y) => y.change! - x.change!);
  const up = (moved[0]?.change ?? 0) > 0 ? moved[0] : undefined;
  const down = (moved.at(-1)?.change ?? 0) < 0 ? moved.at(-1) : undefined;
  return (
    <section class="scan-result" aria-labelledby="scan-compare-title">
      <h2 id="scan-compare-title" tabIndex={-1} data-focus>
        {t.comparisonTitle(ins.title)}
      </h2>
      <p>{t.comparisonIntro(first, second)}</p>
      <p class="scan-disclaimer">{t.disclaimer}</p>
      {c.mixedVersions && <p class="scan-note">{t.comparisonMixed}</p>}
      {(up || down) && (
        <p>
          {up && t.up(up.scale.name, t.signed(up.change!))}{' '}
          {down && t.down(down.scale.name, t.signed(down.change!))}
        </p>
      )}
      <figure class="scan-figure">
        <ScanBars
          bands={ins.bands}
          label={t.comparisonChart(first, second)}
          rows={c.rows.map((r) => ({ name: r.scale.name, values: [r.before, r.after] }))}
        />
        <figcaption class="scan-legend" aria-hidden="true">
          <span class="scan-legend__0">{t.legend(t.earlier, first)}</span>{' '}
          <span class="scan-legend__1">{t.legend(t.later, second)}</span>
        </figcaption>
      </figure>
      <div class="table-wrap">
        <table class="scan-table">
          <caption class="sr-only">{t.comparisonTitle(ins.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scale}</th>
              <th scope="col">{t.earlier}</th>
              <th scope="col">{t.later}</th>
              <th scope="col">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr key={r.scale.id}>
                <th scope="row">{r.scale.name}</th>
                <td>{r.before ?? '–'}</td>
                <td>{r.after ?? '–'}</td>
                <td>{r.change === null ? t.noChange : t.signed(r.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="scan-actions button-row">
        <button type="button" class="button button--secondary" onClick={() => print()}>
          {t.print}
        </button>
        <button type="button" class="button button--secondary" onClick={onBack}>
          {t.toOverview}
        </button>
      </p>
    </section>
  );
}
