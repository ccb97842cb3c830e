import { useState } from 'preact/hooks';
import { planDocument } from '../../lib/repair/export/document';
import { slugify } from '../../lib/content/slug';
import { exportText, stepText as t } from '../../i18n/repair/steps';
import { planDocText } from '../../i18n/repair/document';
import { download } from '../shared/download';
import type { PartProps } from './shared';

/** Taking the plan along: print, Markdown, iCalendar, JSON. */
export function PlanExports({ plan, catalogue, today, announce }: PartProps) {
  // The files link back to this page at the site's public address, also when exported from a preview.
  const planUrl = () => new URL(location.pathname, import.meta.env.SITE).href;
  const [message, setMessage] = useState('');
  const base = `${exportText.fileBase}-${slugify(plan.name) || 'plan'}-${today}`;
  const done = (what: string) => {
    setMessage(t.downloaded(what));
    announce(t.downloaded(what));
  };
  const fail = () => setMessage(t.exportFailed);

  const markdown = async () => {
    try {
      const { planToMarkdown } = await import('../../lib/repair/export/markdown');
      download(
        `${base}.md`,
        'text/markdown;charset=utf-8',
        planToMarkdown(planDocument(plan, catalogue, today, planDocText), exportText, planUrl()),
      );
      done(t.markdownFile);
    } catch {
      fail();
    }
  };
  const ical = async () => {
    try {
      const { planToICalendar, calendarEventCount } = await import('../../lib/repair/export/ical');
      if (calendarEventCount(plan) === 0) return setMessage(t.icalEmpty);
      download(
        `${base}.ics`,
        'text/calendar;charset=utf-8',
        planToICalendar(plan, { now: new Date(), planUrl: planUrl(), texts: exportText }),
      );
      done(t.icalFile);
    } catch {
      fail();
    }
  };
  const json = async () => {
    try {
      const { buildPlanFile } = await import('../../lib/repair/export/file');
      download(`${base}.json`, 'application/json', buildPlanFile([plan], new Date()));
      done(t.jsonFile);
    } catch {
      fail();
    }
  };

  return (
    <section class="exports hp-card no-print" aria-labelledby="bewaren">
      <h4 id="bewaren">{t.exportTitle}</h4>
      <p>{t.exportIntro}</p>
      <p class="button-row">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" class="button button--secondary" onClick={markdown} aria-describedby="md-note">
          {t.markdown}
        </button>
        <button type="button" class="button button--secondary" onClick={ical} aria-describedby="ical-note">
          {t.ical}
        </button>
        <button type="button" class="button button--secondary" onClick={json} aria-describedby="json-note">
          {t.json}
        </button>
      </p>
      {/* The file types are named here, for those who know them, not on the buttons. */}
      <ul class="muted exports__notes">
        <li>
          {t.markdown}: <span id="md-note">{t.markdownNote}</span>
        </li>
        <li>
          {t.ical}: <span id="ical-note">{t.icalNote}</span>
        </li>
        <li>
          {t.json}: <span id="json-note">{t.jsonNote}</span>
        </li>
      </ul>
      {message && <p class="export-status">{message}</p>}
    </section>
  );
}
