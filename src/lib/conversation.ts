import type { Conversation } from './repair-plan';

/**
 * The conversation helper: an I-message (what you saw, the effect, what it did to you, what you
 * would like; Gordon) and SBI feedback (situation, behaviour, impact, a closing question). The
 * visitor fills in the parts; these checks point at what tends to turn a message into a reproach.
 */

export type MessageKind = keyof Conversation;
export const PARTS = {
  ik: ['waarneming', 'gevolg', 'gevoel', 'wens'],
  sbi: ['situatie', 'gedrag', 'impact', 'vraag'],
} as const satisfies { [K in MessageKind]: ReadonlyArray<keyof Conversation[K]> };

export type Hint = 'leeg' | 'altijd-nooit' | 'etiket' | 'bedoeling';

const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ')} `;

/** Parts where the visitor describes what happened: these should be facts, not verdicts. */
const DESCRIPTIVE: Record<MessageKind, readonly string[]> = { ik: ['waarneming', 'gevolg'], sbi: ['situatie', 'gedrag', 'impact'] };

/**
 * What to look at again before the conversation:
 * - leeg: a part is still empty;
 * - altijd-nooit: "altijd", "nooit", "steeds weer" in a description sound like a reproach;
 * - etiket: "jij bent …", "ik vind jou …" labels the person instead of the behaviour;
 * - bedoeling: "expres", "met opzet", "het kan je niet schelen" guesses at intentions.
 */
export function messageHints(kind: MessageKind, message: Conversation[MessageKind]): Hint[] {
  const parts = message as Record<string, string>;
  const found = new Set<Hint>();
  if (PARTS[kind].some((p) => parts[p].trim() === '')) found.add('leeg');
  for (const p of DESCRIPTIVE[kind]) {
    const w = words(parts[p]);
    if (/ (altijd|nooit|steeds weer|telkens weer) /.test(w)) found.add('altijd-nooit');
    if (/ (expres|met opzet|bewust|kan je niet schelen|kan jou niet schelen|kan hem niet schelen|kan haar niet schelen) /.test(w)) found.add('bedoeling');
  }
  for (const p of PARTS[kind]) {
    if (/ (jij bent|u bent|ik vind jou|ik vind u) /.test(words(parts[p]))) found.add('etiket');
  }
  return [...found];
}

export const isBlank = (message: Conversation[MessageKind]) => Object.values(message).every((v) => v.trim() === '');
