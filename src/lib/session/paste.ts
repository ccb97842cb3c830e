import { CODE_CHARS, CODE_PREFIX } from './code';

/**
 * Finding participant codes in whatever a facilitator pastes or imports: one or many codes, with
 * the line breaks, spaces, quotes and quote markers that chat apps and mail add, even inside a
 * code. Text around the codes is ignored.
 */

/** Far more than a session's codes (about 5,000 of them), far less than a stray 10 MB file. */
export const MAX_PASTE_CHARS = 1_000_000;

// Characters chat apps wrap around or break into a code; they never belong to one.
const NOISE = /[\s"'`“”‘’„‚«»‹›>*]|\u200b|\u200c|\u200d|\u2060|\ufeff/;
const CODE_CHAR = /[A-Za-z0-9_.-]/;

export type Found = { ok: true; codes: string[] } | { ok: false; problem: 'too-large' };

export function findCodes(text: string): Found {
  if (text.length > MAX_PASTE_CHARS) return { ok: false, problem: 'too-large' };
  const starts = [...text.matchAll(new RegExp(`${CODE_PREFIX}\\d+\\.`, 'gi'))].map((m) => m.index);
  const codes = starts.map((start, n) => {
    const end = starts[n + 1] ?? text.length;
    const fixedLength = /^vwc1\./i.test(text.slice(start, start + 5));
    let code = '';
    for (let i = start; i < end; i++) {
      const ch = text.charAt(i);
      if (NOISE.test(ch)) {
        // An unknown version's length is unknown: its code ends at the first break.
        if (!fixedLength && code) break;
        continue;
      }
      if (!CODE_CHAR.test(ch)) break;
      code += ch;
      if (fixedLength && code.length === CODE_CHARS) break;
    }
    return code.replace(/^vwc/i, CODE_PREFIX);
  });
  return { ok: true, codes };
}
