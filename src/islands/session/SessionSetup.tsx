import { useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import { DEFAULT_FLOOR, LABEL_MAX, MAX_FLOOR, MIN_FLOOR } from '../../lib/session/limits';
import { NAME_MAX } from '../../lib/session/codec';
import { startSession } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';
import { InputField, useFields } from '../shared/fields';

/** Starting a session: instrument, a private name, an optional public label, the anonymity floor. */
export function SessionSetup({
  instruments,
  say,
}: {
  instruments: SessionInstrument[];
  say: (s: string) => void;
}) {
  const [instrument, setInstrument] = useState(instruments[0]!.id); // the page has at least one instrument (its content collection)
  const [{ name, label, floor }, bind] = useFields({ name: '', label: '', floor: String(DEFAULT_FLOOR) });
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
      <InputField
        id="sessie-naam"
        label={t.nameLabel}
        hint={t.nameHint}
        maxLength={NAME_MAX}
        required
        {...bind('name')}
      />
      <InputField
        id="sessie-label"
        label={t.labelLabel}
        hint={t.labelHint(LABEL_MAX)}
        maxLength={LABEL_MAX}
        {...bind('label')}
      />
      <InputField
        id="sessie-drempel"
        label={t.floorLabel}
        hint={t.floorHint(MIN_FLOOR)}
        type="number"
        inputMode="numeric"
        min={MIN_FLOOR}
        max={MAX_FLOOR}
        step={1}
        {...bind('floor')}
      />
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
