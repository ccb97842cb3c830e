import type { Conversation } from './plan';

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

/** The name of a part of either kind of message. */
type PartName = (typeof PARTS)[MessageKind][number];
/** A message of either kind, read by part name. */
type Parts = Readonly<Record<PartName, string>>;

export type Hint = 'leeg' | 'altijd-nooit' | 'etiket' | 'bedoeling';

const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ')} `;

/** Parts where the visitor describes what happened: these should be facts, not verdicts. */
const DESCRIPTIVE: Record<MessageKind, readonly PartName[]> = {
  ik: ['waarneming', 'gevolg'],
  sbi: ['situatie', 'gedrag', 'impact'],
};

/**
 * What to look at again before the conversation:
 * - leeg: a part is still empty;
 * - altijd-nooit: "altijd", "nooit", "steeds weer" in a description sound like a reproach;
 * - etiket: "jij bent …", "ik vind jou …" labels the person instead of the behaviour (in the parts
 *   for feelings and wishes "je bent …" and "ik vind je …" too);
 * - bedoeling: "expres", "met opzet", "het kan je niet schelen" guesses at intentions.
 */
export function messageHints(kind: MessageKind, message: Conversation[MessageKind]): Hint[] {
  const parts = message as Parts;
  const found = new Set<Hint>();
  if (PARTS[kind].some((p) => parts[p].trim() === '')) found.add('leeg');
  for (const p of DESCRIPTIVE[kind]) {
    const w = words(parts[p]);
    if (/ (altijd|nooit|steeds weer|telkens weer) /.test(w)) found.add('altijd-nooit');
    if (
      / (expres|met opzet|bewust|kan je niet schelen|kan jou niet schelen|kan hem niet schelen|kan haar niet schelen) /.test(
        w,
      )
    )
      found.add('bedoeling');
  }
  for (const p of PARTS[kind]) {
    // "je bent" can describe ("je bent gisteren vertrokken"), so only where feelings and wishes go.
    const label = DESCRIPTIVE[kind].includes(p)
      ? / (jij bent|u bent|ik vind jou|ik vind u) /
      : / (jij bent|je bent|u bent|ik vind jou|ik vind je|ik vind u) /;
    if (label.test(words(parts[p]))) found.add('etiket');
  }
  return [...found];
}

export const isBlank = (message: Conversation[MessageKind]) =>
  Object.values(message).every((v) => v.trim() === '');

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const sentence = (s: string) => {
  const t = clean(s).replace(/[.,;:]+$/, '');
  if (!t) return '';
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[?!]$/.test(t) ? '' : '.');
};

/**
 * The message as one text, the way you might say it: an I-message joins what you saw and its
 * effect with a comma ("Toen …, moest ik …"), an SBI message puts the situation before the
 * behaviour ("In het overleg van dinsdag onderbrak je …"). Empty parts are left out.
 */
export function composeMessage(kind: MessageKind, message: Conversation[MessageKind]): string {
  const m = message as Parts;
  const [a, b, c, d] = PARTS[kind].map((p) => clean(m[p])) as [string, string, string, string];
  const joined = [a, b].filter(Boolean).join(kind === 'ik' ? ', ' : ' ');
  return [sentence(joined), sentence(c), sentence(d)].filter(Boolean).join(' ');
}
