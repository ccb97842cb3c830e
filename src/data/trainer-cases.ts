import { getCollection } from 'astro:content';
import type { TrainerCaseData } from '../schemas/trainer-case';
import { scoresFromList, shareFragment } from '../lib/quotient/share';
import { siteHref } from '../islands/shared/site-path';

export interface TrainerCase extends TrainerCaseData {
  /** Site path of the calculator with this case filled in. */
  href: string;
}

/** The ready-made calculator cases of content/trainer/cases.yaml in file order, with their links. */
export async function getTrainerCases(): Promise<TrainerCase[]> {
  return (await getCollection('trainerCases')).map(({ data: c }) => ({
    ...c,
    href: siteHref(
      `vertrouwensquotient/#${shareFragment(c.relationships.map((r) => ({ name: r.name, kind: r.kind, scores: scoresFromList(r.scores) })))}`,
    ),
  }));
}
