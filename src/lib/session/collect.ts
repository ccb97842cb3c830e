import type { CodeOutcome, CodeProblem } from './code';
import { MAX_CODES, type Session } from './codec';

/** What happened to one code handed in: counted, already counted, or why not. */
export type Receipt = 'accepted' | 'duplicate' | 'closed' | 'full' | CodeProblem;

/**
 * Takes one opened code into the session. A code whose submission id is already there (the same
 * code again, or another code for the same scan result) counts once.
 */
export function receive(session: Session, outcome: CodeOutcome): { session: Session; receipt: Receipt } {
  if (!outcome.ok) return { session, receipt: outcome.problem };
  if (session.entries.some((e) => e.sub === outcome.code.sub)) return { session, receipt: 'duplicate' };
  if (session.closed) return { session, receipt: 'closed' };
  if (session.entries.length >= MAX_CODES) return { session, receipt: 'full' };
  const { sub, day, scores } = outcome.code;
  return {
    session: { ...session, entries: [...session.entries, { sub, day, scores }] },
    receipt: 'accepted',
  };
}

/** Receipts counted per kind, for one message after a paste of many codes. */
export function tally(receipts: readonly Receipt[]): Partial<Record<Receipt, number>> {
  const out: Partial<Record<Receipt, number>> = {};
  for (const r of receipts) out[r] = (out[r] ?? 0) + 1;
  return out;
}
