import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/`)).ok;
  } catch {
    return false;
  }
}

/**
 * Serves a built site with `astro preview` for a benchmark, and stops it when the process exits.
 * `outDir` lets a benchmark serve an older build beside the current one. Astro is started
 * directly, not through npm, so that killing it leaves no server behind to answer a later run;
 * a port that already answers is refused for the same reason.
 */
export async function startPreview(port: number, outDir = 'dist'): Promise<string> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) {
    throw new Error(`something already serves ${origin}; stop it first (another benchmark or preview?)`);
  }
  const args = [ASTRO, 'preview', '--ignore-lock', '--outDir', outDir, '--host', '127.0.0.1'];
  const server = spawn(process.execPath, [...args, '--port', String(port)], { stdio: 'ignore' });
  // Unref'd so the benchmark can end; the exit handler then stops the server.
  server.unref();
  const stop = () => server.kill();
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  for (let i = 0; i < 60; i++) {
    if (server.exitCode !== null) break;
    if (await answers(origin)) return origin;
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`preview server for ${outDir}/ did not start; run \`npm run build\` first`);
}
