/**
 * Static imports of a built JavaScript module, as written (`./x.js`, `/_astro/y.js`). Dynamic
 * import() is left out: what it loads comes later, on demand.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  // Group 1 is not optional in either pattern, so it is set on every match.
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g))
    found.add(m[1]!);
  for (const m of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/**
 * Every module URL path reached from `entries` through static imports, entries first, breadth
 * first. `read` gives a module's code by its URL path, or undefined for one that is not built.
 */
export function moduleClosure(
  entries: Iterable<string>,
  read: (url: string) => string | undefined,
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const code = read(url);
    if (code === undefined) continue;
    seen.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const imp of staticImports(code)) {
      queue.push(imp.startsWith('/') ? imp : new URL(imp, `http://x${dir}`).pathname);
    }
  }
  return [...seen];
}
