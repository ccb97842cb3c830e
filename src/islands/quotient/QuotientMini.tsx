import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FACTORS, quotient, zoneOf, type Factor, type Scores } from '../../lib/quotient/quotient';
import { quotientText, scaleLabel, zoneName } from '../../i18n/quotient/calculator';
import { QuotientReading } from './QuotientReading';
import { Announcer, useAnnouncer } from '../shared/Announcer';

interface Props {
  scores: Scores;
  /** Fixed texts (src/i18n/quotient/mini.ts), passed in so they travel in the HTML. */
  text: { legend: string; labels: Record<Factor, string>; quotient: string };
  /** The fixed scale (slot). */
  scale?: ComponentChildren;
}

/**
 * The compact calculator in a chapter: six sliders and the result on the scale. What does not
 * change (the caveat, the link to the full calculator) is rendered around it by <Rekenhulp />.
 */
export default function QuotientMini({ scores: start, text: t, scale }: Props) {
  const [scores, setScores] = useState(start);
  const [spoken, announce] = useAnnouncer();

  const q = quotient(scores);
  const zone = zoneOf(q);

  // Said once the visitor pauses, not at every step, and not on arrival.
  useEffect(() => {
    if (scores === start) return;
    const timer = setTimeout(() => announce(scaleLabel(q, zone)), 900);
    return () => clearTimeout(timer);
  }, [scores]);

  return (
    <fieldset class="qmini">
      <legend>{t.legend}</legend>
      {FACTORS.map((f) => (
        <label class="qmini__factor">
          <span>{t.labels[f]}</span>
          <input
            type="range"
            min="1"
            max="10"
            value={scores[f]}
            onInput={(e) => setScores({ ...scores, [f]: +e.currentTarget.value })}
          />
          <span aria-hidden="true">{scores[f]}</span>
        </label>
      ))}
      <p class="qmini__result">
        {t.quotient} <strong>{quotientText(q)}</strong> · {zoneName[zone]}
      </p>
      <QuotientReading q={q} scale={scale} />
      <Announcer said={spoken} />
    </fieldset>
  );
}
