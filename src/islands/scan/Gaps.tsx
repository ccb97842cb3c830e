import { gapsOf } from '../../lib/scan/profile';
import type { Instrument, Scores } from '../../lib/scan/scoring';
import { scanResultText as t } from '../../i18n/scan/result';

/** Where the same question was asked about colleagues and about the leader: the difference, in words. */
export function Gaps({ ins, scores }: { ins: Instrument; scores: Scores }) {
  const gaps = gapsOf(ins, scores);
  if (gaps.length === 0) return null;
  return (
    <div class="scan-gaps">
      <h4>{t.gapsTitle}</h4>
      <p>{t.gapsIntro}</p>
      <ul>
        {gaps.map((g) => (
          <li key={g.name}>{t.gap(g)}</li>
        ))}
      </ul>
    </div>
  );
}
