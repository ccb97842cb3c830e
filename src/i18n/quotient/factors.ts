import type { Factor } from '../../lib/quotient/quotient';
import { helpfulStep, type Lever } from '../../lib/quotient/levers';

/** The factors' names and the calculator page's sentences about levers ("De meeste winst zit in …"). */

export const factorName: Record<Factor, string> = {
  competence: 'Bekwaamheid',
  reliability: 'Betrouwbaarheid',
  intentions: 'Intenties',
  integrity: 'Integriteit',
  probability: 'Kans',
  impact: 'Impact',
};

/** "ongeveer 9%", or "minder dan 1%". */
export const percent = (change: number) => {
  const p = Math.round(Math.abs(change) * 100);
  return p < 1 ? 'minder dan 1%' : `ongeveer ${p}%`;
};

/** "bekwaamheid of betrouwbaarheid één punt hoger of kans één punt lager" */
function steps(levers: readonly Lever[], sign: 1 | -1): string {
  return ([1, -1] as const)
    .map((dir) => {
      const names = levers
        .filter((l) => helpfulStep(l.factor) * sign === dir)
        .map((l) => factorName[l.factor].toLowerCase());
      return names.length ? `${names.join(' of ')} één punt ${dir > 0 ? 'hoger' : 'lager'}` : '';
    })
    .filter(Boolean)
    .join(' of ');
}

/** The largest lever in a sentence ("De meeste winst zit in …"). */
export const bestText = (best: readonly Lever[]) => {
  const [first] = best;
  return first
    ? `De meeste winst zit in ${steps(best, 1)}: het quotiënt wordt dan ${percent(first.gain!.change)} hoger.`
    : 'Alle factoren staan al op hun gunstigste stand: in het model valt hier niets meer te winnen.';
};

/** Where one step the wrong way costs the most. */
export const weakestText = (weak: readonly Lever[]) => {
  const [first] = weak;
  return first
    ? `Het kwetsbaarst is ${steps(weak, -1)}: het quotiënt wordt dan ${percent(first.loss!.change)} lager.`
    : 'Alle factoren staan op hun ongunstigste stand: lager kan het quotiënt niet.';
};
