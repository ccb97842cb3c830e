import type { Factor } from './quotient';

/** A heading in a chapter; the page resolves it to a link at build time (src/data/sections.ts). */
export interface SectionRef {
  chapter: string;
  section: string;
}

/**
 * Where the guide helps to work on each factor: the lever list of the calculator links here.
 * The page resolves the titles from the chapters at build time and fails on a missing heading.
 */
export const LEVER_SECTIONS: Record<Factor, SectionRef> = {
  competence: { chapter: 'vertrouwen-opbouwen-tussen-mensen', section: 'ruimte-om-te-groeien' },
  reliability: { chapter: 'vertrouwen-opbouwen-tussen-mensen', section: 'doen-wat-je-zegt' },
  intentions: { chapter: 'vertrouwen-opbouwen-tussen-mensen', section: 'informeel-contact' },
  integrity: { chapter: 'vertrouwen-als-organisatie', section: 'eerlijke-besluiten' },
  probability: { chapter: 'vertrouwen-als-organisatie', section: 'risico-als-ingang' },
  impact: { chapter: 'het-vertrouwensquotient', section: 'waarom-vermenigvuldigen-en-delen' },
};

/** Chapter 2 on what the model is and is not: linked beside every result. */
export const CAVEAT_SECTION: SectionRef = {
  chapter: 'het-vertrouwensquotient',
  section: 'een-model-geen-meetinstrument',
};

/** Chapter 2's worked example, which the calculator page repeats. */
export const EXAMPLE_SECTION: SectionRef = {
  chapter: 'het-vertrouwensquotient',
  section: 'een-rekenvoorbeeld',
};
