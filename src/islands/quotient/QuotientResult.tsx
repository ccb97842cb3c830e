import type { ComponentChildren } from 'preact';
import { zoneOf, type Factor, type Zone } from '../../lib/quotient/quotient';
import { weakestPoints, type Lever } from '../../lib/quotient/levers';
import { quotientText, zoneName } from '../../i18n/quotient/calculator';
import { factorName, percent, weakestText } from '../../i18n/quotient/factors';
import type { CalculatorView } from './view';
import { QuotientReading } from './QuotientReading';
import { fill } from './fill';
import type { SectionLink } from './QuotientCalculator';

interface Props extends CalculatorView {
  q: number;
  ranked: Lever[];
  /** The sentence on the best levers, also spoken after a slider pause. */
  best: string;
  zoneMeaning: Record<Zone, string>;
  sections: Record<Factor, SectionLink>;
  caveatHref: string;
  scale?: ComponentChildren;
}

/** The result: the quotient on the scale, its zone, and what one step on each factor does. */
export function QuotientResult({
  t,
  draft,
  q,
  ranked,
  best,
  kindName,
  zoneMeaning,
  sections,
  caveatHref,
  scale,
}: Props) {
  const zone = zoneOf(q);
  const nameOk = draft.name.trim() !== '';
  return (
    <section class="qcalc__result" aria-labelledby="uitkomst">
      <h2 id="uitkomst">{t.resultTitle}</h2>
      <p class="qcalc__q">
        {nameOk && `${draft.name.trim()}, ${kindName[draft.kind]}. `}
        {t.quotient} <strong>{quotientText(q)}</strong>
      </p>
      <QuotientReading q={q} scale={scale} />
      <p>
        <strong>{zoneName[zone]}.</strong> {zoneMeaning[zone]}
      </p>
      <p class="qcalc__caveat">
        {t.caveat} <a href={caveatHref}>{t.caveatLink}</a>
      </p>
      <h3>{t.leversTitle}</h3>
      <p>{best}</p>
      <p>{weakestText(weakestPoints(ranked))}</p>
      <ol class="qlevers">
        {ranked.map(({ factor: f, from, gain, loss }) => (
          <li key={f}>
            <strong>
              {gain
                ? fill(
                    t.leverGain,
                    factorName[f],
                    from,
                    gain.to,
                    quotientText(gain.quotient),
                    percent(gain.change),
                  )
                : fill(t.leverAtBest, factorName[f], from)}
            </strong>{' '}
            {loss && fill(t.leverLoss, percent(loss.change))}
            <span class="qlevers__more">
              {t.readMore} <a href={sections[f].href}>{sections[f].title}</a>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
