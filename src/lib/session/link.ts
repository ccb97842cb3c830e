import * as v from 'valibot';
import { int } from '../core/codec-parts';
import { decodeShare, encodeShare, type ShareFormat, type ShareProblem } from '../core/share-code';
import { fragmentProblem, fragmentValue, thenFragment, type Fragment } from '../core/fragment';
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
  n?: string | undefined;
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

export type SessionLinkProblem = ShareProblem | 'unknown-instrument' | 'other-version';

/**
 * Reads a session from a URL hash: none when the hash holds no session; a session made for an
 * instrument version this site no longer has is a problem, since its codes would not count.
 */
export function readSessionLink(
  hash: string,
  instruments: readonly { id: string; version: number }[],
): Fragment<SessionLink, SessionLinkProblem> {
  return thenFragment(
    decodeShare(sessionLinkFormat, hash),
    (link): Fragment<SessionLink, SessionLinkProblem> => {
      const ins = instruments.find((i) => i.id === link.i);
      if (!ins) return fragmentProblem('unknown-instrument');
      if (ins.version !== link.v) return fragmentProblem('other-version');
      return fragmentValue(link);
    },
  );
}

/** A new random session id. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}
