// The only script every page loads: theme toggle, menu, search on demand, copy-a-section-link,
// and what waits until the page is idle (./when-idle.ts).
// Kept small on purpose: chapter pages have a budget of 1.5 KB gzip of JavaScript.
import { applyTheme, saveTheme, type Theme } from '../lib/core/theme';
import searchUrl from './search/search.ts?worker&url';
import './when-idle.ts';

const root = document.documentElement;
const announcer = document.getElementById('announcer');
const say = (text: string) => {
  if (announcer) announcer.textContent = text;
};

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  const labels = JSON.parse(toggle.dataset.labels!) as Record<string, string>;
  const order = ['auto', 'light', 'dark'];
  const show = () => {
    toggle.querySelector('.label')!.textContent = labels[root.dataset.theme ?? 'auto'] ?? null;
  };
  toggle.addEventListener('click', () => {
    const choice = order[(order.indexOf(root.dataset.theme ?? 'auto') + 1) % 3];
    const next = choice === 'auto' ? null : (choice as Theme);
    try {
      saveTheme(localStorage, next);
    } catch {
      /* storage unavailable: the choice holds for this page view only */
    }
    applyTheme(root.dataset, next);
    show();
  });
  show();
}

// Search: the site's own interface (./search/search.ts, built as one self-contained file so no
// module loader comes with every page) loads when a search button is hovered or focused, and at
// once on a page with an inline search; its markup is already on the page.
let searchLoaded: Promise<void> | undefined;
const loadSearch = () =>
  (searchLoaded ??= new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = searchUrl;
    script.onload = () => resolve();
    script.onerror = () => {
      searchLoaded = undefined;
      script.remove();
      document
        .querySelectorAll<HTMLElement>('[data-search]')
        .forEach((b) => (b.querySelector('.search__status')!.textContent = b.dataset.failed ?? ''));
      resolve();
    };
    document.head.append(script);
  }));

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const inline = document.querySelector<HTMLElement>('[data-search-inline] input');
const openers = document.querySelectorAll<HTMLAnchorElement>('[data-search-open]');
openers.forEach((a) => {
  a.addEventListener('pointerenter', loadSearch);
  a.addEventListener('focus', loadSearch);
  a.addEventListener('click', (event) => {
    if (!dialog) return;
    event.preventDefault();
    void loadSearch();
    if (inline) return inline.focus();
    dialog.showModal();
    dialog.querySelector('input')?.focus();
  });
});
if (dialog) {
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || (event.target as HTMLElement).closest('a')) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    if (
      event.key === '/' &&
      !dialog.open &&
      !(event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')
    ) {
      event.preventDefault();
      openers[0]?.click();
    }
  });
}
if (inline) void loadSearch();

// The menu is a <details>: it opens without JavaScript; Escape closes it and returns focus to its
// button, and it closes when focus or a click goes elsewhere.
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
if (menu) {
  const close = () => (menu.open = false);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    close();
    menu.querySelector('summary')!.focus();
  });
  menu.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !menu.contains(event.relatedTarget as Node)) close();
  });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target as Node)) close();
  });
}

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('[data-print]')) return window.print();
  const link = target.closest<HTMLElement>('a[data-copy-link], button[data-copy]');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.dataset.copy ?? (link as HTMLAnchorElement).href).then(
    () => {
      const done = announcer?.dataset.copied ?? '';
      link.dataset.copied = done;
      say(done);
      setTimeout(() => delete link.dataset.copied, 2500);
    },
    () => undefined,
  );
});
