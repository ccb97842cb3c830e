// Loaded by every page, so it stays tiny: the worker's registration and the update notice load
// as a separate script once the page is idle, and the precache downloads never compete with the
// first view. A script element rather than import(): Vite wraps import() in a preload helper
// that would cost more than all of this.
import appWorker from './app-worker.ts?worker&url';

if ('serviceWorker' in navigator) {
  const start = () =>
    document.head.append(Object.assign(document.createElement('script'), { src: appWorker }));
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 1000);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
