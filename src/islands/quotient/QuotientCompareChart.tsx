import { quotient, scalePosition, ZONE_BOUNDS } from '../../lib/quotient/quotient';
import type { Case } from '../../lib/quotient/case';
import { nl, quotientText } from '../../i18n/quotient/calculator';
import { pct } from './QuotientReading';

const ROW = 44;
const x = (q: number) => pct(scalePosition(q));
const anchor = (q: number) => (scalePosition(q) < 0.1 ? 'start' : scalePosition(q) > 0.9 ? 'end' : 'middle');

/**
 * Relationships side by side on the model's logarithmic scale, one row each: a chart for sighted
 * readers, described by `label`; the table beside it gives every number.
 */
export function QuotientCompareChart({ cases, label }: { cases: readonly Case[]; label: string }) {
  const axis = cases.length * ROW + 4;
  return (
    <svg class="qchart" width="100%" height={axis + 20} role="img" aria-label={label}>
      {cases.map((c, row) => {
        const top = row * ROW + 20;
        const q = quotient(c.scores);
        return (
          <g key={c.name}>
            {ZONE_BOUNDS.slice(1).map((to, i) => (
              <rect
                key={to}
                class={`qchart__zone${i}`}
                x={x(ZONE_BOUNDS[i]!)}
                width={pct(scalePosition(to) - scalePosition(ZONE_BOUNDS[i]!))}
                y={top}
                height="18"
              />
            ))}
            <text x={x(q)} y={top - 5} text-anchor={anchor(q)}>
              {c.name}: {quotientText(q)}
            </text>
            <circle cx={x(q)} cy={top + 9} r="7" />
          </g>
        );
      })}
      {ZONE_BOUNDS.map((b) => (
        <text key={b} class="qchart__tick" x={x(b)} y={axis + 14} text-anchor={anchor(b)}>
          {nl(b)}
        </text>
      ))}
    </svg>
  );
}
