import { encodeShare } from '../core/share-code';
import { sitePath } from '../core/site-path';
import { scanHandoffFormat } from './handoff';
import type { Instrument } from './scoring';
import type { Profile } from './profile';

/** From a scan result to the repair-plan builder (the format is shared: src/lib/scan/handoff.ts). */

export const MAX_PLAN_SCALES = 4;

/**
 * The scales a repair plan starts from: the growth areas, then other scales in the lowest band,
 * weakest first, at most four. Empty when nothing was scored.
 */
export function planScales(instrument: Instrument, profile: Profile): string[] {
  const lowest = instrument.bands[0]?.id;
  const more = profile.scales
    .filter((r) => r.band?.id === lowest && !profile.growth.includes(r.scale.id))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((r) => r.scale.id);
  return [...profile.growth, ...more].slice(0, MAX_PLAN_SCALES);
}

/** The link (under the site's `base`) that opens the repair-plan builder with these scales; undefined without scales. */
export function planHref(instrumentId: string, scales: string[], base: string): string | undefined {
  if (scales.length === 0) return undefined;
  return sitePath(
    `herstelplan/#${encodeShare(scanHandoffFormat, { instrument: instrumentId, scales: scales.slice(0, MAX_PLAN_SCALES) })}`,
    base,
  );
}
