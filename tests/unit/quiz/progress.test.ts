import fc from 'fast-check';
import {
  check,
  choose,
  emptyProgress,
  markRead,
  progressCodec,
  resetQuiz,
  retry,
} from '../../../src/lib/quiz/progress';
import { decode, encode } from '../../../src/lib/core/storage';
import { must } from '../../support/must';

const now = new Date('2026-05-01T10:00:00Z');
const later = new Date('2026-05-02T10:00:00Z');
const ids = ['a', 'b'];

describe('progress', () => {
  it('marks a chapter read once, keeping the first date', () => {
    const p = markRead(markRead(emptyProgress(), 'h1', now), 'h1', later);
    expect(must(p.chapters.h1, 'h1').readAt).toBe(now.toISOString());
  });

  it('keeps answers per chapter and question, and freezes a checked answer until retried', () => {
    let p = choose(emptyProgress(), 'h1', 'a', [2, 0, 2]);
    expect(must(p.chapters.h1, 'h1').quiz!.answers.a).toEqual([0, 2]);
    p = check(p, 'h1', 'a', ids, now);
    expect(choose(p, 'h1', 'a', [1])).toBe(p);
    p = retry(p, 'h1', 'a');
    expect(must(p.chapters.h1, 'h1').quiz).toEqual({ answers: {}, checked: [] });
    expect(must(choose(p, 'h1', 'a', [1]).chapters.h1, 'h1').quiz!.answers.a).toEqual([1]);
  });

  it('does not check an unanswered question', () => {
    const p = check(emptyProgress(), 'h1', 'a', ids, now);
    expect(must(p.chapters.h1, 'h1').quiz!.checked).toEqual([]);
  });

  it('completes when every question is checked, and reset clears it', () => {
    let p = choose(choose(emptyProgress(), 'h1', 'a', [0]), 'h1', 'b', [1]);
    p = check(p, 'h1', 'a', ids, now);
    expect(must(p.chapters.h1, 'h1').quiz!.completedAt).toBeUndefined();
    p = check(p, 'h1', 'b', ids, later);
    expect(must(p.chapters.h1, 'h1').quiz!.completedAt).toBe(later.toISOString());
    expect(must(resetQuiz(p, 'h1').chapters.h1, 'h1').quiz).toEqual({ answers: {}, checked: [] });
  });

  it('always produces data its own codec accepts', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('read'), ch: fc.constantFrom('h1', 'h2') }),
      fc.record({
        op: fc.constant('choose'),
        ch: fc.constantFrom('h1', 'h2'),
        q: fc.constantFrom('a', 'b'),
        picks: fc.array(fc.nat(4)),
      }),
      fc.record({ op: fc.constant('check'), ch: fc.constantFrom('h1', 'h2'), q: fc.constantFrom('a', 'b') }),
      fc.record({ op: fc.constant('retry'), ch: fc.constantFrom('h1', 'h2'), q: fc.constantFrom('a', 'b') }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let p = emptyProgress();
        for (const s of steps) {
          if (s.op === 'read') p = markRead(p, s.ch, now);
          if (s.op === 'choose') p = choose(p, s.ch, s.q, s.picks);
          if (s.op === 'check') p = check(p, s.ch, s.q, ids, now);
          if (s.op === 'retry') p = retry(p, s.ch, s.q);
        }
        expect(decode(progressCodec, encode(progressCodec, p))).toMatchObject({ status: 'ok', value: p });
      }),
    );
  });
});
