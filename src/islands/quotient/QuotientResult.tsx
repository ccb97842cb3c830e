import type { ComponentChildren } from 'preact';
import { zoneOf, type Factor, type Zone } from '../../lib/quotient/quotient';
import { weakestPoints, type Lever } from '../../lib/quotient/levers';
import { quotientText, zoneName } from '../../i18n/quotient/calculator';
import { leverText, weakestText } from '../../i18n/quotient/factors';
import type { CalculatorView } from './view';
import { QuotientReading } from './QuotientReading';
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
  /** Nothing entered yet (no factor set, nothing saved or shared): invite instead of a result. */
  blank: boolean;
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
  blank,
}: Props) {
  const zone = zoneOf(q);
  const nameOk = draft.name.trim() !== '';
  // The sliders' starting place is nobody's view: until a factor is set, invite instead of a
  // result. The scale stays in the tree (hidden), as it is the server-rendered slot.
  return (
    <section class="qcalc__result" aria-labelledby="uitkomst">
      <h2 id="uitkomst">{t.resultTitle}</h2>
      {blank ? (
        <p class="qcalc__invite">{t.invite}</p>
      ) : (
        <p class="qcalc__q">
          {nameOk && `${draft.name.trim()}, ${kindName[draft.kind]}. `}
          {t.quotient} <strong>{quotientText(q)}</strong>
        </p>
      )}
      <div hidden={blank}>
        <QuotientReading q={q} scale={scale} />
      </div>
      {!blank && (
        <>
          <p>
            <strong>{zoneName[zone]}.</strong> {zoneMeaning[zone]}
          </p>
          <p class="qcalc__caveat">
            {t.caveat} <a href={caveatHref}>{t.caveatLink}</a>
          </p>
          <h3>{t.leversTitle}</h3>
          <p>{best}</p>
          <p>{weakestText(weakestPoints(ranked), t.weakestNone)}</p>
          <ol class="qlevers">
            {ranked.map((lever) => (
              <li key={lever.factor}>
                {leverText(lever, t)}{' '}
                <span class="qlevers__more">
                  {t.readMore} <a href={sections[lever.factor].href}>{sections[lever.factor].title}</a>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
