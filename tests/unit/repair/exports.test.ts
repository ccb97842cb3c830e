import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import ICAL from 'ical.js';
import { planDocument } from '../../../src/lib/repair/export/document';
import { planDocText } from '../../../src/i18n/repair/document';
import { exportText } from '../../../src/i18n/repair/steps';
import { calendarEventCount, foldLine, icalText, planToICalendar } from '../../../src/lib/repair/export/ical';
import { mdBlock, mdInline, planToMarkdown } from '../../../src/lib/repair/export/markdown';
import { buildPlanFile, importPlans, parsePlanFile } from '../../../src/lib/repair/export/file';
import { buildBackup } from '../../../src/lib/core/backup';
import { encode } from '../../../src/lib/core/storage';
import { createPlan, LIMITS, plansCodec, type Plan } from '../../../src/lib/repair/plan';
import {
  FORTNIGHTLY_FROM_16_MARCH,
  FREE_TEXT_FIELDS,
  fullPlan,
  INJECTION,
  INJECTIONS,
  loadResolvedCatalogue,
} from '../../support/repair';
import { at } from '../../support/must';

const SITE = 'https://vertrouwenswijzer.nl';
const now = new Date('2026-03-02T09:15:00Z');
const catalogue = new Map(loadResolvedCatalogue().map((a) => [a.id, a]));
const PLAN_URL = `${SITE}/herstelplan/`;
const markdownOf = (p: Plan) =>
  planToMarkdown(planDocument(p, catalogue, '2026-03-02', planDocText), exportText, PLAN_URL);

// Renders Markdown as a site or notes app would: CommonMark + GitHub extensions, raw HTML allowed.
const processor = await createMarkdownProcessor({ gfm: true, smartypants: false, syntaxHighlight: false });
const render = async (md: string) => (await processor.render(md)).code;
const tagsIn = (html: string) => {
  const counts: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b/g)) {
    const tag = at(m, 1);
    if (tag !== 'br') counts[tag] = (counts[tag] ?? 0) + 1;
  }
  return counts;
};
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (all, hex, dec, name) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (NAMED[name] ?? all),
    )
    .replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the Markdown download', () => {
  it('holds the plan: situation, actions per phase with why, source and section, check-ins, conversation', async () => {
    const md = markdownOf(fullPlan());
    expect(md).toMatch(/^# Herstelplan: Samenwerking met de planning\n/);
    expect(md).toContain('- Wat misging: Kunde: iets wat verwacht werd');
    expect(md).toContain('### Nu\n\n- [x] **Bied excuses aan en noem je eigen aandeel**');
    expect(md).toContain('- [ ] **Voer een herstelgesprek**');
    expect(md).toContain('Wie: ik en Ruud · Wanneer: 6 maart 2026');
    expect(md).toContain(`[(${'Kim et al., 2006'})](${SITE}/bronnen/#kim2006)`);
    expect(md).toContain(`(${SITE}/gids/vertrouwen-herstellen/#competentieschending)`);
    expect(md).toContain('Ritme: Elke twee weken. Gepland: 16 maart 2026, 30 maart 2026');
    expect(md).toContain('Index: 21');
    expect(md).toContain('### Ik-boodschap');
    const html = await render(md);
    // Six links to sources and sections, one to the builder.
    expect(tagsIn(html)).toMatchObject({ h1: 1, input: 4, a: 7 });
  });

  it.each(FREE_TEXT_FIELDS.map((f) => [f.name, f]))(
    '%s: script and markup come out as text',
    async (_, field) => {
      const baseline = await render(markdownOf(field.set(fullPlan(), 'Gewone tekst')));
      const html = await render(markdownOf(field.set(fullPlan(), INJECTION)));
      expect(tagsIn(html)).toEqual(tagsIn(baseline));
      // Typed web addresses carry an invisible word joiner so no reader links them; it is not part of the text.
      const text = textOf(html).replaceAll('\u2060', '');
      for (const line of INJECTIONS) expect(text).toContain(squash(line));
    },
  );

  it('escapes inline and block text so nothing is read as a block or inline marker', async () => {
    for (const line of INJECTIONS) {
      const html = await render(`Tekst: ${mdInline(line)}`);
      expect(tagsIn(html), line).toEqual({ p: 1 });
      const block = await render(mdBlock(`${line}\n${line}`));
      expect(tagsIn(block), line).toEqual({ p: 1 });
    }
  });
});

