/**
 * Which tool reads which URL fragment (`#<key>=…`): the one place that knows, so a link opened on
 * the wrong page can say where it belongs instead of being ignored. Each tool's share format
 * declares its own key; a unit test holds those and this list together.
 */
export type Tool = 'scan' | 'quotient' | 'herstelplan';

export const FRAGMENT_OWNERS: Readonly<Record<string, Tool>> = {
  'scan-resultaat': 'scan',
  sessie: 'scan',
  relaties: 'quotient',
  'vanuit-scan': 'herstelplan',
};

/** The fragment key of a hash (`#relaties=1.x` gives `relaties`), or undefined without one. */
export function fragmentKey(hash: string): string | undefined {
  const match = /^#?([a-z0-9-]+)=/.exec(hash);
  return match?.[1];
}

/** The tool a hash was made for, if any tool reads it. */
export function fragmentOwner(hash: string): Tool | undefined {
  const key = fragmentKey(hash);
  return key !== undefined && Object.hasOwn(FRAGMENT_OWNERS, key) ? FRAGMENT_OWNERS[key] : undefined;
}

/** The tool a hash was made for when that is not `here` (a page without a tool of its own passes none). */
export function foreignTool(hash: string, here?: Tool): Tool | undefined {
  const owner = fragmentOwner(hash);
  return owner !== here ? owner : undefined;
}
