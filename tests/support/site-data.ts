/**
 * Serves the JSON files the build writes beside a page (src/pages/**.json.ts) to islands under
 * test, as the preview server would: `fetch` answers those paths and 404s anything else. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function serveSiteData(files: Record<string, unknown>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    return url in files
      ? new Response(JSON.stringify(files[url]), { headers: { 'Content-Type': 'application/json' } })
      : new Response('Not found', { status: 404 });
  });
  return asked;
}
