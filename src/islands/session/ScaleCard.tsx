import type { SessionInstrument } from '../../data/session';
import type { ScaleAggregate } from '../../lib/session/aggregate';
import { groupText as t } from '../../i18n/session/facilitator';
import { ScaleSpread } from './ScaleSpread';

type Shown = Extract<ScaleAggregate, { shown: true }>;

/** One scale of the group view: the spread, its numbers, one plain sentence, and what to talk about. */
export function ScaleCard({
  scale,
  ins,
  large = false,
}: {
  scale: Shown;
  ins: SessionInstrument;
  large?: boolean;
}) {
  const info = ins.scales.find((s) => s.id === scale.id)!;
  const band = [...ins.bands].reverse().find((b) => scale.median >= b.from) ?? ins.bands[0]!; // an instrument has at least two bands (its schema)
  const Heading = large ? 'h2' : 'h3';
  return (
    <article
      class={large ? 'session-scale session-scale--large' : 'session-scale'}
      aria-labelledby={`schaal-${scale.id}`}
    >
      <Heading id={`schaal-${scale.id}`} tabIndex={-1} data-focus>
        {info.name}
      </Heading>
      <p class="session-scale__sentence">{t.sentence(scale.agreement, scale.median, band.label)}</p>
      <ScaleSpread
        scale={scale}
        ins={ins}
        label={t.plotLabel(info.name, scale.n, scale.median, scale.min, scale.max)}
      />
      <dl class="session-stats">
        <div>
          <dt>{t.median}</dt>
          <dd>{scale.median}</dd>
        </div>
        <div>
          <dt>{t.iqr}</dt>
          <dd>{t.iqrValue(scale.q1, scale.q3, scale.iqr)}</dd>
        </div>
        <div>
          <dt>{t.range}</dt>
          <dd>{t.rangeValue(scale.min, scale.max)}</dd>
        </div>
      </dl>
      <table class="session-bands">
        <caption>{t.bandsTitle}</caption>
        <tbody>
          <tr>
            {ins.bands.map((b) => (
              <th key={b.id} scope="col">
                {b.label}
              </th>
            ))}
          </tr>
          <tr>
            {scale.bands.map((b) => (
              <td key={b.id}>{b.count}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <h4 class="session-scale__sub">{t.questionsTitle}</h4>
      <ul>
        {info.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {!large && (
        <>
          <h4 class="session-scale__sub">{t.readTitle}</h4>
          <ul>
            {info.sections.map((s) => (
              <li key={s.href}>
                <a href={s.href}>{s.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
