import type { ComponentChildren } from 'preact';
import { scalePosition, zoneOf } from '../../lib/quotient/quotient';
import { scaleLabel } from '../../i18n/quotient/calculator';

export const pct = (position: number) => `${Math.round(position * 1e4) / 100}%`;

/**
 * A result on the scale: the marker at its place on the logarithmic line. `scale` is the fixed
 * scale from src/components/quotient/QuotientScale.astro (a slot); the label says it in words.
 */
export function QuotientReading({ q, scale }: { q: number; scale: ComponentChildren }) {
  return (
    <div
      class="qscale"
      role="img"
      aria-label={scaleLabel(q, zoneOf(q))}
      style={`--at:${pct(scalePosition(q))}`}
    >
      {scale}
    </div>
  );
}
