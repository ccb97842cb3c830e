import { describe, expect, it } from 'vitest';
import { moduleClosure, staticImports } from '../../../src/integrations/module-graph';
import { withModulePreloads } from '../../../src/integrations/module-preload';

const modules: Record<string, string> = {
  '/_astro/site.js': 'import{a}from"./theme.js";a()',
  '/_astro/theme.js': 'export const a=()=>1',
  '/_astro/Tool.js': 'import{h}from"./preact.js";import"./store.js";const p=()=>import("./later.js")',
  '/_astro/client.js': 'import{h}from"./preact.js"',
  '/_astro/preact.js': 'export const h=1',
  '/_astro/store.js': 'import{v}from"/_astro/valibot.js"',
  '/_astro/valibot.js': 'export const v=1',
  '/_astro/later.js': 'import"./big.js"',
  '/_astro/Check.js': 'import"./quiz.js"',
};
const read = (url: string) => modules[url];

const page = (body: string) =>
  `<html><head><script type="module" src="/_astro/site.js"></script></head><body>${body}</body></html>`;
const preloads = (html: string) => [...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);

describe('module graph', () => {
  it('finds static imports and leaves dynamic ones out', () => {
    expect(staticImports(modules['/_astro/Tool.js']!)).toEqual(['./preact.js', './store.js']);
  });

  it('follows relative and absolute imports, entries first', () => {
    expect(moduleClosure(['/_astro/Tool.js'], read)).toEqual([
      '/_astro/Tool.js',
      '/_astro/preact.js',
      '/_astro/store.js',
      '/_astro/valibot.js',
    ]);
  });
});

describe('modulepreload links', () => {
  it('names every module a loading island and the page script need, once each', () => {
    const html = withModulePreloads(
      page('<astro-island client="load" component-url="/_astro/Tool.js" renderer-url="/_astro/client.js">'),
      read,
    );
    expect(preloads(html).sort()).toEqual(
      [
        '/_astro/Tool.js',
        '/_astro/client.js',
        '/_astro/preact.js',
        '/_astro/store.js',
        '/_astro/theme.js',
        '/_astro/valibot.js',
      ].sort(),
    );
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves islands that wait to be seen, and code loaded on demand, out of the first view', () => {
    const html = withModulePreloads(
      page(
        '<astro-island client="visible" component-url="/_astro/Check.js" renderer-url="/_astro/client.js">',
      ),
      read,
    );
    expect(preloads(html)).toEqual(['/_astro/theme.js']);
    expect(withModulePreloads(page(''), read)).not.toContain('later.js');
  });

  it('works under a path and keeps query strings of island URLs intact', () => {
    const underPath: Record<string, string> = {
      '/pad/Tool.js?x=1&y=2': 'import"./preact.js"',
      '/pad/preact.js': 'export const h=1',
    };
    const html = withModulePreloads(
      '<head></head><astro-island client="idle" component-url="/pad/Tool.js?x=1&amp;y=2">',
      (url) => underPath[url],
    );
    expect(preloads(html)).toEqual(['/pad/Tool.js?x=1&amp;y=2', '/pad/preact.js']);
  });
});
