import { encodeShare } from './share-code';
import { scanHandoffFormat } from './scan-handoff';

/**
 * The Vertrouwensscan: instruments (content/scan/*.yaml) and how answers become a result. A
 * reflection tool, not a validated test: scores say where a visitor's own answers sit between the
 * ends of the scale, never how they compare to anyone else.
 */

export interface ScanBand {
  id: string;
  label: string;
  /** Lowest score (0–100) in this band; bands are ordered by it, the first starts at 0. */
  from: number;
  meaning: string;
}

export interface ScanScale {
  id: string;
  name: string;
  description: string;
  /** Chapter sections to read, as "chapter-slug#heading-id". */
  read: string[];
  /** Interpretation and advice per band id. */
  advice: Record<string, string>;
}

export interface ScanItem {
  id: string;
  scale: string;
  text: string;
  /** Agreeing means less of what the scale describes. */
  reversed: boolean;
}

export interface Instrument {
  id: string;
  version: number;
  title: string;
  summary: string;
  intro: string;
  minutes: number;
  response: { labels: string[]; unknown: string };
  bands: ScanBand[];
  /** A profile whose highest and lowest scale differ this much or more is called uneven. */
  unevenAt: number;
  unevenNote: string;
  scales: ScanScale[];
  items: ScanItem[];
}

/** 1–5 on the agreement scale; 0 is "weet ik niet / niet van toepassing", left out of scoring. */
export type Answers = Readonly<Record<string, number>>;
export const UNKNOWN = 0;
export const SCALE_POINTS = 5;
/** Scale scores: 0–100 per scale id, or null when too few items were answered to say anything. */
export type Scores = Readonly<Record<string, number | null>>;

/** A scale needs at least half its items, and at least two, answered on the scale to get a score. */
export const minAnswers = (itemCount: number) => Math.max(2, Math.ceil(itemCount / 2));

const isPoint = (v: number | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= SCALE_POINTS;

export interface ScaleScore {
  score: number | null;
  answered: number;
  items: number;
}

/** The mean of a scale's answered items (reverse-keyed ones mirrored), mapped from 1–5 onto 0–100. */
export function scoreScale(instrument: Instrument, scaleId: string, answers: Answers): ScaleScore {
  const items = instrument.items.filter((i) => i.scale === scaleId);
  const values = items.flatMap((i) => {
    const v = answers[i.id];
    return isPoint(v) ? [i.reversed ? SCALE_POINTS + 1 - v : v] : [];
  });
  const enough = values.length >= minAnswers(items.length);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    score: enough ? Math.round(((mean - 1) / (SCALE_POINTS - 1)) * 100) : null,
    answered: values.length,
    items: items.length,
  };
}

export const scoreAnswers = (instrument: Instrument, answers: Answers): Record<string, number | null> =>
  Object.fromEntries(instrument.scales.map((s) => [s.id, scoreScale(instrument, s.id, answers).score]));

/** The band a score falls in: the last one whose lower bound it reaches. */
export function bandOf(bands: readonly ScanBand[], score: number): ScanBand {
  let found = bands[0];
  for (const b of bands) if (score >= b.from) found = b;
  return found;
}

/** Items not yet answered (a "weet ik niet" counts as answered), in the instrument's order. */
export const unanswered = (instrument: Instrument, answers: Answers): ScanItem[] => instrument.items.filter((i) => answers[i.id] === undefined);

/** Scales that would get no score with these answers. */
export const unscorable = (instrument: Instrument, answers: Answers): ScanScale[] =>
  instrument.scales.filter((s) => scoreScale(instrument, s.id, answers).score === null);

export const ITEMS_PER_STEP = 5;

/** Splits the items into steps of at most `perStep`, as even in size as possible, keeping their order. */
export function stepsOf<T>(items: readonly T[], perStep = ITEMS_PER_STEP): T[][] {
  const count = Math.max(1, Math.ceil(items.length / perStep));
  const steps: T[][] = [];
  let start = 0;
  for (let s = 0; s < count; s++) {
    const size = Math.floor(items.length / count) + (s < items.length % count ? 1 : 0);
    steps.push(items.slice(start, start + size));
    start += size;
  }
  return steps;
}

export interface ScaleResult {
  scale: ScanScale;
  score: number | null;
  band?: ScanBand;
}

export interface Profile {
  /** Every scale the result covers, in the instrument's order. */
  scales: ScaleResult[];
  /** Up to two scale ids with the highest scores, highest first. */
  strengths: string[];
  /** Up to two scale ids with the lowest scores, lowest first; never a strength too. */
  growth: string[];
  /** Highest and lowest scored scale differ by the instrument's `unevenAt` or more. */
  uneven: boolean;
  /** Every scored scale lies within a few points of the others: strengths and growth areas differ little. */
  even: boolean;
}

export const EVEN_RANGE = 10;

/**
 * Strengths, growth areas and the shape of a profile. With n scored scales each list holds
 * min(2, ⌊n/2⌋) scales, so they never overlap; ties go to the scale listed first.
 */
export function profileOf(instrument: Instrument, scores: Scores): Profile {
  const scales = instrument.scales
    .filter((s) => s.id in scores)
    .map((scale) => {
      const score = scores[scale.id];
      return score === null ? { scale, score } : { scale, score, band: bandOf(instrument.bands, score) };
    });
  const scored = scales.flatMap((r, order) => (r.score === null ? [] : [{ id: r.scale.id, score: r.score, order }]));
  const per = Math.min(2, Math.floor(scored.length / 2));
  const high = [...scored].sort((a, b) => b.score - a.score || a.order - b.order);
  const low = [...scored].sort((a, b) => a.score - b.score || a.order - b.order);
  const range = scored.length ? high[0].score - low[0].score : 0;
  const strengths = high.slice(0, per).map((s) => s.id);
  return {
    scales,
    strengths,
    growth: low
      .filter((s) => !strengths.includes(s.id))
      .slice(0, per)
      .map((s) => s.id),
    uneven: scored.length >= 3 && range >= instrument.unevenAt,
    even: scored.length >= 3 && range < EVEN_RANGE,
  };
}

/** What a stored or shared result holds. */
export interface ScanResult {
  id: string;
  instrument: string;
  version: number;
  completedAt: string;
  answers: Record<string, number>;
  scores: Record<string, number | null>;
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
  if (result.version === instrument.version) return { scores: scoreAnswers(instrument, result.answers), outdated: false };
  const scores: Record<string, number | null> = {};
  for (const s of instrument.scales) if (s.id in result.scores) scores[s.id] = result.scores[s.id];
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
      return { scale, before: x, after: y, change: typeof x === 'number' && typeof y === 'number' ? y - x : null };
    });
  return { earlier, later, rows, mixedVersions: earlier.version !== later.version };
}

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

/** The link that opens the repair-plan builder with these scales; undefined without scales. */
export function planHref(instrumentId: string, scales: string[]): string | undefined {
  if (scales.length === 0) return undefined;
  return `/herstelplan/#${encodeShare(scanHandoffFormat, { instrument: instrumentId, scales: scales.slice(0, MAX_PLAN_SCALES) })}`;
}
