// The PNG icons the web app manifest lists, all drawn from the one SVG logo.

export interface AppIcon {
  /** File name under `icons/`. */
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [192, 512].flatMap((size) => [
  { file: `icon-${size}.png`, size, purpose: 'any' as const },
  { file: `maskable-${size}.png`, size, purpose: 'maskable' as const },
]);

/**
 * A maskable version of a square logo whose first element is its background shape: that shape's
 * fill covers the whole square (launchers cut their own outline), and the logo shrinks to `scale`
 * around the centre so it stays inside the safe zone, a centred circle of 80 % of the width.
 */
export function maskableSvg(svg: string, scale = 0.72): string {
  const viewBox = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  const fill = svg.match(/<(?:rect|circle|path)\b[^>]*\sfill="(#[0-9a-fA-F]{3,8})"/)?.[1];
  const inner = svg.match(/<svg\b[^>]*>([\s\S]*)<\/svg>/)?.[1];
  if (!viewBox || viewBox[1] !== viewBox[2] || !fill || !inner) {
    throw new Error(
      'maskableSvg: expected a square SVG with a viewBox "0 0 n n" and a filled background shape',
    );
  }
  const n = Number(viewBox[1]);
  const shift = (n * (1 - scale)) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}">` +
    `<rect width="${n}" height="${n}" fill="${fill}"/>` +
    `<g transform="translate(${shift} ${shift}) scale(${scale})">${inner}</g></svg>`
  );
}
