import { spawn } from 'node:child_process';

/**
 * Serves a built site with `astro preview` for a benchmark, and stops it when the process exits.
 * `outDir` lets a benchmark serve an older build beside the current one.
 */
export async function startPreview(port: number, outDir = 'dist'): Promise<string> {
  const args = ['run', 'preview', '--', '--ignore-lock', '--outDir', outDir, '--host', '127.0.0.1'];
  const server = spawn('npm', [...args, '--port', String(port)], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return origin;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`preview server for ${outDir}/ did not start; run \`npm run build\` first`);
}
