import { z } from 'astro/zod';
import { flagRepeatedIds, id } from './shared';
import { dutchDate } from '../i18n/dates';

/** What a help route does for you, as the page names it. */
export const HELP_ACTIVITIES = ['luisteren', 'adviseren', 'onderzoeken', 'bemiddelen', 'melden'] as const;
export type HelpActivity = (typeof HELP_ACTIVITIES)[number];

export const COUNTRIES = ['nl', 'be'] as const;
export type Country = (typeof COUNTRIES)[number];

const text = z.string().trim().min(1);

const phoneSchema = z
  .object({
    number: z
      .string()
      .regex(/^\d{3,15}$/, 'a phone number is digits only (no spaces, dashes or +), for a tel: link'),
    display: text,
  })
  .strict();

export const helpRouteSchema = z
  .object({
    id,
    country: z.enum(COUNTRIES),
    name: text,
    forWhom: text,
    does: z.array(z.enum(HELP_ACTIVITIES)).min(1, 'name at least one thing the route does'),
    summary: text,
    confidential: z.object({ value: z.boolean(), text }).strict(),
    contact: z
      .object({
        address: text.optional(),
        phone: z.array(phoneSchema).min(1).optional(),
        email: z.email().optional(),
        website: z.url({ protocol: /^https?$/ }).optional(),
        howToReach: text.optional(),
      })
      .strict()
      .refine((c) => Object.keys(c).length > 0, 'say at least how to reach them'),
    legalBasis: z.array(z.object({ name: text, date: text.optional() }).strict()),
    lawStatus: text.optional(),
    withoutOne: text.optional(),
    sources: z.array(z.url({ protocol: /^https?$/ })).min(1, 'every route needs at least one source URL'),
    note: text.optional(),
  })
  .strict();

export type HelpRoute = z.infer<typeof helpRouteSchema>;

/** content/help/routes.yaml as a whole: the page texts and every route. */
export const helpPageSchema = z
  .object({
    checked: z.iso.date('checked is a date, written 2026-12-02'),
    page: z
      .object({
        title: text,
        intro: text,
        emergency: text,
        /** Routes whose phone numbers are shown as buttons next to the emergency text. */
        emergencyRoutes: z.array(id).min(1),
        checkedLabel: text,
        disclaimer: text,
      })
      .strict(),
    publicInterest: z.object({ title: text, text, personalRoute: text }).strict(),
    countries: z
      .object({
        nl: z.object({ name: text, intro: text }).strict(),
        be: z.object({ name: text, intro: text }).strict(),
      })
      .strict(),
    routes: z.array(helpRouteSchema).min(1),
  })
  .strict()
  .superRefine((doc, ctx) => {
    flagRepeatedIds(ctx, 'routes', doc.routes, (repeated) => `route id "${repeated}" is used twice`);
    doc.page.emergencyRoutes.forEach((ref, i) => {
      const route = doc.routes.find((r) => r.id === ref);
      if (!route)
        ctx.addIssue({ code: 'custom', path: ['page', 'emergencyRoutes', i], message: `no route "${ref}"` });
      else if (!route.contact.phone)
        ctx.addIssue({
          code: 'custom',
          path: ['page', 'emergencyRoutes', i],
          message: `route "${ref}" has no phone number`,
        });
    });
    for (const country of COUNTRIES) {
      if (!doc.routes.some((r) => r.country === country))
        ctx.addIssue({ code: 'custom', path: ['routes'], message: `no route for ${country}` });
    }
    if (!doc.page.checkedLabel.includes(dutchDate(doc.checked))) {
      ctx.addIssue({
        code: 'custom',
        path: ['page', 'checkedLabel'],
        message: `checkedLabel must name the date in checked (${dutchDate(doc.checked)})`,
      });
    }
  });

export type HelpPage = z.infer<typeof helpPageSchema>;
