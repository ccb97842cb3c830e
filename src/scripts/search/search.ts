// The site's own search interface over Pagefind's JavaScript API. Loaded on demand by site.ts
// (when a search button is hovered, focused or used, or on a page with an inline search) as one
// self-contained script that sets up every search box on the page; Pagefind's own pagefind.js and
// its wasm load from here, only then.
import { excerptParts, nextIndex } from '../../lib/search/results';
import { searchText as t } from '../../i18n/search/search';
import { siteHref } from '../../islands/shared/site-path';

interface Hit {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<Hit> }[] } | null>;
}

const PAGE_SIZE = 8;

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind's API, configured for the site's base path; a failed load may be tried again. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ siteHref('pagefind/pagefind.js')) as Promise<Pagefind>).then(
    async (pf) => {
      await pf.options({ baseUrl: siteHref(''), excerptLength: 22 });
      void pf.init();
      return pf;
    },
    (error: unknown) => {
      pagefind = undefined;
      throw error;
    },
  );
  return pagefind;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
};

function hitLink(url: string, title: string, excerpt: string, className: string) {
  const a = el('a', className);
  a.href = url;
  const heading = el('span', 'search__title');
  heading.textContent = title;
  const text = el('span', 'search__excerpt');
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const mark = el('mark');
      mark.textContent = part.text;
      text.append(mark);
    } else text.append(part.text);
  }
  a.append(heading, text);
  return a;
}

function hitItem(hit: Hit) {
  const li = el('li', 'search__hit');
  const title = hit.meta.title ?? hit.url;
  li.append(hitLink(hit.url, title, hit.excerpt, 'search__page'));
  const subs = (hit.sub_results ?? []).filter((s) => s.url !== hit.url && s.title !== title).slice(0, 2);
  if (subs.length > 0) {
    const ul = el('ul', 'search__subs');
    for (const s of subs) {
      const item = el('li');
      item.append(hitLink(s.url, s.title, s.excerpt, 'search__sub'));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** Turns one server-rendered search box (SearchForm.astro) into a working search. */
export function attachSearch(box: HTMLElement) {
  if (box.dataset.ready) return;
  box.dataset.ready = '';
  const input = box.querySelector<HTMLInputElement>('input')!;
  const status = box.querySelector<HTMLElement>('.search__status')!;
  const list = box.querySelector<HTMLOListElement>('.search__results')!;
  const more = box.querySelector<HTMLButtonElement>('.search__more')!;
  let results: { data(): Promise<Hit> }[] = [];
  let shown = 0;
  let asked = '';
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  // New results replace the old ones in one step, once they are all there: nothing jumps meanwhile.
  const showMore = async (term: string, replace = false) => {
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (term !== asked) return;
    const first = shown;
    if (replace) list.replaceChildren(...next.map(hitItem));
    else list.append(...next.map(hitItem));
    shown += next.length;
    more.hidden = shown >= results.length;
    status.textContent = results.length === 0 ? t.none(term) : t.count(results.length, term);
    return list.children[first];
  };

  const run = async () => {
    const term = input.value.trim();
    asked = term;
    box.toggleAttribute('data-busy', term !== '');
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    let found;
    try {
      found = await (await loadPagefind()).debouncedSearch(term, {}, 180);
    } catch {
      status.textContent = box.dataset.failed ?? '';
      box.removeAttribute('data-busy');
      return;
    }
    if (!found || term !== asked) return;
    results = found.results;
    shown = 0;
    await showMore(term, true);
    box.removeAttribute('data-busy');
  };

  input.addEventListener('input', () => void run());
  box.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.focus();
  });
  more.addEventListener('click', () => {
    void showMore(asked).then((item) => item?.querySelector('a')?.focus());
  });
  box.addEventListener('keydown', (event) => {
    // A search field would only clear itself on Escape: in the dialog, Escape closes it.
    const dialog = box.closest('dialog');
    if (event.key === 'Escape' && dialog?.open) {
      event.preventDefault();
      return dialog.close();
    }
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1 && document.activeElement !== input) return;
    if (at === -1 && event.key !== 'ArrowDown') return;
    const next = nextIndex(at, event.key, all.length);
    if (next === at) return;
    event.preventDefault();
    (next === -1 ? input : (all[next] ?? input)).focus();
  });

  const q = box.hasAttribute('data-search-inline') ? new URLSearchParams(location.search).get('q') : null;
  if (q) input.value = q;
  // Words typed (or given in ?q=) before this script arrived are searched for now.
  if (input.value.trim()) void run();
}

document.querySelectorAll<HTMLElement>('[data-search]').forEach(attachSearch);
loadPagefind().catch(() => undefined);
