import { siteHref } from '../../islands/shared/site-path';
// Loaded at idle by ../when-idle.ts (bundled on its own, as Vite bundles a worker). Registers the service worker (built by scripts/build-sw.ts), shows the offline state, and offers
// a waiting new version. Nothing reloads unless the visitor asks: a reload in the middle of a scan
// or a plan would lose what is being typed.

function showConnection(status: HTMLElement) {
  const show = () => {
    status.hidden = navigator.onLine;
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();
}

function offerUpdates(registration: ServiceWorkerRegistration, notice: HTMLElement) {
  const sw = navigator.serviceWorker;
  let accepted = false;
  let waiting: ServiceWorker | null = null;

  const hide = () => {
    const hadFocus = notice.contains(document.activeElement);
    notice.hidden = true;
    if (hadFocus) document.getElementById('main')?.focus();
  };
  const offer = (worker: ServiceWorker) => {
    waiting = worker;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'redundant' && waiting === worker) hide();
    });
    notice.hidden = false;
  };

  notice.querySelector('[data-update-reload]')?.addEventListener('click', () => {
    if (!waiting) return;
    accepted = true;
    // Another tab may already have switched to the new version: then only this page is old.
    if (waiting.state === 'activated') location.reload();
    else waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.querySelector('[data-update-later]')?.addEventListener('click', hide);
  sw.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });

  // Without a controller this is the first install, not an update: nothing to offer.
  const track = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offer(worker);
    });
  if (registration.waiting && sw.controller) offer(registration.waiting);
  // The browser may have begun installing before this script ran (it checks on every navigation).
  else track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // An installed app can stay open for days: look for a new version when the network returns.
  addEventListener('online', () => void registration.update().catch(() => undefined));
}

async function startAppWorker() {
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (status) showConnection(status);
  // Refused registration (some private modes, blocked by policy): the site works as before, online.
  const registration = await navigator.serviceWorker
    .register(siteHref('sw.js'), { scope: siteHref('') })
    .catch(() => undefined);
  if (registration && notice) offerUpdates(registration, notice);
}

void startAppWorker();
