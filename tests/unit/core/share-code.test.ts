import fc from 'fast-check';
import * as v from 'valibot';
import {
  decodeShare,
  encodeShare,
  MAX_SHARE_CHARS,
  type ShareFormat,
} from '../../../src/lib/core/share-code';

const format: ShareFormat<{ name: string; n: number }> = {
  prefix: 'proef',
  version: 2,
  schema: v.object({ name: v.string(), n: v.pipe(v.number(), v.integer()) }),
};

describe('share codes in the URL fragment', () => {
  it('round-trip any valid value, names with any characters included', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer(), (name, n) => {
        const code = encodeShare(format, { name, n });
        expect(code).toMatch(/^proef=2\.[A-Za-z0-9_-]*$/);
        expect(decodeShare(format, `#${code}`)).toEqual({ kind: 'ok', value: { name, n } });
      }),
    );
  });

  it('explain what is wrong with a broken link, never throw', () => {
    const good = encodeShare(format, { name: 'Anja', n: 3 });
    expect(decodeShare(format, '')).toEqual({ kind: 'none' });
    expect(decodeShare(format, '#een-kop')).toEqual({ kind: 'none' });
    expect(decodeShare(format, '#proef=2')).toEqual({ kind: 'problem', problem: 'malformed' });
    expect(decodeShare(format, '#proef=2.***')).toEqual({ kind: 'problem', problem: 'malformed' });
    expect(decodeShare(format, `#${good.slice(0, -3)}`).kind).toBe('problem');
    expect(decodeShare(format, `#${good.replace('proef=2.', 'proef=1.')}`)).toEqual({
      kind: 'problem',
      problem: 'unknown-version',
    });
    expect(decodeShare(format, `#proef=2.${btoa(JSON.stringify({ name: 'x', n: 'drie' }))}`)).toEqual({
      kind: 'problem',
      problem: 'invalid',
    });
    expect(decodeShare(format, `#proef=2.${'a'.repeat(MAX_SHARE_CHARS)}`)).toEqual({
      kind: 'problem',
      problem: 'too-long',
    });
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const result = decodeShare(format, `#proef=${junk}`);
        // Random text may by chance be a valid code; then it must decode to a valid value.
        if (result.kind === 'ok') expect(v.safeParse(format.schema, result.value).success).toBe(true);
      }),
    );
  });
});
