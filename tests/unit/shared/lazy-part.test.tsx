// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { lazyPart, usePart } from '../../../src/islands/shared/lazy-part';

afterEach(cleanup);

describe('lazyPart', () => {
  it('imports once, however often it is asked', async () => {
    const importer = vi.fn(async () => 'deel');
    const part = lazyPart(importer);
    expect(part.loaded()).toBeUndefined();
    expect(await Promise.all([part.load(), part.load()])).toEqual(['deel', 'deel']);
    expect(await part.load()).toBe('deel');
    expect(importer).toHaveBeenCalledTimes(1);
    expect(part.loaded()).toBe('deel');
  });

  it('imports again after a failure', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('netwerk')).mockResolvedValueOnce('deel');
    const part = lazyPart<string>(importer);
    await expect(part.load()).rejects.toThrow('netwerk');
    expect(await part.load()).toBe('deel');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

function Shows({ part, wanted }: { part: ReturnType<typeof lazyPart<string>>; wanted: boolean }) {
  const { value, failed, retry } = usePart(part, wanted);
  if (value) return <p>{value}</p>;
  if (failed)
    return (
      <button type="button" onClick={retry}>
        Opnieuw
      </button>
    );
  return <p>Laden</p>;
}

describe('usePart', () => {
  it('loads only once wanted, shows the part when it arrives', async () => {
    const importer = vi.fn(async () => 'Het resultaat');
    const part = lazyPart(importer);
    const { rerender } = render(<Shows part={part} wanted={false} />);
    expect(screen.getByText('Laden')).toBeTruthy();
    expect(importer).not.toHaveBeenCalled();
    rerender(<Shows part={part} wanted />);
    expect(await screen.findByText('Het resultaat')).toBeTruthy();
  });

  it('waits for a retry after a failure, then loads', async () => {
    const importer = vi
      .fn()
      .mockRejectedValueOnce(new Error('netwerk'))
      .mockResolvedValueOnce('Het resultaat');
    render(<Shows part={lazyPart<string>(importer)} wanted />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw' }));
    expect(await screen.findByText('Het resultaat')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
