import * as v from 'valibot';
import { int } from '../core/codec-parts';
import { decodeShare, encodeShare, type ShareFormat, type ShareProblem } from '../core/share-code';
import { LABEL_MAX, PUBLIC_KEY_CHARS } from './limits';
import { sessionIdSchema } from './codec';

/**
 * The session link participants open: `/scan/#sessie=1.<base64url JSON>`. It carries what a
 * participant's device needs to make a code for this session and nothing about the facilitator:
 * the session id, the instrument and its version, the facilitator's public key, and optionally a
 * short public label the facilitator chose to show (the session's own name stays on their device).
 */


export interface SessionLink {
  /** Session id: 9 random bytes as base64url. */
  s: string;
  /** Instrument id and version. */
  i: string;
  v: number;
  /** The facilitator's public key, raw P-256 point as base64url. */
  k: string;
  /** Public label shown to participants, if the facilitator chose one. */
  n?: string;
}

export const labelSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LABEL_MAX));

export const sessionLinkFormat: ShareFormat<SessionLink> = {
  prefix: 'sessie',
  version: 1,
  schema: v.object({
    s: sessionIdSchema,
    i: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)),
    v: v.pipe(int, v.minValue(1)),
    k: v.pipe(v.string(), v.regex(new RegExp(`^[A-Za-z0-9_-]{${PUBLIC_KEY_CHARS}}$`))),
    n: v.optional(labelSchema),
  }),
};

export const sessionFragment = (link: SessionLink) => encodeShare(sessionLinkFormat, link);

export type SessionLinkProblem = Exclude<ShareProblem, 'absent'> | 'unknown-instrument' | 'other-version';

/**
 * Reads a session from a URL hash. `undefined` when the hash holds no session; a session made for
 * an instrument version this site no longer has is reported, since its codes would not count.
 */
export function readSessionLink(
  hash: string,
  instruments: readonly { id: string; version: number }[],
): { ok: true; link: SessionLink } | { ok: false; problem: SessionLinkProblem } | undefined {
  const decoded = decodeShare(sessionLinkFormat, hash);
  if (!decoded.ok) return decoded.problem === 'absent' ? undefined : { ok: false, problem: decoded.problem };
  const ins = instruments.find((i) => i.id === decoded.value.i);
  if (!ins) return { ok: false, problem: 'unknown-instrument' };
  if (ins.version !== decoded.value.v) return { ok: false, problem: 'other-version' };
  return { ok: true, link: decoded.value };
}

/** A new random session id. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}