describe('the calendar file', () => {
  // X-WR-CALNAME (the calendar's name in most apps) is TEXT; ical.js leaves unknown X- values raw.
  (ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };
  const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));

  it('is valid iCalendar with an event per open dated action and per planned check-in', () => {
    const plan = fullPlan();
    const ics = planToICalendar(plan, { now, planUrl: PLAN_URL, texts: exportText });
    const cal = parse(ics);
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // a1 is done and a4 has no date: a2, a3 and six check-ins.
    expect(events).toHaveLength(8);
    expect(calendarEventCount(plan)).toBe(8);
    expect(events.map((e) => e.summary)).toEqual([
      'Voer een herstelgesprek',
      'Rooster vier weken vooruit delen',
      ...Array(6).fill('Terugblik: Samenwerking met de planning'),
    ]);
    expect(at(events, 0).startDate.toString()).toBe('2026-03-06');
    expect(at(events, 0).startDate.isDate).toBe(true);
    expect(at(events, 0).endDate.toString()).toBe('2026-03-07');
    expect(at(events, 0).description).toBe(
      'Plan een rustig gesprek.\n\nWie: ik en Ruud\n\nUit je herstelplan "Samenwerking met de planning"',
    );
    expect(events.slice(2).map((e) => e.startDate.toString())).toEqual(FORTNIGHTLY_FROM_16_MARCH);
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
    for (const v of cal.getAllSubcomponents('vevent')) {
      expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-02T09:15:00Z');
      expect(v.getFirstSubcomponent('valarm')!.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
  });

  it('follows the RFC 5545 line rules: CRLF, at most 75 octets, folded inside no character', () => {
    const plan = { ...fullPlan(), name: 'Ééééé '.repeat(30) + '🙂'.repeat(40) };
    const ics = planToICalendar(plan, { now, planUrl: PLAN_URL, texts: exportText });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(ics))).toBe(ics);
    const cal = parse(ics);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(`Herstelplan: ${plan.name}`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it.each(FREE_TEXT_FIELDS.map((f) => [f.name, f]))(
    '%s: cannot add or change a property or an event',
    (_, field) => {
      const plan = field.set(fullPlan(), INJECTION);
      const cal = parse(planToICalendar(plan, { now, planUrl: PLAN_URL, texts: exportText }));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(8);
      expect(cal.getAllSubcomponents().map((c) => c.name)).toEqual(Array(8).fill('vevent'));
      for (const v of cal.getAllSubcomponents('vevent')) {
        expect(
          v
            .getAllProperties()
            .map((p) => p.name)
            .sort(),
        ).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'summary', 'transp', 'uid', 'url']);
      }
      // What the visitor typed comes back exactly as typed (the calendar holds the plan's name and open, dated actions).
      const texts = [
        cal.getFirstPropertyValue('x-wr-calname'),
        ...events.flatMap((e) => [e.summary, e.description]),
      ];
      if (field.inCalendar)
        expect(texts.filter((t) => String(t).includes(INJECTION)).length).toBeGreaterThan(0);
      if (field.name === 'plan name')
        expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(`Herstelplan: ${INJECTION}`);
    },
  );

  it('escapes text values exactly as RFC 5545 says', () => {
    expect(icalText('a\\b;c,d\r\ne\nf\rg\u0000h\tI')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\tI');
  });
});

describe('the JSON back-up of plans', () => {
  const newId = (() => {
    let n = 0;
    return () => `nieuw${++n}`;
  })();

  it('round-trips, adding plans next to the ones here and renaming a taken id', () => {
    const plan = fullPlan();
    const file = buildPlanFile([plan], now);
    const here = { openId: 'eigen', plans: [createPlan('eigen', 'Mijn eigen plan', now)] };
    const parsed = parsePlanFile(file, here, newId);
    expect(parsed).toEqual({ ok: true, plans: [plan] });
    const twice = parsePlanFile(file, { plans: [plan] }, newId);
    expect(twice.ok && twice.plans[0]).toEqual({ ...plan, id: 'nieuw1' });
    const after = importPlans(here, parsed.ok ? parsed.plans : []);
    expect(after.openId).toBe('eigen');
    expect(after.plans.map((p) => p.id)).toEqual(['eigen', plan.id]);
  });

  it('reads the plans from a "Mijn gegevens" download too', () => {
    const state = { plans: [fullPlan()] };
    const backup = buildBackup([{ key: plansCodec.key, raw: encode(plansCodec, state) }], now);
    expect(parsePlanFile(backup, { plans: [] }, newId)).toEqual({ ok: true, plans: state.plans });
    const otherOnly = buildBackup([{ key: 'vw:voortgang', raw: '{"v":1,"data":{"chapters":{}}}' }], now);
    expect(parsePlanFile(otherOnly, { plans: [] }, newId)).toEqual({ ok: false, problem: 'empty' });
  });

  it('explains a malformed, foreign, newer, damaged, empty or too full file, and changes nothing', () => {
    const good = JSON.parse(buildPlanFile([fullPlan()], now));
    const cases: Array<[string, string]> = [
      ['{ dit is geen json', 'not-json'],
      [JSON.stringify({ app: 'iets-anders', plans: [] }), 'not-ours'],
      [JSON.stringify([1, 2, 3]), 'not-ours'],
      [JSON.stringify({ ...good, format: 99 }), 'too-new'],
      [JSON.stringify({ ...good, plans: [{ ...good.plans[0], actions: 'kapot' }] }), 'invalid'],
      [JSON.stringify({ ...good, plans: [] }), 'empty'],
      ['x'.repeat(3 * 1024 * 1024), 'too-large'],
    ];
    for (const [text, problem] of cases)
      expect(parsePlanFile(text, { plans: [] }, newId), problem).toEqual({ ok: false, problem });
    const full = {
      plans: Array.from({ length: LIMITS.plans }, (_, i) => createPlan(`p${i}`, `Plan ${i}`, now)),
    };
    expect(parsePlanFile(JSON.stringify(good), full, newId)).toEqual({ ok: false, problem: 'too-many' });
  });
});
