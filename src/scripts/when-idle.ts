// What every page starts only once it has loaded and is idle, so none of it competes with the
// first view: the service worker's registration and update notice (bundled on its own, as Vite
// bundles a worker), and on a chapter the read mark (a chunk that shares the storage bundle with
// the knowledge check). Script elements rather than import(): Vite wraps import() in a preload
// helper that would cost more than all of this.
import appWorker from './offline/app-worker.ts?worker&url';
import readMark from './reading-progress.ts?chunk-url';

const later: Array<Partial<HTMLScriptElement>> = [];
if ('serviceWorker' in navigator) later.push({ src: appWorker });
if (document.querySelector('article[data-chapter]')) later.push({ src: readMark, type: 'module' });

const start = () =>
  later.forEach((s) => document.head.append(Object.assign(document.createElement('script'), s)));
const whenIdle = () =>
  'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 200);
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });
