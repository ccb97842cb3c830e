import { base64UrlLength, base64UrlToBytes, bytesToBase64Url, utf8 } from './bytes';
import { IV_BYTES, open, PUBLIC_KEY_BYTES, seal, TAG_BYTES } from './seal';
import { MAX_SCALES, SESSION_ID_CHARS } from './limits';

/**
 * A participant code: `vwc1.<session id>.<sealed>` (see the README). The sealed part holds only the
 * scale scores, the instrument version and the day, encrypted to the facilitator's public key, with
 * the prefix and session id as additional authenticated data: a code for another session is
 * recognised from its id, and changing the id, the version or any sealed byte makes it fail.
 */

export const CODE_PREFIX = 'vwc';
export const CODE_VERSION = 1;
const NO_SCORE = 255;
const SUBMISSION_BYTES = 8;
/** layout 1 · instrument version 2 · day 2 · submission id 8 · scale count 1 · scores 8. */
const PLAIN_BYTES = 1 + 2 + 2 + SUBMISSION_BYTES + 1 + MAX_SCALES;
export const SEALED_CHARS = base64UrlLength(PUBLIC_KEY_BYTES + IV_BYTES + PLAIN_BYTES + TAG_BYTES);
/** Every version-1 code has exactly this many characters. */
export const CODE_CHARS = `${CODE_PREFIX}${CODE_VERSION}.`.length + SESSION_ID_CHARS + 1 + SEALED_CHARS;

export interface ReceivedCode {
  /** Stable per scan result and session, so handing in one result twice counts once. */
  sub: string;
  /** Days since 1970-01-01 on the participant's calendar: no time finer than the day. */
  day: number;
  instrumentVersion: number;
  /** 0–100 per scale in the instrument's order, null where the scale had too few answers. */
  scores: (number | null)[];
}

export type CodeProblem = 'unknown-format' | 'other-session' | 'truncated' | 'damaged' | 'other-version';
export type CodeOutcome = { ok: true; code: ReceivedCode } | { ok: false; problem: CodeProblem };

const additionalData = (sessionId: string) => utf8(`${CODE_PREFIX}${CODE_VERSION}.${sessionId}`);

export const dayNumber = (date: Date) =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
export const dayToIso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

async function submissionId(sessionId: string, resultId: string) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(`${sessionId}:${resultId}`)));
  return hash.slice(0, SUBMISSION_BYTES);
}

export interface CodeInput {
  sessionId: string;
  /** The facilitator's public key as base64url, from the session link. */
  publicKey: string;
  instrumentVersion: number;
  /** The participant's result id: the same result gives the same submission id. */
  resultId: string;
  scores: (number | null)[];
  date: Date;
}

/** Seals a participant's scale scores for the facilitator. */
export async function makeParticipantCode(input: CodeInput): Promise<string> {
  if (input.scores.length > MAX_SCALES) throw new Error(`at most ${MAX_SCALES} scales`);
  const key = base64UrlToBytes(input.publicKey);
  if (!key) throw new Error('public key is not base64url');
  const plain = new Uint8Array(PLAIN_BYTES).fill(NO_SCORE);
  const view = new DataView(plain.buffer);
  view.setUint8(0, 1);
  view.setUint16(1, input.instrumentVersion);
  view.setUint16(3, dayNumber(input.date));
  plain.set(await submissionId(input.sessionId, input.resultId), 5);
  view.setUint8(13, input.scores.length);
  input.scores.forEach((s, i) => {
    if (s !== null && !(Number.isInteger(s) && s >= 0 && s <= 100))
      throw new Error(`score ${s} is not 0–100`);
    plain[14 + i] = s ?? NO_SCORE;
  });
  const sealed = await seal(key, plain, additionalData(input.sessionId));
  return `${CODE_PREFIX}${CODE_VERSION}.${input.sessionId}.${bytesToBase64Url(sealed)}`;
}

export interface SessionForCodes {
  id: string;
  instrumentVersion: number;
  scaleCount: number;
  privateKey: CryptoKey;
}

/** Opens one code (as found by findCodes) for a session. Never throws. */
export async function readParticipantCode(text: string, session: SessionForCodes): Promise<CodeOutcome> {
  const m = text.match(/^vwc(\d+)\.([A-Za-z0-9_-]*)\.?([A-Za-z0-9_-]*)$/i);
  if (!m || Number(m[1]) !== CODE_VERSION) return { ok: false, problem: 'unknown-format' };
  const [, , id = '', body = ''] = m; // both groups always match, if only empty
  if (id.length === SESSION_ID_CHARS && id !== session.id) return { ok: false, problem: 'other-session' };
  if (id.length < SESSION_ID_CHARS || body.length < SEALED_CHARS) return { ok: false, problem: 'truncated' };
  const sealed = body.length === SEALED_CHARS ? base64UrlToBytes(body) : undefined;
  if (id.length !== SESSION_ID_CHARS || !sealed) return { ok: false, problem: 'damaged' };
  const plain = await open(session.privateKey, sealed, additionalData(id));
  if (!plain || plain.length !== PLAIN_BYTES || plain[0] !== 1) return { ok: false, problem: 'damaged' };
  const view = new DataView(plain.buffer);
  const instrumentVersion = view.getUint16(1);
  const count = view.getUint8(13);
  if (instrumentVersion !== session.instrumentVersion || count !== session.scaleCount)
    return { ok: false, problem: 'other-version' };
  const scores = [...plain.slice(14, 14 + count)].map((s) => (s === NO_SCORE ? null : s));
  if (scores.some((s) => s !== null && s > 100)) return { ok: false, problem: 'damaged' };
  return {
    ok: true,
    code: { sub: bytesToBase64Url(plain.slice(5, 13)), day: view.getUint16(3), instrumentVersion, scores },
  };
}
