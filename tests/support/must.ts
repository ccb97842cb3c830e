/**
 * Narrowing for fixtures and page data the tests rely on: instead of a vague "cannot read
 * properties of undefined" later on, stop at once and say what was missing.
 */

/** The value, or an error naming what was expected. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Missing ${what}`);
  return value;
}

/** Item `index` of a list (negative counts from the end), or an error saying the list is too short. */
export function at<T>(list: readonly T[], index: number, what = 'item'): T {
  const item = list.at(index);
  if (item === undefined) throw new Error(`Missing ${what} ${index}: the list has ${list.length}`);
  return item;
}
