import { moduleClosure } from './module-graph.ts';

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const unescape = (url: string) => url.replace(/&amp;/g, '&');

/**
 * Adds `<link rel="modulepreload">` to a built page for every module its scripts and its islands
 * need when they start, so the browser fetches them all in one round trip after the HTML instead of
 * finding each import only once the file before it has arrived. Islands that wait until they are
 * visible are left out: preloading them would make them part of the first view.
 */
export function withModulePreloads(html: string, read: (url: string) => string | undefined): string {
  const entries: string[] = [];
  const named = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    if (attr(m[0], 'type') === 'module') entries.push(unescape(m[1]!));
    named.add(unescape(m[1]!));
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(m[0], 'href');
    if (href) named.add(unescape(href));
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (attr(m[0], 'client') === 'visible') continue;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(m[0], name);
      if (url) entries.push(unescape(url));
    }
  }
  const links = moduleClosure(entries, read)
    .filter((url) => !named.has(url))
    .map((url) => `<link rel="modulepreload" href="${url.replace(/&/g, '&amp;')}">`);
  return links.length ? html.replace('</head>', `${links.join('')}</head>`) : html;
}
