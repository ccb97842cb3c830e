import type { ScanResult } from './scoring';

type Dated = Pick<ScanResult, 'id' | 'completedAt'>;

/**
 * A label per result, unique within the list: the formatted time, and where two or more results
 * share it (made in the same minute, or read back in from a file) their place in time, so the
 * history and the compare menus never show two identical entries.
 */
export function resultLabels(
  results: readonly Dated[],
  label: (iso: string) => string,
  nth: (n: number, of: number) => string,
): Map<string, string> {
  const chronological = [...results].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const groups = new Map<string, Dated[]>();
  for (const r of chronological) {
    const text = label(r.completedAt);
    groups.set(text, [...(groups.get(text) ?? []), r]);
  }
  const labels = new Map<string, string>();
  for (const [text, group] of groups) {
    group.forEach((r, i) =>
      labels.set(r.id, group.length > 1 ? `${text} ${nth(i + 1, group.length)}` : text),
    );
  }
  return labels;
}
