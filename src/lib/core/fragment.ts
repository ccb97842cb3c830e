/**
 * What reading a URL fragment gives, the same for every tool: no fragment of this kind (another
 * tool's, a heading, none at all), a value, or a problem the visitor is told about.
 */
export type Fragment<T, P extends string> =
  { kind: 'none' } | { kind: 'ok'; value: T } | { kind: 'problem'; problem: P };

export const noFragment = { kind: 'none' } as const;
export const fragmentValue = <T>(value: T) => ({ kind: 'ok', value }) as const;
export const fragmentProblem = <P extends string>(problem: P) => ({ kind: 'problem', problem }) as const;

/** Carries a value on through `next`, which may still turn it into a problem; none and problems pass. */
export function thenFragment<T, P extends string, U, Q extends string>(
  read: Fragment<T, P>,
  next: (value: T) => Fragment<U, Q>,
): Fragment<U, P | Q> {
  return read.kind === 'ok' ? next(read.value) : read;
}
