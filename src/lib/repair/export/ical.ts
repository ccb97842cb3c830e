import type { Plan } from '../plan';
import { addDays, checkInDates } from '../followup';
import type { PlanFileTexts } from './texts';

/**
 * A plan as an iCalendar file (RFC 5545): an all-day event for every open action with a due date
 * and for every planned check-in, each with a reminder that morning. All-day dates need no time
 * zone. Text is escaped per RFC 5545 §3.3.11, so nothing the visitor typed can add or change a
 * property or component; lines are folded at 75 octets (§3.1).
 */

const CRLF = '\r\n';

/** TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function icalText(text: string): string {
  return (
    text
      .replace(/\r\n|\r/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what RFC 5545 text may not hold
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
    const limit = pieces.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      pieces.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

const basicDate = (date: string) => date.replaceAll('-', '');

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

interface EventInput {
  uid: string;
  date: string;
  summary: string;
  description: string;
  url: string;
}

function event(e: EventInput, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
    `SUMMARY:${icalText(e.summary)}`,
    `DESCRIPTION:${icalText(e.description)}`,
    `URL:${e.url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icalText(e.summary)}`,
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

export interface IcalOptions {
  now: Date;
  /** The builder's absolute address, e.g. "https://vertrouwenswijzer.nl/herstelplan/": every event links there. */
  planUrl: string;
  texts: PlanFileTexts;
}

/** How many events the file would hold: open actions with a date, and planned check-ins. */
export const calendarEventCount = (plan: Plan) =>
  plan.actions.filter((a) => !a.done && a.due).length + checkInDates(plan.firstCheckIn, plan.rhythm).length;

export function planToICalendar(plan: Plan, { now, planUrl, texts: exportText }: IcalOptions): string {
  const url = new URL(planUrl).href;
  const host = new URL(planUrl).hostname;
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vertrouwenswijzer//Herstelplan//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(exportText.docTitle(plan.name))}`,
  ];
  for (const a of plan.actions) {
    if (a.done || !a.due) continue;
    const description = [
      a.what.trim(),
      a.owner.trim() && `${exportText.who}: ${a.owner.trim()}`,
      exportText.icalFromPlan(plan.name),
    ]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      ...event({ uid: `${plan.id}-${a.id}@${host}`, date: a.due, summary: a.title, description, url }, stamp),
    );
  }
  checkInDates(plan.firstCheckIn, plan.rhythm).forEach((date, i) => {
    lines.push(
      ...event(
        {
          uid: `${plan.id}-terugblik-${i + 1}@${host}`,
          date,
          summary: exportText.icalCheckIn(plan.name),
          description: exportText.icalCheckInText(url),
          url,
        },
        stamp,
      ),
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
