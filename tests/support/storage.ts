import type { Page } from '@playwright/test';
import { encode } from '../../src/lib/core/storage';
import { encodeShare } from '../../src/lib/core/share-code';
import { plansCodec } from '../../src/lib/repair/plan-codec';
import { relationshipsCodec } from '../../src/lib/quotient/relationships-codec';
import { progressCodec } from '../../src/lib/quiz/progress';
import { answer, complete, emptyScanState, open, scanCodec } from '../../src/lib/scan/draft';
import { scanHandoffFormat } from '../../src/lib/scan/handoff';
import { fullPlan } from './repair';
import { instrumentPair, patternAnswers } from './scan';

const when = new Date('2026-03-02T09:00:00Z');

/** Valid stored envelopes for every tool, as the site itself writes them. */
export function savedEnvelopes(chapter: string): Record<string, string> {
  const [ins] = instrumentPair();
  let scan = open(emptyScanState(), ins, when).state;
  for (const [item, value] of Object.entries(patternAnswers(ins, [4, 2, 5, 3])))
    scan = answer(scan, ins.id, item, value);
  return {
    'vw:herstelplannen': encode(plansCodec, { plans: [fullPlan()] }),
    'vw:scan': encode(scanCodec, complete(scan, ins, when).state),
    'vw:vertrouwensquotient': encode(relationshipsCodec, {
      relationships: [
        {
          name: 'Youssef',
          kind: 'colleague',
          scores: { competence: 8, reliability: 6, intentions: 9, integrity: 9, probability: 4, impact: 8 },
          savedAt: when.toISOString(),
        },
      ],
    }),
    'vw:voortgang': encode(progressCodec, { chapters: { [chapter]: { readAt: when.toISOString() } } }),
  };
}

/** Puts values in localStorage before the first page of a test loads, once (reloads keep what the page did). */
export async function seedOnce(page: Page, entries: Record<string, string>) {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, value] of Object.entries(values)) localStorage.setItem(k, value);
    sessionStorage.setItem('seeded', '1');
  }, entries);
}

/**
 * From now on the browser refuses every write to localStorage, as a full quota or some private
 * modes do: reading still works. Registered after `seedOnce`, so seeding still succeeds.
 */
export async function refuseSaving(page: Page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** A hand-off link from the scan to the repair-plan builder. */
export const handoffFragment = () =>
  `#${encodeShare(scanHandoffFormat, { instrument: instrumentPair()[0].id, scales: [instrumentPair()[0].scales[0]!.id] })}`;
