/**
 * Prints one part of the facilitator page: the instruction card or the group report. The part is
 * chosen with an attribute the print styles read, and cleared once the print dialog closes.
 */
export function printPart(part: 'kaart' | 'rapport') {
  const root = document.documentElement;
  root.dataset.print = part;
  addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  print();
}
