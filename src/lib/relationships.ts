import * as v from 'valibot';
import type { Codec } from './storage';
import type { Scores } from './quotient';
import { kindSchema, scoreSchema, type Case } from './quotient-case';

/**
 * The relationships a visitor saved in the quotient calculator, each under its own name (at most
 * four, to compare them), kept on their device under `vw:vertrouwensquotient`. What is done with
 * the list (save by name, remove, add from a link) is in ./relationship-list.ts, so that
 * "Mijn gegevens", which only checks this data, loads no more than the codec.
 */

export interface Relationship extends Case {
  savedAt: string;
}

export interface SavedRelationships {
  relationships: Relationship[];
}

// The six factors spelled out (not imported from quotient.ts) so that "Mijn gegevens", which
// checks this data, does not load the model; the type below keeps the two lists in step.
const scoresSchema: v.GenericSchema<Scores> = v.object({
  competence: scoreSchema,
  reliability: scoreSchema,
  intentions: scoreSchema,
  integrity: scoreSchema,
  probability: scoreSchema,
  impact: scoreSchema,
});

export const relationshipsCodec: Codec<SavedRelationships> = {
  key: 'vw:vertrouwensquotient',
  version: 1,
  schema: v.object({
    relationships: v.array(v.object({ name: v.string(), kind: kindSchema, scores: scoresSchema, savedAt: v.string() })),
  }),
  empty: () => ({ relationships: [] }),
};
