import * as v from 'valibot';
import type { Scores } from './quotient';

/**
 * A relationship weighed with the quotient: who it is about (a name), what kind of relationship,
 * and the six scores. Shared by the saved relationships and by share links.
 */

export const KINDS = ['colleague', 'leader', 'top-management', 'other-team'] as const;
export type Kind = (typeof KINDS)[number];

export interface Case {
  name: string;
  kind: Kind;
  scores: Scores;
}

/** How many relationships can be saved, compared or shared at once. */
export const MAX_RELATIONSHIPS = 4;
export const MAX_NAME_LENGTH = 60;

/** One score: a whole number 1–10 (the model's SCORE_MIN–SCORE_MAX; a unit test holds them equal). */
export const scoreSchema = v.picklist([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
export const kindSchema = v.picklist(KINDS);

export type NameProblem = 'no-name' | 'name-too-long';

/** What is wrong with a name, if anything: blank, or longer than MAX_NAME_LENGTH once trimmed. */
export function nameProblem(name: string): NameProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'no-name';
  if (trimmed.length > MAX_NAME_LENGTH) return 'name-too-long';
  return undefined;
}
