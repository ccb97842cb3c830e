import * as v from 'valibot';
import type { Codec } from '../core/storage';
import { kindSchema, scoresSchema, type Case } from './case';

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

export const relationshipsCodec: Codec<SavedRelationships> = {
  key: 'vw:vertrouwensquotient',
  version: 1,
  schema: v.object({
    relationships: v.array(
      v.object({ name: v.string(), kind: kindSchema, scores: scoresSchema, savedAt: v.string() }),
    ),
  }),
  empty: () => ({ relationships: [] }),
};
