import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { atom } from 'nanostores';
import { useStore } from '../../../src/stores/use-store';

afterEach(cleanup);

describe('useStore', () => {
  it('shows the current value and follows changes, rendering once for several changes in a row', async () => {
    const $count = atom(1);
    let renders = 0;
    function Count() {
      renders += 1;
      return <p>{useStore($count)}</p>;
    }
    render(<Count />);
    expect(screen.getByText('1')).toBeTruthy();
    const before = renders;
    act(() => {
      $count.set(2);
      $count.set(3);
    });
    await waitFor(() => expect(screen.getByText('3')).toBeTruthy());
    expect(renders - before).toBe(1);
  });

  it('stops listening once the component is gone', async () => {
    const $name = atom('Anja');
    function Name() {
      return <p>{useStore($name)}</p>;
    }
    const { unmount } = render(<Name />);
    expect($name.lc).toBe(1);
    unmount();
    expect($name.lc).toBe(0);
  });
});
