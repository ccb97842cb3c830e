import {
  fragmentProblem,
  fragmentValue,
  noFragment,
  thenFragment,
  type Fragment,
} from '../../../src/lib/core/fragment';

const half = (n: number): Fragment<number, 'odd'> => (n % 2 ? fragmentProblem('odd') : fragmentValue(n / 2));

describe('one shape for what a URL fragment holds', () => {
  it('carries a value on, which may still turn into a problem', () => {
    expect(thenFragment(fragmentValue(8), half)).toEqual({ kind: 'ok', value: 4 });
    expect(thenFragment(fragmentValue(3), half)).toEqual({ kind: 'problem', problem: 'odd' });
  });

  it('passes "none" and problems through untouched', () => {
    expect(thenFragment(noFragment, half)).toEqual({ kind: 'none' });
    expect(thenFragment(fragmentProblem('malformed'), half)).toEqual({
      kind: 'problem',
      problem: 'malformed',
    });
  });
});
