import { FACTORS, quotient, zoneOf } from '../../lib/quotient/quotient';
import { sameCase } from '../../lib/quotient/relationship-list';
import type { Case } from '../../lib/quotient/case';
import { quotientText, zoneName } from '../../i18n/quotient/calculator';
import { factorName } from '../../i18n/quotient/factors';
import type { CalculatorView } from './view';
import { QuotientCompareChart } from './QuotientCompareChart';
import { fill } from './fill';
import { QuotientMessage } from './QuotientMessage';

interface Props extends CalculatorView {
  /** The saved relationships, or those of a shared link while it is open. */
  list: readonly Case[];
  shared: boolean;
  onOpen: (r: Case) => void;
  onRemove: (r: Case) => void;
}

/** The relationships side by side: a chart and a table, each row to open or remove. */
export function QuotientCompareTable({ t, kindName, list, shared, draft, message, onOpen, onRemove }: Props) {
  return (
    <section class="qcompare" aria-labelledby="vergelijken">
      <h2 id="vergelijken">{t.compareTitle}</h2>
      <p>{shared ? t.compareShared : t.compareIntro}</p>
      <QuotientMessage message={message} at="compare" />
      {list.length === 0 ? (
        <p class="muted">{t.compareEmpty}</p>
      ) : (
        <>
          <QuotientCompareChart
            cases={list}
            label={fill(
              t.compareLabel,
              list.map((r) => `${r.name} ${quotientText(quotient(r.scores))}`).join('; '),
            )}
          />
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.colName}</th>
                  <th scope="col">{t.colKind}</th>
                  {FACTORS.map((f) => (
                    <th scope="col" key={f}>
                      {factorName[f]}
                    </th>
                  ))}
                  <th scope="col">{t.colQuotient}</th>
                  <th scope="col">{t.colZone}</th>
                  <td class="no-print" />
                </tr>
              </thead>
              <tbody>
                {list.map((r) => {
                  const rq = quotient(r.scores);
                  const open = sameCase(r, draft);
                  return (
                    <tr key={r.name} class={open ? 'is-open' : undefined}>
                      <th scope="row">
                        {r.name} {open && <span class="muted">{t.isOpen}</span>}
                      </th>
                      <td>{kindName[r.kind]}</td>
                      {FACTORS.map((f) => (
                        <td key={f} class="num">
                          {r.scores[f]}
                        </td>
                      ))}
                      <td class="num">{quotientText(rq)}</td>
                      <td>{zoneName[zoneOf(rq)]}</td>
                      <td class="no-print qcompare__actions">
                        <button
                          type="button"
                          class="button button--secondary"
                          aria-label={fill(t.openLabel, r.name)}
                          onClick={() => onOpen(r)}
                        >
                          {t.open}
                        </button>
                        {!shared && (
                          <button
                            type="button"
                            class="button button--secondary"
                            aria-label={fill(t.removeLabel, r.name)}
                            onClick={() => onRemove(r)}
                          >
                            {t.remove}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
