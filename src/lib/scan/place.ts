/**
 * Where a visitor is in the scan, as kept in the browser's history so that Back and Forward move
 * between the scan's own screens and steps instead of leaving the page.
 */
export type ScanPlace =
  | { kind: 'overview' }
  | { kind: 'steps'; ins: string; step: number }
  | { kind: 'review'; ins: string }
  | { kind: 'result'; id: string }
  | { kind: 'compare'; a: string; b: string };

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;

/**
 * Reads a place back from `history.state`, which any script or an older version of the page may
 * have written: whatever is not a well-formed place is undefined, and the page stays where it is.
 */
export function readPlace(state: unknown): ScanPlace | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const p = (state as { scan?: unknown }).scan;
  if (typeof p !== 'object' || p === null) return undefined;
  const o = p as Record<string, unknown>;
  switch (o['kind']) {
    case 'overview':
      return { kind: 'overview' };
    case 'steps':
      return text(o['ins']) && Number.isInteger(o['step']) && (o['step'] as number) >= 0
        ? { kind: 'steps', ins: o['ins'], step: o['step'] as number }
        : undefined;
    case 'review':
      return text(o['ins']) ? { kind: 'review', ins: o['ins'] } : undefined;
    case 'result':
      return text(o['id']) ? { kind: 'result', id: o['id'] } : undefined;
    case 'compare':
      return text(o['a']) && text(o['b']) ? { kind: 'compare', a: o['a'], b: o['b'] } : undefined;
    default:
      return undefined;
  }
}

/** The history state with this place in it, keeping what else the page keeps there. */
export const withPlace = (state: unknown, place: ScanPlace): Record<string, unknown> => ({
  ...(typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {}),
  scan: place,
});
