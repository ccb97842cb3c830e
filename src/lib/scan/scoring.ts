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
  /** Whom the scale asks about ("je collega's", "je leidinggevende"), when it is one of a compared pair. */
  referent?: string | undefined;
  /** A low score may mean the visitor is not safe at work: the result then points to help. */
  safety?: boolean | undefined;
}

/** Two scales that ask the same about different people; the result shows the gap between them. */
export interface ScanGapPair {
  /** What both ask about, e.g. "Bekwaamheid". */
  name: string;
  scales: [string, string];
}

/** A scale as an earlier version of the instrument had it: enough to show an old result as it was. */
export interface EarlierScale {
  id: string;
  name: string;
  description: string;
  read: string[];
}

export interface EarlierVersion {
  version: number;
  scales: EarlierScale[];
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
  /** Position on the scan page. */
  order: number;
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
  /** Pairs of scales to compare (same question, different people). */
  gaps: ScanGapPair[];
  /** The scales of earlier versions, newest first, for results made with them. */
  earlier: EarlierVersion[];
}

/** 1–5 on the agreement scale; 0 is "weet ik niet / niet van toepassing", left out of scoring. */
export type Answers = Readonly<Record<string, number>>;
/** One stored answer: 0 for "weet ik niet / niet van toepassing", else the point on the scale. */
export type AnswerValue = 0 | 1 | 2 | 3 | 4 | 5;
export const SCALE_POINTS = 5;
/** Scale scores: 0–100 per scale id, or null when too few items were answered to say anything. */
export type Scores = Readonly<Record<string, number | null>>;

/** A scale needs at least half its items, and at least two, answered on the scale to get a score. */
export const minAnswers = (itemCount: number) => Math.max(2, Math.ceil(itemCount / 2));

const isPoint = (v: number | undefined): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= SCALE_POINTS;

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

/** Items not yet answered (a "weet ik niet" counts as answered), in the instrument's order. */
export const unanswered = (instrument: Instrument, answers: Answers): ScanItem[] =>
  instrument.items.filter((i) => answers[i.id] === undefined);

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

/** What a stored or shared result holds. */
export interface ScanResult {
  id: string;
  instrument: string;
  version: number;
  completedAt: string;
  answers: Record<string, AnswerValue>;
  scores: Record<string, number | null>;
}
