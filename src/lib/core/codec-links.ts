import * as v from 'valibot';

/**
 * A link to a page of this site as the build wrote it: from the root of the host, never to another
 * host ("//…") and never a script ("javascript:…"), whatever a file read in the browser says.
 * (Apart from codec-parts.ts, which every page loads: only the parts that read such files need it.)
 */
export const siteLink = v.pipe(
  v.string(),
  v.check((href) => href.startsWith('/') && !href.startsWith('//')),
);
