/** A path on this site under the configured base, e.g. sitePath('scan/') → '/base/scan/'. */
export const sitePath = (path: string) =>
  `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
