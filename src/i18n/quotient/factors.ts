import type { Factor } from '../../lib/quotient/quotient';
import { helpfulStep, wholePercent, type Lever } from '../../lib/quotient/levers';

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

/** One plain sentence per factor: what one point either way does to the quotient. */
export function leverText({ factor, from, gain, loss }: Lever): string {
  const name = factorName[factor];
  const up = helpfulStep(factor);
  if (!gain)
    return `${name} staat met ${from} al op de gunstigste stand; een punt ${way(-up)} maakt het quotiënt ${percent(loss!.change)} lager.`;
  const better = `een punt ${way(up)} maakt het quotiënt ${percent(gain.change)} hoger`;
  return loss
    ? `${name}, nu ${from}: ${better}, een punt ${way(-up)} ${percent(loss.change)} lager.`
    : `${name}, nu ${from}: ${better}.`;
}

/** "kans of impact: een punt lager", or with factors of both kinds "bekwaamheid of kans: een punt beter". */
function step(levers: readonly Lever[], sign: 1 | -1, last: string): string {
  const names = levers.map((l) => factorName[l.factor].toLowerCase());
  const dirs = new Set(levers.map((l) => helpfulStep(l.factor) * sign));
  const how = dirs.size > 1 ? (sign > 0 ? 'beter' : 'slechter') : way([...dirs][0]!);
  return `${list(names, last)}: een punt ${how}`;
}

/** The largest lever in a sentence ("De meeste winst zit in …"). */
export const bestText = (best: readonly Lever[]) => {
  const [first] = best;
  return first
    ? `De meeste winst zit in ${step(best, 1, 'of')} maakt het quotiënt ${percent(first.gain!.change)} hoger.`
    : 'Alle factoren staan al op hun gunstigste stand: in het model valt hier niets meer te winnen.';
};

/** Where one step the wrong way costs the most. */
export const weakestText = (weak: readonly Lever[]) => {
  const [first] = weak;
  return first
    ? `Het kwetsbaarst ${weak.length > 1 ? 'zijn' : 'is'} ${step(weak, -1, 'en')} maakt het quotiënt ${percent(first.loss!.change)} lager.`
    : 'Alle factoren staan op hun ongunstigste stand: lager kan het quotiënt niet.';
};
