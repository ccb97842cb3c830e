import fc from 'fast-check';
import { CODE_CHARS } from '../../../src/lib/session/code';
import { findCodes, MAX_PASTE_CHARS } from '../../../src/lib/session/paste';
import { at } from '../../support/must';

const codeChars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const fakeCode = fc
  .tuple(
    fc.string({ unit: codeChars, minLength: 12, maxLength: 12 }),
    fc.string({ unit: codeChars, minLength: CODE_CHARS - 18, maxLength: CODE_CHARS - 18 }),
  )
  .map(([id, body]) => `vwc1.${id}.${body}`);

describe('finding codes in pasted text', () => {
  // A break can fall anywhere after the prefix (a prefix is never wrapped: it starts a word).
  it('finds many codes through the line breaks, spaces and quotes chat apps add', () => {
    fc.assert(
      fc.property(
        fc.array(fakeCode, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 5, max: CODE_CHARS - 1 }), { minLength: 8, maxLength: 8 }),
        (codes, cuts) => {
          const pasted = codes
            .map((c, i) => `[12:0${i}] Sam: “${c.slice(0, cuts[i])}\n> ${c.slice(cuts[i])}” dank je!`)
            .join('\n\n');
          expect(findCodes(pasted)).toEqual({ ok: true, codes });
        },
      ),
    );
  });

  it('reads a capitalised prefix and leaves surrounding words out', () => {
    const code = at(fc.sample(fakeCode, 1), 0, 'sampled code');
    expect(findCodes(`Vw${code.slice(2)} en nog wat`)).toEqual({ ok: true, codes: [code] });
    expect(findCodes(`'${code}'`)).toEqual({ ok: true, codes: [code] });
  });

  it('keeps a cut-off code as it is, so it can be called truncated', () => {
    const code = at(fc.sample(fakeCode, 1), 0, 'sampled code');
    expect(findCodes(`${code.slice(0, 60)}`)).toEqual({ ok: true, codes: [code.slice(0, 60)] });
  });

  it('finds nothing in text without codes, and takes markup for no code', () => {
    expect(findCodes('hallo, ik kon geen code maken')).toEqual({ ok: true, codes: [] });
    expect(findCodes('<img src=x onerror=alert(1)>')).toEqual({ ok: true, codes: [] });
    expect(findCodes('vwc1.<b>x</b>')).toEqual({ ok: true, codes: ['vwc1.'] });
  });

  it('refuses a 10 MB paste without reading it', () => {
    expect(findCodes('x'.repeat(10 * 1024 * 1024))).toEqual({ ok: false, problem: 'too-large' });
    expect(findCodes('x'.repeat(MAX_PASTE_CHARS))).toEqual({ ok: true, codes: [] });
  });
});
