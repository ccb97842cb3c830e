// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Announcer, useAnnouncer } from '../../../src/islands/shared/Announcer';

afterEach(cleanup);

function Speaker() {
  const [said, announce] = useAnnouncer();
  return (
    <>
      <button type="button" onClick={() => announce('Bewaard.')}>
        Bewaar
      </button>
      <button type="button" onClick={() => announce('Verwijderd.')}>
        Verwijder
      </button>
      <Announcer said={said} />
    </>
  );
}

describe('the announcer', () => {
  it('says a new message at once in a polite live region', async () => {
    render(<Speaker />);
    const live = document.querySelector('[aria-live="polite"]')!;
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar' }));
    await waitFor(() => expect(live.textContent).toBe('Bewaard.'));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder' }));
    await waitFor(() => expect(live.textContent).toBe('Verwijderd.'));
  });

  it('clears and sets the same message again, so it is heard twice', async () => {
    render(<Speaker />);
    const live = document.querySelector('[aria-live="polite"]')!;
    const texts: string[] = [];
    new MutationObserver(() => texts.push(live.textContent ?? '')).observe(live, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar' }));
    await waitFor(() => expect(live.textContent).toBe('Bewaard.'));
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar' }));
    await waitFor(() => expect(texts.slice(-2)).toEqual(['', 'Bewaard.']));
  });
});
