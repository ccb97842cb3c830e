import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import KnowledgeCheck from '../../../src/islands/quiz/KnowledgeCheck';
import { emptyProgress } from '../../../src/lib/quiz/progress';
import type { Quiz } from '../../../src/lib/quiz/grading';
import { $progress } from '../../../src/stores/progress';
import { at } from '../../support/must';

const quiz: Quiz = {
  id: 'proef',
  questions: [
    {
      id: 'kwetsbaar',
      type: 'scenario',
      scenario: 'Ahmed rekent elke berekening van Sanne na.',
      prompt: 'Wat zegt dit over vertrouwen?',
      section: 'definitie',
      options: [
        {
          text: 'Hij stelt zich niet kwetsbaar op',
          correct: true,
          rationale: 'Wie alles controleert, neemt geen risico.',
        },
        {
          text: 'Hij vertrouwt haar volledig',
          correct: false,
          rationale: 'Zeggen is niet hetzelfde als doen.',
        },
      ],
    },
    {
      id: 'twee',
      type: 'multiple',
      pick: 2,
      prompt: 'Welke twee horen bij geloofwaardigheid?',
      section: 'model',
      options: [
        { text: 'Bekwaamheid', correct: true, rationale: 'Kan de ander het?' },
        { text: 'Betrouwbaarheid', correct: true, rationale: 'Doet de ander wat hij zegt?' },
        { text: 'Impact', correct: false, rationale: 'Dat is risico.' },
      ],
    },
  ],
};
const sections = { definitie: 'Een werkbare definitie', model: 'Het model' };

beforeEach(() => {
  localStorage.clear();
  $progress.set(emptyProgress());
});
afterEach(cleanup);

describe('KnowledgeCheck', () => {
  it('answer wrong → rationale and a pointer to reread → retry → right', async () => {
    render(<KnowledgeCheck quiz={quiz} chapter="h1" sections={sections} />);
    const wrong = await screen.findByLabelText('Hij vertrouwt haar volledig');
    fireEvent.click(wrong);
    await waitFor(() => expect((wrong as HTMLInputElement).checked).toBe(true));
    fireEvent.click(at(screen.getAllByRole('button', { name: 'Controleer' }), 0));

    await waitFor(() => expect(screen.getByText('Nog niet juist.')).toBeTruthy());
    // The right answer carries a sign and words; its explanation comes first, then the wrong choice's.
    expect(screen.getByText('Juist antwoord').closest('label')!.textContent).toContain(
      'Hij stelt zich niet kwetsbaar op',
    );
    expect(screen.getByText('Jouw keuze, niet juist').closest('label')!.textContent).toContain(
      'Hij vertrouwt haar volledig',
    );
    const why = [...document.querySelectorAll('.quiz-q__explain > .quiz-q__why')].map((p) => p.textContent);
    expect(why[0]).toContain('Wie alles controleert, neemt geen risico.');
    expect(why[1]).toContain('Zeggen is niet hetzelfde als doen.');
    expect(screen.getByRole('link', { name: 'Een werkbare definitie' }).getAttribute('href')).toBe(
      '#definitie',
    );
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('Vraag 1.: Nog niet juist.');

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw' }));
    await waitFor(() => expect(screen.queryByText('Nog niet juist.')).toBeNull());
    fireEvent.click(screen.getByLabelText('Hij stelt zich niet kwetsbaar op'));
    await waitFor(() =>
      expect((screen.getByLabelText('Hij stelt zich niet kwetsbaar op') as HTMLInputElement).checked).toBe(
        true,
      ),
    );
    fireEvent.click(at(screen.getAllByRole('button', { name: 'Controleer' }), 0));
    await waitFor(() => expect(screen.getByText('Juist.')).toBeTruthy());
  });

  it('asks for an answer first, and for exactly as many as the question says', async () => {
    render(<KnowledgeCheck quiz={quiz} chapter="h1" sections={sections} />);
    const checkButtons = await screen.findAllByRole('button', { name: 'Controleer' });
    fireEvent.click(at(checkButtons, 1));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Kies eerst een antwoord.'));
    fireEvent.click(screen.getByLabelText('Bekwaamheid'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(at(screen.getAllByRole('button', { name: 'Controleer' }), 1));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Kies precies 2 antwoorden.'));
  });

  it('gives a score with what to reread once every question is checked, and keeps it', async () => {
    render(<KnowledgeCheck quiz={quiz} chapter="h1" sections={sections} />);
    fireEvent.click(await screen.findByLabelText('Hij stelt zich niet kwetsbaar op'));
    fireEvent.click(at(screen.getAllByRole('button', { name: 'Controleer' }), 0));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Controleer' })).toHaveLength(1));
    fireEvent.click(screen.getByLabelText('Bekwaamheid'));
    fireEvent.click(screen.getByLabelText('Impact'));
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    await waitFor(() => expect(screen.getByText('Je hebt 1 van de 2 vragen goed.')).toBeTruthy());
    expect(screen.getAllByRole('link', { name: 'Het model' }).length).toBeGreaterThan(0);

    const stored = JSON.parse(localStorage.getItem('vw:voortgang')!);
    expect(stored.v).toBe(1);
    expect(stored.data.chapters.h1.quiz.answers).toEqual({ kwetsbaar: [0], twee: [0, 2] });
    expect(stored.data.chapters.h1.quiz.completedAt).toBeTruthy();
  });
});
