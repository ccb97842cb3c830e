import { approximate, type Zone } from '../../lib/quotient/quotient';

/**
 * Words both forms of the quotient calculator use (the page and the compact version in a chapter).
 * Factor names and lever sentences: ./quotient-factors.ts. The fixed texts of each form are in
 * ./quotient-page.ts and ./quotient-mini.ts; the server passes those to the islands as props, so
 * they travel in the HTML rather than in the JavaScript.
 */

export const zoneName: Record<Zone, string> = {
  'risk-outweighs': 'Risico weegt zwaarder',
  balanced: 'In evenwicht',
  'trust-outweighs': 'Vertrouwen weegt zwaarder',
};

export const nl = (n: number) => n.toLocaleString('nl-NL');

/** "21" when that is the exact outcome, "ongeveer 17" when it is rounded. */
export function quotientText(q: number): string {
  const { value, exact } = approximate(q);
  return exact ? nl(value) : `ongeveer ${nl(value)}`;
}

/** What the scale shows, for screen readers. */
export const scaleLabel = (q: number, zone: Zone) =>
  `Quotiënt ${quotientText(q)}: ${zoneName[zone].toLowerCase()}, op een logaritmische schaal van 0,2 tot 200.`;
