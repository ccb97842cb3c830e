// The only script every page loads: theme toggle, search on demand, copy-a-section-link.
// Kept small on purpose: chapter pages have a budget of 1.5 KB gzip of JavaScript.
import { applyTheme, saveTheme, type Theme } from '../lib/core/theme';

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

let searchLoaded: Promise<void> | undefined;
/** Loads Pagefind's UI only when the reader asks for search. */
export function loadSearch(box: HTMLElement): Promise<void> {
  searchLoaded ??= new Promise<void>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/pagefind/pagefind-ui.css';
    document.head.append(css);
    const js = document.createElement('script');
    js.src = '/pagefind/pagefind-ui.js';
    js.onload = () => {
      // @ts-expect-error PagefindUI is a global of the script just loaded
      new PagefindUI({ element: box, showSubResults: true, autofocus: true, resetStyles: false });
      resolve();
    };
    js.onerror = () => {
      box.textContent = box.dataset.failed ?? '';
      reject();
    };
    document.head.append(js);
  });
  return searchLoaded;
}

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const openers = document.querySelectorAll<HTMLAnchorElement>('[data-search-open]');
if (dialog) {
  const box = dialog.querySelector<HTMLElement>('.search-box')!;
  openers.forEach((a) =>
    a.addEventListener('click', (event) => {
      event.preventDefault();
      dialog.showModal();
      loadSearch(box).then(() => box.querySelector('input')?.focus(), () => undefined);
    }),
  );
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !dialog.open && !(event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) {
      event.preventDefault();
      openers[0]?.click();
    }
  });
}

const inlineBox = document.querySelector<HTMLElement>('[data-search-inline]');
if (inlineBox) loadSearch(inlineBox).catch(() => undefined);

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('[data-print]')) return window.print();
  const link = target.closest<HTMLElement>('a[data-copy-link], button[data-copy]');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.dataset.copy ?? (link as HTMLAnchorElement).href).then(() => {
    const done = announcer?.dataset.copied ?? '';
    link.dataset.copied = done;
    say(done);
    setTimeout(() => delete link.dataset.copied, 2500);
  }, () => undefined);
});
