import { persistentAtom } from './site-storage';
import { forgetKeys, keepKey, loadKey } from './session-key';
import { sessionCodec, type Session } from '../lib/session/codec';
import { clampFloor } from '../lib/session/aggregate';
import { bytesToBase64Url } from '../lib/session/bytes';
import { readParticipantCode } from '../lib/session/code';
import { receive, type Receipt } from '../lib/session/collect';
import { newSessionId } from '../lib/session/link';
import { findCodes } from '../lib/session/paste';
import { generateSessionKeys } from '../lib/session/seal';

/** The facilitator's group session on this device; islands change it only through these actions. */
export const $session = persistentAtom(sessionCodec);

export interface NewSession {
  name: string;
  label?: string;
  instrument: { id: string; version: number };
  floor: number;
}

/** Starts a session with a fresh key pair, replacing any earlier one and its key. */
export async function startSession(input: NewSession): Promise<'kept' | 'memory'> {
  const { publicKey, privateKey } = await generateSessionKeys();
  const id = newSessionId();
  const kept = await keepKey(id, privateKey);
  await forgetKeys(id);
  const label = input.label?.trim();
  $session.set({
    session: {
      id,
      name: input.name.trim(),
      ...(label ? { label } : {}),
      instrument: input.instrument.id,
      version: input.instrument.version,
      floor: clampFloor(input.floor),
      publicKey: bytesToBase64Url(publicKey),
      createdAt: new Date().toISOString().slice(0, 10),
      closed: false,
      revealed: false,
      entries: [],
    },
  });
  return kept;
}

const update = (change: (s: Session) => Session) => {
  const s = $session.get().session;
  if (s) $session.set({ session: change(s) });
};

export const closeSession = () => update((s) => ({ ...s, closed: true }));
export const reopenSession = () => update((s) => ({ ...s, closed: false }));
export const reveal = () => update((s) => ({ ...s, revealed: true }));
export const hideResults = () => update((s) => ({ ...s, revealed: false }));

/** Ends the session: its codes, settings and private key leave this device. */
export async function endSession() {
  $session.set(sessionCodec.empty());
  await forgetKeys();
}

/** Drops keys of sessions this device no longer has (e.g. deleted on Mijn gegevens). */
export const tidyKeys = () => forgetKeys($session.get().session?.id);

export type ReceiveOutcome =
  { ok: false; problem: 'too-large' | 'no-key' } | { ok: true; receipts: Receipt[] };

/** Reads every code in a text (a paste, a file, a QR code) into the session. */
export async function receiveText(text: string, scaleCount: number): Promise<ReceiveOutcome> {
  const found = findCodes(text);
  if (!found.ok) return found;
  const start = $session.get().session;
  const privateKey = start && (await loadKey(start.id));
  if (!start || !privateKey) return { ok: false, problem: 'no-key' };
  const opened = await Promise.all(
    found.codes.map((code) =>
      readParticipantCode(code, { id: start.id, instrumentVersion: start.version, scaleCount, privateKey }),
    ),
  );
  // Read the session again: another tab or a camera scan may have added codes meanwhile.
  let session = $session.get().session;
  if (!session || session.id !== start.id) return { ok: false, problem: 'no-key' };
  const receipts: Receipt[] = [];
  for (const outcome of opened) {
    const r = receive(session, outcome);
    session = r.session;
    receipts.push(r.receipt);
  }
  $session.set({ session });
  return { ok: true, receipts };
}
