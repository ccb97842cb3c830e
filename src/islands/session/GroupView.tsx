import { useMemo, useRef, useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import type { Session } from '../../lib/session/codec';
import { aggregate } from '../../lib/session/aggregate';
import { aggregateCsv, aggregateJson, type ExportContext } from '../../lib/session/export';
import { groupText as t } from '../../i18n/session/facilitator';
import { download } from '../shared/download';
import { ScaleCard } from './ScaleCard';
import { Presentation } from './Presentation';
import { printPart } from './print';

const today = () => new Date().toISOString().slice(0, 10);
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** The group's result: scales ordered by what to talk about, with presentation, print and export. */
export function GroupView({ session, ins }: { session: Session; ins: SessionInstrument }) {
  const agg = useMemo(
    () =>
      aggregate(
        ins.scales,
        ins.bands,
        session.entries.map((e) => e.scores),
        session.floor,
      ),
    [session.entries, session.floor, ins],
  );
  const [presenting, setPresenting] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);
  const shown = agg.scales.flatMap((s) => (s.shown ? [s] : []));
  const hidden = agg.scales.flatMap((s) => (s.shown ? [] : [s]));
  const name = (id: string) => ins.scales.find((s) => s.id === id)?.name ?? id;
  const ctx: ExportContext = {
    instrument: { id: ins.id, version: ins.version, title: ins.title },
    scaleNames: Object.fromEntries(ins.scales.map((s) => [s.id, s.name])),
    bands: ins.bands.map(({ id, label }) => ({ id, label })),
    date: today(),
  };
  const file = `groepssessie-${ins.id}-${ctx.date}`;

  return (
    <div class="session-group">
      <div class="session-report-head">
        <h3 class="session-report-head__title">{t.reportTitle(ins.title)}</h3>
        <p class="muted">{t.reportMeta(agg.count, dateFormat.format(new Date()))}</p>
      </div>
      <p>{t.intro(agg.count)}</p>
      <p class="button-row no-print">
        <button
          type="button"
          class="button"
          ref={presentButton}
          onClick={() => setPresenting(true)}
          disabled={shown.length === 0}
        >
          {t.present}
        </button>
        <button type="button" class="button button--secondary" onClick={() => printPart('rapport')}>
          {t.printReport}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            download(`${file}.csv`, 'text/csv;charset=utf-8', aggregateCsv(agg, ctx, t.csvHeaders))
          }
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => download(`${file}.json`, 'application/json', aggregateJson(agg, ctx))}
        >
          {t.exportJson}
        </button>
      </p>
      <p class="muted no-print">{t.exportNote}</p>
      {shown.map((s) => (
        <ScaleCard key={s.id} scale={s} ins={ins} />
      ))}
      {hidden.length > 0 && (
        <>
          <h3>{t.hiddenTitle}</h3>
          <ul>
            {hidden.map((s) => (
              <li key={s.id}>{t.hiddenScale(name(s.id), s.n, session.floor)}</li>
            ))}
          </ul>
        </>
      )}
      {presenting && (
        <Presentation
          scales={shown}
          ins={ins}
          onClose={() => {
            setPresenting(false);
            setTimeout(() => presentButton.current?.focus());
          }}
        />
      )}
    </div>
  );
}
