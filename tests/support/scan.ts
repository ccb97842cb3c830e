import type { AnswerValue, Instrument } from '../../src/lib/scan/scoring';
import { instrumentSchema } from '../../src/schemas/scan';
import { readYamlFolder } from './content';
import { at, must } from './must';

/** The scan instruments as the site builds them, in page order. */
export function readInstruments(): Instrument[] {
  return readYamlFolder('scan')
    .map((f) => instrumentSchema.parse(f.data) as Instrument)
    .sort((a, b) => a.order - b.order);
}

export const instrument = (id: string) =>
  must(
    readInstruments().find((i) => i.id === id),
    `scan instrument "${id}"`,
  );

/** Both instruments in page order: the scan about others, then the one about oneself. */
export function instrumentPair(): [Instrument, Instrument] {
  const [first, second, ...rest] = readInstruments();
  if (!first || !second || rest.length) throw new Error('expected exactly two scan instruments');
  return [first, second];
}

/** A varied but reproducible set of answers: item n gets a value from a pattern, some "weet ik niet". */
export function patternAnswers(
  ins: Instrument,
  pattern: readonly AnswerValue[],
  skip: readonly number[] = [],
): Record<string, AnswerValue> {
  return Object.fromEntries(
    ins.items.flatMap((item, n) =>
      skip.includes(n) ? [] : [[item.id, at(pattern, n % pattern.length, 'answer in the pattern')]],
    ),
  );
}

/**
 * A made-up instrument for unit tests: the parts a test is about, the rest filled in. Bands are
 * given as their cut-offs by id, scales by id.
 */
export function testInstrument(
  parts: Pick<Instrument, 'version' | 'items'> & { bands: Record<string, number>; scales: string[] },
): Instrument {
  return {
    id: 'proef',
    order: 1,
    title: 'Proef',
    summary: 'Een proefinstrument voor de tests.',
    intro: 'Een proefinstrument voor de unit-tests.',
    minutes: 5,
    response: { labels: ['1', '2', '3', '4', '5'], unknown: 'weet ik niet' },
    unevenAt: 40,
    unevenNote: 'ongelijk',
    gaps: [],
    earlier: [],
    ...parts,
    bands: Object.entries(parts.bands).map(([id, from]) => ({
      id,
      label: id.charAt(0).toUpperCase() + id.slice(1),
      from,
      meaning: id,
    })),
    scales: parts.scales.map((id) => ({ id, name: id.toUpperCase(), description: id, read: [], advice: {} })),
  };
}

/** An item of a test instrument: its scale is the id's first letter ("a2" belongs to scale a). */
export const testItem = (id: string, reversed = false) => ({
  id,
  scale: id.slice(0, 1),
  text: id,
  reversed,
});
