import type { Scores } from './quotient';
import { MAX_NAME_LENGTH, MAX_RELATIONSHIPS, nameProblem, type Case, type NameProblem } from './case';
import type { Relationship, SavedRelationships } from './relationships-codec';

/** What the calculator does with the saved relationships: each is saved under its own name. */

const nameKey = (name: string) => name.trim().toLocaleLowerCase('nl');

/** The saved relationship with this name (ignoring case and outer spaces), if any. */
export const savedNamed = (saved: SavedRelationships, name: string) =>
  saved.relationships.find((r) => nameKey(r.name) === nameKey(name));

export const sameScores = (a: Scores, b: Scores) =>
  (Object.keys(a) as Array<keyof Scores>).every((f) => a[f] === b[f]);
export const sameCase = (a: Case, b: Case) =>
  nameKey(a.name) === nameKey(b.name) && a.kind === b.kind && sameScores(a.scores, b.scores);

export type SaveProblem = NameProblem | 'full';
export type Saved = { ok: true; saved: SavedRelationships } | { ok: false; problem: SaveProblem };

/**
 * Saves a relationship under its name: one with the same name is replaced in place, any other is
 * added at the end while there is room for it (MAX_RELATIONSHIPS).
 */
export function saveCase(saved: SavedRelationships, c: Case, now: Date): Saved {
  const problem = nameProblem(c.name);
  if (problem) return { ok: false, problem };
  const record: Relationship = {
    name: c.name.trim(),
    kind: c.kind,
    scores: { ...c.scores },
    savedAt: now.toISOString(),
  };
  const list = saved.relationships;
  const at = list.findIndex((r) => nameKey(r.name) === nameKey(c.name));
  if (at < 0 && list.length >= MAX_RELATIONSHIPS) return { ok: false, problem: 'full' };
  return {
    ok: true,
    saved: { relationships: at < 0 ? [...list, record] : list.map((r, i) => (i === at ? record : r)) },
  };
}

export const removeCase = (saved: SavedRelationships, name: string): SavedRelationships => ({
  relationships: saved.relationships.filter((r) => nameKey(r.name) !== nameKey(name)),
});

/** "Youssef", or "Youssef (2)", "Youssef (3)" … when that name is taken. */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map(nameKey));
  const base = name.trim();
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = base.slice(0, MAX_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

/** A shared relationship saved under another name because its own was taken. */
export interface Renamed {
  from: string;
  to: string;
}

export type AddedShared =
  { ok: true; saved: SavedRelationships; renamed: Renamed[] } | { ok: false; room: number };

/**
 * Adds relationships from a share link to the saved ones, all or none: when they do not fit it
 * says how much room there is. A name already in use gets a number, so nothing is overwritten.
 */
export function addShared(saved: SavedRelationships, cases: readonly Case[], now: Date): AddedShared {
  const room = MAX_RELATIONSHIPS - saved.relationships.length;
  if (cases.length > room) return { ok: false, room };
  let result = saved;
  const renamed: Renamed[] = [];
  for (const c of cases) {
    const name = freeName(
      c.name,
      result.relationships.map((r) => r.name),
    );
    if (name !== c.name.trim()) renamed.push({ from: c.name.trim(), to: name });
    const step = saveCase(result, { ...c, name }, now);
    if (!step.ok) return { ok: false, room };
    result = step.saved;
  }
  return { ok: true, saved: result, renamed };
}
