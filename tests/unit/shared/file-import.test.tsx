// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FileImport } from '../../../src/islands/shared/FileImport';

afterEach(cleanup);

const choose = (input: HTMLInputElement, files: File[]) => {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
};

describe('FileImport', () => {
  it('reads the chosen file’s text, after telling that a choice was made', async () => {
    const seen: string[] = [];
    render(
      <FileImport
        label="Bestand terugzetten"
        onPick={() => seen.push('pick')}
        onText={(text) => seen.push(text)}
      />,
    );
    const input = screen.getByLabelText('Bestand terugzetten') as HTMLInputElement;
    expect(input.accept).toBe('application/json,.json');
    choose(input, [new File(['{"a":1}'], 'gegevens.json', { type: 'application/json' })]);
    await waitFor(() => expect(seen).toEqual(['pick', '{"a":1}']));
  });

  it('reads nothing when the choice is cancelled, and can be disabled', async () => {
    const onText = vi.fn();
    const onPick = vi.fn();
    const { rerender } = render(<FileImport label="Importeer" onPick={onPick} onText={onText} />);
    choose(screen.getByLabelText('Importeer') as HTMLInputElement, []);
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1));
    expect(onText).not.toHaveBeenCalled();
    rerender(<FileImport label="Importeer" disabled onText={onText} />);
    expect((screen.getByLabelText('Importeer') as HTMLInputElement).disabled).toBe(true);
  });
});
