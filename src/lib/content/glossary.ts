/** Dutch alphabetical order, ignoring case and accents ("één" sorts with "een"). */
export function compareTerms(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { sensitivity: 'base' });
}
