import { persistentAtom } from './site-storage';
import { relationshipsCodec, type SavedRelationships } from '../lib/quotient/relationships-codec';
import {
  addShared,
  removeCase,
  saveCase,
  type AddedShared,
  type Saved,
} from '../lib/quotient/relationship-list';
import type { Case } from '../lib/quotient/case';

/** The relationships saved in the quotient calculator on this device. */
export const $relationships = persistentAtom(relationshipsCodec);

const keep = <R extends { ok: true; saved: SavedRelationships } | { ok: false }>(result: R): R => {
  if (result.ok) $relationships.set(result.saved);
  return result;
};

/** Saves a relationship under its name (replacing one of the same name), or says why not. */
export const saveRelationship = (c: Case, now = new Date()): Saved =>
  keep(saveCase($relationships.get(), c, now));

/** Saves the relationships of a shared link beside the visitor's own, if there is room for all. */
export const saveSharedRelationships = (cases: readonly Case[], now = new Date()): AddedShared =>
  keep(addShared($relationships.get(), cases, now));

export const removeRelationship = (name: string) =>
  $relationships.set(removeCase($relationships.get(), name));

/** The visitor's first saved relationship, or none. */
export const ownFirstRelationship = (): Case | undefined => $relationships.get().relationships[0];
