import type { Instrument, ScanBand, ScanResult, ScanScale, Scores } from './scoring';
import { scoreAnswers } from './scoring';

/**
 * What a scan result says: bands, strengths and growth areas, the shape of the profile, results
 * across instrument versions, and the comparison of two results. (Apart from the rules the
 * questions need, so it loads with the result view, not with the page.)
 */

/** The band a score falls in: the last one whose lower bound it reaches. */
export function bandOf(bands: readonly ScanBand[], score: number): ScanBand {
  // Every instrument has bands (the schema requires them), the first starting at 0.
  let found = bands[0]!;
  for (const b of bands) if (score >= b.from) found = b;
  return found;
}

export interface ScaleResult {
  scale: ScanScale;
  score: number | null;
  band?: ScanBand;
}

export interface Profile {
  /** Every scale the result covers, in the instrument's order. */
  scales: ScaleResult[];
  /** Up to two scale ids with the highest scores, highest first; none when the profile is flat. */
  strengths: string[];
  /** Up to two scale ids with the lowest scores, lowest first; never a strength too; none when flat. */
  growth: string[];
  /** Every scored scale has exactly the same score: naming strengths or growth areas would be arbitrary. */
  flat: boolean;
  /** Highest and lowest scored scale differ by the instrument's `unevenAt` or more. */
  uneven: boolean;
  /** Every scored scale lies within a few points of the others (but not all equal): strengths and growth areas differ little. */
  even: boolean;
}

export const EVEN_RANGE = 10;

/**
 * Strengths, growth areas and the shape of a profile. With n scored scales each list holds
 * min(2, ⌊n/2⌋) scales, so they never overlap; ties go to the scale listed first. When every
 * scored scale has the same score there is nothing to tell them apart, so both lists stay empty.
 */
export function profileOf(instrument: Instrument, scores: Scores): Profile {
  const scales = instrument.scales
    .filter((s) => s.id in scores)
    .map((scale) => {
      // Present: the filter above keeps only scales the scores cover.
      const score = scores[scale.id] ?? null;
      return score === null ? { scale, score } : { scale, score, band: bandOf(instrument.bands, score) };
    });
  const scored = scales.flatMap((r, order) =>
    r.score === null ? [] : [{ id: r.scale.id, score: r.score, order }],
  );
  const per = Math.min(2, Math.floor(scored.length / 2));
  const high = [...scored].sort((a, b) => b.score - a.score || a.order - b.order);
  const low = [...scored].sort((a, b) => a.score - b.score || a.order - b.order);
  const [top] = high;
  const [bottom] = low;
  const range = top && bottom ? top.score - bottom.score : 0;
  const flat = scored.length >= 2 && range === 0;
  const strengths = flat ? [] : high.slice(0, per).map((s) => s.id);
  return {
    scales,
    strengths,
    flat,
    growth: (flat ? [] : low)
      .filter((s) => !strengths.includes(s.id))
      .slice(0, per)
      .map((s) => s.id),
    uneven: scored.length >= 3 && range >= instrument.unevenAt,
    even: !flat && scored.length >= 3 && range < EVEN_RANGE,
  };
}

/** Below this many points the two sides of a compared pair count as about the same. */
export const GAP_NOTABLE = 10;

export interface Gap {
  name: string;
  first: { scale: ScanScale; score: number };
  second: { scale: ScanScale; score: number };
  /** first − second. */
  difference: number;
  /** Which side the visitor trusts more, or "level" when they lie within GAP_NOTABLE points. */
  higher: 'first' | 'second' | 'level';
}

/**
 * The instrument's compared pairs (e.g. colleagues and leader on the same question) where both
 * sides have a score, in the instrument's order. A pair with a side unscored or absent is left out.
 */
export function gapsOf(instrument: Instrument, scores: Scores): Gap[] {
  return instrument.gaps.flatMap((g) => {
    const [a, b] = g.scales.map((id) => instrument.scales.find((s) => s.id === id));
    const x = a && scores[a.id];
    const y = b && scores[b.id];
    if (!a || !b || typeof x !== 'number' || typeof y !== 'number') return [];
    const difference = x - y;
    const higher = Math.abs(difference) < GAP_NOTABLE ? 'level' : difference > 0 ? 'first' : 'second';
    return [
      { name: g.name, first: { scale: a, score: x }, second: { scale: b, score: y }, difference, higher },
    ];
  });
}

