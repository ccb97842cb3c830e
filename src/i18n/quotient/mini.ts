import type { Factor } from '../../lib/quotient/quotient';
import { factorName } from './factors';

/** Fixed texts of the compact calculator in a chapter (<Rekenhulp />), passed to it as props. */
export const miniText = {
  legend: 'Zes factoren, elk van 1 tot 10',
  labels: {
    ...factorName,
    probability: 'Kans dat het misgaat',
    impact: 'Impact als het misgaat',
  } satisfies Record<Factor, string>,
  quotient: 'Quotiënt',
  title: 'Probeer het zelf',
  caveat: 'Een denkmodel, geen meting: het getal laat alleen zien hoe de factoren zich tot elkaar verhouden.',
  more: 'Open dit voorbeeld in de rekenhulp',
  moreAfter: ': met uitleg per factor, wat één stap op elke factor doet, en relaties vergelijken.',
  needsJs: 'Met JavaScript kun je hier zelf de scores verschuiven.',
};

export type MiniText = typeof miniText;
