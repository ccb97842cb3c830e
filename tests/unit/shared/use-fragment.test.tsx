// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { useFragment } from '../../../src/islands/shared/use-fragment';
import { fragmentProblem, fragmentValue, noFragment, type Fragment } from '../../../src/lib/core/fragment';
import { at } from '../../support/must';

type Read = Fragment<number, 'not-a-number'>;
const readNumber = (hash: string): Read => {
  const m = hash.match(/^#getal=(.*)$/);
  if (!m) return noFragment;
  return /^\d+$/.test(at(m, 1)) ? fragmentValue(Number(at(m, 1))) : fragmentProblem('not-a-number');
};

function Probe({ seen }: { seen: Array<[Read, boolean]> }) {
  useFragment(readNumber, (read, arrival) => seen.push([read, arrival]));
  return null;
}

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('useFragment', () => {
  it('reads the fragment on arrival and after each change, and stops when the island goes', async () => {
    history.replaceState(null, '', '/#getal=7');
    const seen: Array<[Read, boolean]> = [];
    const { unmount } = render(<Probe seen={seen} />);
    await waitFor(() => expect(seen).toEqual([[{ kind: 'ok', value: 7 }, true]]));
    location.hash = '#getal=x';
    await waitFor(() => expect(seen.at(-1)).toEqual([{ kind: 'problem', problem: 'not-a-number' }, false]));
    location.hash = '#een-kop';
    await waitFor(() => expect(seen.at(-1)).toEqual([{ kind: 'none' }, false]));
    unmount();
    const count = seen.length;
    location.hash = '#getal=8';
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).toBe(count);
  });
});
