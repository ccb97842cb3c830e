import type { ScanBand } from '../../lib/scan/scoring';
import { t } from './text';

/** Share of the chart's width that stands for 0–100; the rest holds the value labels. */
const SPAN = 0.85;
const pct = (n: number) => `${n * SPAN}%`;

interface BarRow {
  name: string;
  values: Array<number | null | undefined>;
}

/** Horizontal bars per scale over the bands; widths in % so text keeps its size on any screen. */
export function ScanBars({ rows, bands, label }: { rows: BarRow[]; bands: ScanBand[]; label: string }) {
  const series = rows[0]?.values.length ?? 1;
  const rowH = 24 + series * 18;
  const top = 22;
  const height = top + rows.length * rowH + 24;
  return (
    <svg class="scan-chart" role="img" aria-label={label} width="100%" height={height}>
      {bands.map((b, i) => {
        const end = bands[i + 1]?.from ?? 100;
        return (
          <g key={b.id}>
            <rect
              class={`scan-chart__band scan-chart__band--${i % 2}`}
              x={pct(b.from)}
              y={top}
              width={pct(end - b.from)}
              height={height - top - 24}
            />
            {i > 0 && (
              <line class="scan-chart__divider" x1={pct(b.from)} x2={pct(b.from)} y1={top} y2={height - 24} />
            )}
            <text class="scan-chart__band-label" x={pct(b.from)} dx="4" y="14">
              {b.label}
            </text>
          </g>
        );
      })}
      {rows.map((r, i) => {
        const y = top + i * rowH;
        return (
          <g key={r.name}>
            <text class="scan-chart__name" x="0" dx="4" y={y + 17}>
              {r.name}
            </text>
            {r.values.map((v, j) => {
              const by = y + 24 + j * 18;
              return typeof v === 'number' ? (
                <g key={j}>
                  <rect
                    class={`scan-chart__bar scan-chart__bar--${j}`}
                    x="0"
                    y={by}
                    width={pct(Math.max(v, 0.5))}
                    height="13"
                    rx="2"
                  />
                  <text class="scan-chart__value" x={pct(v)} dx="5" y={by + 11}>
                    {v}
                  </text>
                </g>
              ) : (
                <text key={j} class="scan-chart__none" x="0" dx="4" y={by + 11}>
                  {v === null ? t.tooFew : t.notInVersion}
                </text>
              );
            })}
          </g>
        );
      })}
      {[0, 25, 50, 75, 100].map((x) => (
        <text
          key={x}
          class="scan-chart__tick"
          x={pct(x)}
          y={height - 6}
          text-anchor={x === 0 ? 'start' : 'middle'}
        >
          {x}
        </text>
      ))}
    </svg>
  );
}
