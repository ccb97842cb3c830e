/** A calendar date as the site writes it: "2026-03-12" → "12 maart 2026". */
export const dutchDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
