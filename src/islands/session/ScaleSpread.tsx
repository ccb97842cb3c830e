import type { SessionInstrument } from '../../data/session';
import type { ScaleAggregate } from '../../lib/session/aggregate';

type Shown = Extract<ScaleAggregate, { shown: true }>;

/** Share of the width that stands for 0–100, leaving room for the dots at the ends. */
const x = (score: number) => `${2 + score * 0.96}%`;

/**
 * A strip plot of a scale's scores: one dot per score without any identity, equal scores stacked,
 * the middle half as a band and the median as a line, over the instrument's score bands.
 */
export function ScaleSpread({ scale, ins, label }: { scale: Shown; ins: SessionInstrument; label: string }) {
  const stacks = new Map<number, number>();
  const dots = scale.values.map((v) => {
    const level = stacks.get(v) ?? 0;
    stacks.set(v, level + 1);
    return { v, level };
  });
  const high = Math.max(...stacks.values());
  const height = 40 + high * 12;
  const base = height - 22;
  return (
    <svg class="session-spread" role="img" aria-label={label} width="100%" height={height}>
      {ins.bands.map((b, i) => {
        const end = ins.bands[i + 1]?.from ?? 100;
        return (
          <rect
            key={b.id}
            class={`session-spread__band session-spread__band--${i % 2}`}
            x={x(b.from)}
            y="0"
            width={`${(end - b.from) * 0.96}%`}
            height={base + 8}
          />
        );
      })}
      <rect
        class="session-spread__iqr"
        x={x(scale.q1)}
        y={base - 4 - high * 12}
        width={`${(scale.q3 - scale.q1) * 0.96}%`}
        height={high * 12 + 8}
        rx="3"
      />
      <line class="session-spread__median" x1={x(scale.median)} x2={x(scale.median)} y1="2" y2={base + 8} />
      {dots.map(({ v, level }, i) => (
        <circle key={i} class="session-spread__dot" cx={x(v)} cy={base - level * 12} r="5" />
      ))}
      {[0, 25, 50, 75, 100].map((tick) => (
        <text key={tick} class="session-spread__tick" x={x(tick)} y={height - 2} text-anchor="middle">
          {tick}
        </text>
      ))}
    </svg>
  );
}
