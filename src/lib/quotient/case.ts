import * as v from 'valibot';
import { FACTORS, SCORE_MAX, SCORE_MIN, type Factor, type Scores } from './factors';

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

/** One score: a whole number on the scale. */
export const scoreSchema = v.picklist(
  Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i),
);
/** The six scores of one relationship. */
export const scoresSchema: v.GenericSchema<Scores> = v.object(
  Object.fromEntries(FACTORS.map((f) => [f, scoreSchema])) as Record<Factor, typeof scoreSchema>,
);
export const kindSchema = v.picklist(KINDS);

export type NameProblem = 'no-name' | 'name-too-long';

/** What is wrong with a name, if anything: blank, or longer than MAX_NAME_LENGTH once trimmed. */
export function nameProblem(name: string): NameProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'no-name';
  if (trimmed.length > MAX_NAME_LENGTH) return 'name-too-long';
  return undefined;
}
