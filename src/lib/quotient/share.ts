import * as v from 'valibot';
import { decodeShare, encodeShare, type ShareFormat, type ShareProblem } from '../core/share-code';
import { fragmentProblem, fragmentValue, thenFragment, type Fragment } from '../core/fragment';
import { FACTORS, QuotientInputError, validateScores, type Scores } from './quotient';
import { kindSchema, MAX_RELATIONSHIPS, nameProblem, scoreSchema, type Case } from './case';

/**
 * Share links of the quotient calculator, format version 1. Stable: trainers link pre-filled
 * cases, so a change that older links cannot follow needs a new version (see README):
 *
 *   /vertrouwensquotient/#relaties=1.<base64url of UTF-8 JSON>
 *   {"relationships":[{"name":"Youssef","kind":"colleague","scores":[8,6,9,9,4,8]}]}
 *
 * 1–4 relationships; `kind` one of KINDS; `scores` six whole numbers 1–10 in the model's order
 * (competence, reliability, intentions, integrity, probability, impact); `name` 1–60 characters.
 * Unknown extra fields are ignored.
 */
/** Scores in the model's order, as share links and <Rekenhulp scores> write them. */
export const scoresToList = (s: Scores): number[] => FACTORS.map((f) => s[f]);

/** The inverse of scoresToList: exactly six scores, validated like any other input. */
export function scoresFromList(list: readonly unknown[]): Scores {
  if (list.length !== FACTORS.length)
    throw new QuotientInputError(undefined, `${FACTORS.length} scores expected, got ${list.length}`);
  return validateScores(Object.fromEntries(FACTORS.map((f, i) => [f, list[i]])));
}

export interface SharedPayload {
  relationships: Array<{ name: string; kind: Case['kind']; scores: number[] }>;
}

export const relationshipsShare: ShareFormat<SharedPayload> = {
  prefix: 'relaties',
  version: 1,
  schema: v.object({
    relationships: v.array(v.object({ name: v.string(), kind: kindSchema, scores: v.array(scoreSchema) })),
  }),
};

/** The fragment (without "#") for one to four relationships. */
export const shareFragment = (cases: readonly Case[]): string =>
  encodeShare(relationshipsShare, {
    relationships: cases.map((c) => ({ name: c.name.trim(), kind: c.kind, scores: scoresToList(c.scores) })),
  });

export type SharedCases = Fragment<Case[], ShareProblem>;

/**
 * Reads relationships from a URL hash: none for any other fragment; too many relationships, a bad
 * name or a score list of the wrong length is an 'invalid' link.
 */
export function readSharedCases(hash: string): SharedCases {
  return thenFragment(decodeShare(relationshipsShare, hash), ({ relationships: list }) => {
    if (list.length < 1 || list.length > MAX_RELATIONSHIPS || list.some((r) => nameProblem(r.name)))
      return fragmentProblem('invalid');
    try {
      return fragmentValue(
        list.map((r) => ({ name: r.name.trim(), kind: r.kind, scores: scoresFromList(r.scores) })),
      );
    } catch {
      return fragmentProblem('invalid');
    }
  });
}
