// The response headers a static host should send, as a Netlify / Cloudflare Pages `_headers` file.
// Pure: it takes the policies Astro wrote into the pages and the site's base, so it is testable.
import { sitePath } from '../../src/lib/core/site-path.ts';

/** Splits a policy into directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/**
 * One policy for every page: the directives the pages share, with the union of their script and
 * style hashes, plus what only a header can say (`frame-ancestors`: no framing, against
 * click-jacking; a guide has no reason to be shown inside another site).
 */
export function headerPolicy(pagePolicies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  merged.set('frame-ancestors', ["'none'"]);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const NO_FEATURES = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()';

/** The `_headers` file for a site built under `base` ("/" or "/path/"). */
export function headersFile(base: string, pagePolicies: readonly string[]): string {
  const at = (path: string) => sitePath(path, base);
  return [
    '# Made by `npm run build` (scripts/build-headers.ts) from the policies in the built pages.',
    at('*'),
    `  Content-Security-Policy: ${headerPolicy(pagePolicies)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `  Permissions-Policy: ${NO_FEATURES}`,
    // The one page that scans QR codes may use the camera (a later duplicate key wins).
    at('groepssessie/*'),
    '  Permissions-Policy: camera=(self)',
    // Astro names these files by their content: a new version is a new name. Pages keep the hosts'
    // default (revalidate every time); matching rules are combined, so /* sets no Cache-Control.
    at('_astro/*'),
    '  Cache-Control: public, max-age=31536000, immutable',
    // The worker and the manifest must be fetched fresh, or an update never reaches the visitor.
    at('sw.js'),
    '  Cache-Control: no-cache',
    at('manifest.webmanifest'),
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
