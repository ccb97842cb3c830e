import { useState } from 'preact/hooks';
import type { ScanResult } from '../../lib/scan/scoring';
import { scanText as t } from '../../i18n/scan/scan';
import type { Screen } from './screen';

/** Picks two results of one instrument to compare. */
export function ScanCompareForm({
  ins,
  results,
  labels,
  go,
}: {
  ins: { id: string };
  results: ScanResult[];
  /** One distinct label per result (see lib/scan/labels). */
  labels: Map<string, string>;
  go: (s: Screen) => void;
}) {
  // Shown only for two results or more.
  const [a, setA] = useState(results[1]!.id);
  const [b, setB] = useState(results[0]!.id);
  const [hint, setHint] = useState('');
  const select = (label: string, value: string, set: (v: string) => void, id: string) => (
    <p class="scan-compare__field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {results.map((r) => (
          <option key={r.id} value={r.id}>
            {labels.get(r.id) ?? t.dateTime(r.completedAt)}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <fieldset class="scan-compare">
      <legend>{t.compareTitle}</legend>
      {select(t.compareFirst, a, setA, `vergelijk-1-${ins.id}`)}
      {select(t.compareSecond, b, setB, `vergelijk-2-${ins.id}`)}
      <button
        type="button"
        class="button"
        onClick={() => (a === b ? setHint(t.compareSame) : go({ kind: 'compare', a, b }))}
      >
        {t.compare}
      </button>
      {hint && a === b && <p role="alert">{hint}</p>}
    </fieldset>
  );
}
