// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Confirm } from '../../../src/islands/shared/Confirm';

afterEach(cleanup);

describe('Confirm', () => {
  it('is a group named by its label, with yes and cancel that do what they say', () => {
    const yes = vi.fn();
    const no = vi.fn();
    render(
      <Confirm
        label="Alles verwijderen"
        question="Weet je het zeker?"
        yes="Ja, verwijder"
        cancel="Annuleren"
        onYes={yes}
        onCancel={no}
      />,
    );
    const group = screen.getByRole('group', { name: 'Alles verwijderen' });
    expect(group.textContent).toContain('Weet je het zeker?');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, verwijder' }));
    expect([yes.mock.calls.length, no.mock.calls.length]).toEqual([1, 0]);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect([yes.mock.calls.length, no.mock.calls.length]).toEqual([1, 1]);
  });

  it('without a label, the question names the group; more text goes between question and buttons', () => {
    render(
      <Confirm
        questionId="vraag"
        strong
        question="Gegevens van 1 maart terugzetten?"
        yes="Ja"
        cancel="Nee"
        onYes={() => {}}
        onCancel={() => {}}
      >
        <p>Dit vervangt wat er nu staat.</p>
      </Confirm>,
    );
    const group = screen.getByRole('group', { name: 'Gegevens van 1 maart terugzetten?' });
    expect(group.querySelector('strong')!.textContent).toBe('Gegevens van 1 maart terugzetten?');
    expect([...group.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Gegevens van 1 maart terugzetten?',
      'Dit vervangt wat er nu staat.',
      'JaNee',
    ]);
  });
});
