import type { Factor } from '../../lib/quotient/quotient';
import { helpfulStep, wholePercent, type Lever } from '../../lib/quotient/levers';
import { fill } from './fill';

/** The factors' names and the calculator page's sentences about levers ("De meeste winst zit in …"). */

export const factorName: Record<Factor, string> = {
  competence: 'Bekwaamheid',
  reliability: 'Betrouwbaarheid',
  intentions: 'Intenties',
  integrity: 'Integriteit',
  probability: 'Kans',
  impact: 'Impact',
};

/** "10%" when that is exact, "ruim 9%" or "bijna 9%" when rounded, "minder dan 1%" below that. */
export const percent = (change: number) => {
  const { value, rounding } = wholePercent(change);
  if (value === 0) return 'minder dan 1%';
  return `${{ exact: '', up: 'bijna ', down: 'ruim ' }[rounding]}${value}%`;
};

/** "a", "a of b", "a, b of c" */
const list = (words: readonly string[], last: string) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;

const way = (dir: number) => (dir > 0 ? 'hoger' : 'lager');

/** The templates of the lever sentences: page text, passed in so they travel in the HTML. */
export interface LeverWords {
  /** {0} factor, {1} score, {2} helpful way, {3} gain, {4} other way, {5} loss */
  leverBoth: string;
  /** {0} factor, {1} score, {2} helpful way, {3} gain */
  leverAtWorst: string;
  /** {0} factor, {1} score, {2} other way, {3} loss */
  leverAtBest: string;
}

/** One plain sentence per factor: what one point either way does to the quotient. */
export function leverText({ factor, from, gain, loss }: Lever, t: LeverWords): string {
  const up = way(helpfulStep(factor));
  const down = way(-helpfulStep(factor));
  const name = factorName[factor];
  if (!gain) return fill(t.leverAtBest, name, from, down, percent(loss!.change));
  return loss
    ? fill(t.leverBoth, name, from, up, percent(gain.change), down, percent(loss.change))
    : fill(t.leverAtWorst, name, from, up, percent(gain.change));
}

/** "kans of impact: een punt lager", or with factors of both kinds "bekwaamheid of kans: een punt beter". */
function step(levers: readonly Lever[], sign: 1 | -1, last: string): string {
  const dirs = levers.map((l) => helpfulStep(l.factor) * sign);
  const how = dirs.every((d) => d === dirs[0]) ? way(dirs[0]!) : sign > 0 ? 'beter' : 'slechter';
  return `${list(
    levers.map((l) => factorName[l.factor].toLowerCase()),
    last,
  )}: een punt ${how}`;
}

/** The largest lever in a sentence ("De meeste winst zit in …"); `none` when all are at their best. */
export const bestText = (best: readonly Lever[], none: string) => {
  const [first] = best;
  return first
    ? `De meeste winst zit in ${step(best, 1, 'of')} maakt het quotiënt ${percent(first.gain!.change)} hoger.`
    : none;
};

/** Where one step the wrong way costs the most; `none` when all are at their worst. */
export const weakestText = (weak: readonly Lever[], none: string) => {
  const [first] = weak;
  return first
    ? `Het kwetsbaarst ${weak.length > 1 ? 'zijn' : 'is'} ${step(weak, -1, 'en')} maakt het quotiënt ${percent(first.loss!.change)} lager.`
    : none;
};
