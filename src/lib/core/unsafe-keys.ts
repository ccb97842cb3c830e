/**
 * Property names that mean something to JavaScript objects themselves. A file that uses one as a
 * name is refused as a whole: schemas quietly drop them (so the visitor would lose data without a
 * word), and written to storage verbatim they could reach code that merges objects.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The first unsafe property name anywhere in parsed JSON, or undefined. Walks without recursion. */
export function findUnsafeKey(json: unknown): string | undefined {
  const pending: unknown[] = [json];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) return key;
      pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}
