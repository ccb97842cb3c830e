import { useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import { DEFAULT_FLOOR, LABEL_MAX, MAX_FLOOR, MIN_FLOOR } from '../../lib/session/limits';
import { NAME_MAX } from '../../lib/session/codec';
import { startSession } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';

/** Starting a session: instrument, a private name, an optional public label, the anonymity floor. */
export function SessionSetup({
  instruments,
  say,
}: {
  instruments: SessionInstrument[];
  say: (s: string) => void;
}) {
  const [instrument, setInstrument] = useState(instruments[0]!.id); // the page has at least one instrument (its content collection)
  const [name, setName] = useState('');
  const [label, setLabel] = useState('');
  const [floor, setFloor] = useState(String(DEFAULT_FLOOR));
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const n = Number(floor);
    if (!name.trim()) return setProblem(t.nameRequired);
    if (!Number.isInteger(n) || n < MIN_FLOOR) return setProblem(t.floorTooLow(MIN_FLOOR));
    setProblem('');
    setBusy(true);
    try {
      const ins = instruments.find((i) => i.id === instrument)!;
      const kept = await startSession({
        name,
        label,
        instrument: { id: ins.id, version: ins.version },
        floor: n,
      });
      if (kept === 'memory') say(t.keyInMemory);
    } catch {
      setProblem(t.cryptoMissing);
      setBusy(false);
    }
  };

  return (
    <form class="session-setup" onSubmit={submit} noValidate>
      <h2>{t.setupTitle}</h2>
      <p>{t.setupIntro}</p>
      <fieldset>
        <legend>{t.instrumentLegend}</legend>
        {instruments.map((ins) => (
          <label key={ins.id} class="session-choice">
            <input
              type="radio"
              name="instrument"
              value={ins.id}
              checked={instrument === ins.id}
              onChange={() => setInstrument(ins.id)}
            />{' '}
            {ins.title}
          </label>
        ))}
      </fieldset>
      <p class="field">
        <label for="sessie-naam">{t.nameLabel}</label>
        <input
          id="sessie-naam"
          type="text"
          maxLength={NAME_MAX}
          required
          aria-describedby="sessie-naam-uitleg"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <span id="sessie-naam-uitleg" class="field__hint">
          {t.nameHint}
        </span>
      </p>
      <p class="field">
        <label for="sessie-label">{t.labelLabel}</label>
        <input
          id="sessie-label"
          type="text"
          maxLength={LABEL_MAX}
          aria-describedby="sessie-label-uitleg"
          value={label}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <span id="sessie-label-uitleg" class="field__hint">
          {t.labelHint(LABEL_MAX)}
        </span>
      </p>
      <p class="field">
        <label for="sessie-drempel">{t.floorLabel}</label>
        <input
          id="sessie-drempel"
          type="number"
          inputMode="numeric"
          min={MIN_FLOOR}
          max={MAX_FLOOR}
          step={1}
          aria-describedby="sessie-drempel-uitleg"
          value={floor}
          onInput={(e) => setFloor(e.currentTarget.value)}
        />
        <span id="sessie-drempel-uitleg" class="field__hint">
          {t.floorHint(MIN_FLOOR)}
        </span>
      </p>
      {problem && (
        <p class="session-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.starting : t.start}
      </button>
    </form>
  );
}
