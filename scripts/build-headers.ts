// After the build: writes <dist>/_headers (Netlify, Cloudflare Pages) with the pages' own policy as
// a header, so the policy also reaches workers, plus the other security and caching headers.
// Usage: node scripts/build-headers.ts [dist directory, default dist].
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile } from './lib/headers.ts';
import { listPages } from './lib/site-files.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { scope?: string };
const base = manifest.scope ?? '/';
const policies = listPages(dist).map((page) => {
  const html = readFileSync(page.file, 'utf8');
  const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
  if (!policy) {
    console.error(`build-headers: ${page.file} has no Content-Security-Policy`);
    process.exit(2);
  }
  return policy.replace(/&#39;/g, "'");
});
writeFileSync(join(dist, '_headers'), headersFile(base, policies));
console.log(`build-headers: ${dist}/_headers from ${policies.length} pages`);