/**
 * The instrument as a result of `version` should be read: with the scales that version had (names,
 * descriptions, sections to read as they were), keeping the advice of a scale that still exists
 * under the same id. Compared pairs only when both scales are among them. Any other version,
 * including a newer one this site does not know, reads with the current scales.
 */
export function instrumentFor(instrument: Instrument, version: number): Instrument {
  const then = instrument.earlier.find((e) => e.version === version);
  if (!then || version === instrument.version) return instrument;
  const scales = then.scales.map((s) => ({
    ...s,
    advice: instrument.scales.find((c) => c.id === s.id)?.advice ?? {},
  }));
  const ids = new Set(scales.map((s) => s.id));
  return { ...instrument, scales, gaps: instrument.gaps.filter((g) => g.scales.every((id) => ids.has(id))) };
}

const isScore = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;

/**
 * What a result from a link or a file must satisfy beyond its shape before it is shown or kept:
 * a known instrument, a real date and time, a sensible id and version, scores 0–100 or none.
 */
export function isSoundResult(r: ScanResult, instrumentIds: readonly string[]): boolean {
  return (
    instrumentIds.includes(r.instrument) &&
    /^\d{4}-\d\d-\d\dT/.test(r.completedAt) &&
    !Number.isNaN(Date.parse(r.completedAt)) &&
    /^[a-z0-9]{4,40}$/.test(r.id) &&
    r.version >= 1 &&
    Object.values(r.scores).every((v) => v === null || isScore(v))
  );
}

export interface ResultView {
  scores: Record<string, number | null>;
  /** Made with another version of the instrument: scores are the ones computed back then. */
  outdated: boolean;
}

/**
 * The scores to show for a result. Same version: computed again from the answers (the answers are
 * the record). Another version: the items may have changed meaning, so the scores computed when
 * the result was made are shown as they were, for the scales that still exist.
 */
export function viewResult(instrument: Instrument, result: ScanResult): ResultView {
  if (result.version === instrument.version)
    return { scores: scoreAnswers(instrument, result.answers), outdated: false };
  const scores: Record<string, number | null> = {};
  for (const s of instrument.scales) {
    if (!(s.id in result.scores)) continue;
    const score = result.scores[s.id];
    scores[s.id] = isScore(score) ? score : null;
  }
  return { scores, outdated: true };
}

export interface ComparisonRow {
  scale: ScanScale;
  before: number | null | undefined;
  after: number | null | undefined;
  /** after − before, when both have a score. */
  change: number | null;
}

export interface Comparison {
  earlier: ScanResult;
  later: ScanResult;
  rows: ComparisonRow[];
  /** The two were made with different versions of the instrument. */
  mixedVersions: boolean;
}

/** Change per scale between two results of one instrument, the earlier one first. */
export function compareResults(instrument: Instrument, a: ScanResult, b: ScanResult): Comparison {
  const [earlier, later] = a.completedAt <= b.completedAt ? [a, b] : [b, a];
  const before = viewResult(instrument, earlier).scores;
  const after = viewResult(instrument, later).scores;
  const rows = instrument.scales
    .filter((s) => s.id in before || s.id in after)
    .map((scale) => {
      const x = before[scale.id];
      const y = after[scale.id];
      return {
        scale,
        before: x,
        after: y,
        change: typeof x === 'number' && typeof y === 'number' ? y - x : null,
      };
    });
  return { earlier, later, rows, mixedVersions: earlier.version !== later.version };
}

/**
 * The safety-related scales (felt risk, psychological safety) that score in the lowest band: their
 * cards point to confidential and formal help instead of asking the visitor to take the risk first.
 */
export function lowSafetyScales(instrument: Instrument, profile: Profile): string[] {
  const lowest = instrument.bands[0]?.id;
  return profile.scales
    .filter((r) => r.scale.safety && r.band && r.band.id === lowest)
    .map((r) => r.scale.id);
}
