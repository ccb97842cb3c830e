import * as v from 'valibot';
import { int } from '../core/codec-parts';
import type { Codec } from '../core/storage';
import { LABEL_MAX, MAX_FLOOR, MAX_SCALES, MIN_FLOOR, PUBLIC_KEY_CHARS, SESSION_ID_CHARS } from './limits';

export const sessionIdSchema = v.pipe(
  v.string(),
  v.regex(new RegExp(`^[A-Za-z0-9_-]{${SESSION_ID_CHARS}}$`)),
);

/**
 * What a facilitator's device keeps of a group session (`vw:groepssessie`): its settings, the public
 * key, and the scores of the codes received. The private key is not here: it lives as a
 * non-extractable CryptoKey in IndexedDB under the session id (see the README).
 */

export const NAME_MAX = 80;
/** A session keeps at most this many codes, far below the storage module's size cap. */
export const MAX_CODES = 500;

const entrySchema = v.object({
  sub: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{11}$/)),
  day: v.pipe(int, v.minValue(0)),
  scores: v.pipe(v.array(v.nullable(v.pipe(int, v.minValue(0), v.maxValue(100)))), v.maxLength(MAX_SCALES)),
});

export const sessionSchema = v.object({
  id: sessionIdSchema,
  name: v.pipe(v.string(), v.maxLength(NAME_MAX)),
  label: v.optional(v.pipe(v.string(), v.maxLength(LABEL_MAX))),
  instrument: v.string(),
  version: int,
  floor: v.pipe(int, v.minValue(MIN_FLOOR), v.maxValue(MAX_FLOOR)),
  publicKey: v.pipe(v.string(), v.length(PUBLIC_KEY_CHARS)),
  createdAt: v.string(),
  closed: v.boolean(),
  revealed: v.boolean(),
  entries: v.pipe(v.array(entrySchema), v.maxLength(MAX_CODES)),
});

export type Session = v.InferOutput<typeof sessionSchema>;
export type SessionEntry = Session['entries'][number];

export interface SessionState {
  session: Session | null;
}

export const sessionCodec: Codec<SessionState> = {
  key: 'vw:groepssessie',
  version: 1,
  schema: v.object({ session: v.nullable(sessionSchema) }),
  empty: () => ({ session: null }),
};
