import { planDocument, type PlanDoc } from '../../lib/repair/export/document';
import type { PartProps } from './shared';
import { exportText as x } from '../../i18n/repair/steps';
import { planDocText } from '../../i18n/repair/document';
import { printedAddress, siteHref } from '../shared/site-path';

/** The plan as a printable document (A4): shown only when printing, without any controls. */
export function PlanDocumentView({ doc }: { doc: PlanDoc }) {
  return (
    <article class="plan-print">
      <h2>{doc.title}</h2>
      <p class="plan-print__meta">{x.madeWith(doc.madeOn, printedAddress(siteHref('herstelplan/')))}</p>
      {doc.formalRoute && <p class="plan-print__formal">{x.formalNote}</p>}
      {doc.situation.length > 0 && (
        <>
          <h3>{x.situationTitle}</h3>
          <dl class="plan-print__situation">
            {doc.situation.map((l) => (
              <div key={l.label}>
                <dt>{l.label}</dt>
                <dd>{l.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {doc.growth.length > 0 && (
        <>
          <h3>{x.growthTitle}</h3>
          <ul>
            {doc.growth.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{x.actionsTitle}</h3>
      {doc.phases.map((phase) => (
        <section key={phase.name}>
          <h4>{phase.name}</h4>
          <ul class="plan-print__actions">
            {phase.actions.map((a, i) => (
              <li key={i} class={a.done ? 'is-done' : undefined}>
                <p class="plan-print__title">
                  <span class="plan-print__box">{a.done ? '☑' : '☐'}</span> <strong>{a.title}</strong>
                  {a.done && <span> ({x.done})</span>}
                </p>
                {a.what && <p class="plan-print__what">{a.what}</p>}
                {(a.owner || a.due) && (
                  <p>
                    {a.owner && (
                      <>
                        {x.who}: {a.owner}
                      </>
                    )}
                    {a.owner && a.due && ' · '}
                    {a.due && (
                      <>
                        {x.when}: {a.due}
                      </>
                    )}
                  </p>
                )}
                {a.why && (
                  <p class="plan-print__why">
                    {x.why}: {a.why.text} {a.why.cite}
                  </p>
                )}
                {a.more && (
                  <p class="plan-print__why">
                    {x.readMore}: {a.more.title}, {printedAddress(a.more.href)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {(doc.rhythm || doc.checkIns.length > 0) && (
        <>
          <h3>{x.checkInsTitle}</h3>
          {doc.rhythm && (
            <p>
              {x.rhythm}: {doc.rhythm}.{doc.planned.length > 0 && ` ${x.planned}: ${doc.planned.join(', ')}.`}
            </p>
          )}
          {doc.checkIns.map((c, i) => (
            <div key={i} class="plan-print__checkin">
              <h4>{c.date}</h4>
              {c.note && <p class="plan-print__what">{c.note}</p>}
              {c.scores && (
                <p>
                  {c.scores.map((s) => `${s.label}: ${s.value}`).join(' · ')} · {x.index}: {c.index}
                </p>
              )}
            </div>
          ))}
          {doc.checkIns.some((c) => c.scores) && <p class="plan-print__why">{x.modelNote}</p>}
        </>
      )}
      {doc.conversation.map((m) => (
        <section key={m.title}>
          <h3>
            {x.conversationTitle}: {m.title}
          </h3>
          <dl class="plan-print__situation">
            {m.lines.map((l) => (
              <div key={l.label}>
                <dt>{l.label}</dt>
                <dd class="plan-print__what">{l.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </article>
  );
}

/** The open plan, ready for the printer. */
export function PrintablePlan({ plan, catalogue, today }: PartProps) {
  return <PlanDocumentView doc={planDocument(plan, catalogue, today, planDocText)} />;
}
