// Modules imported with `?chunk-url` (src/integrations/chunk-url.ts): the URL of their built chunk.
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
