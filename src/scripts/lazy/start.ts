import { hydrate, type ComponentChild } from 'preact';
import type { LazyIslandName } from './names';

/**
 * Hydrates every not yet started component `name` on the page (LazyIsland.astro) with the props
 * the server rendered it with. `data-ready` tells that its controls now work.
 */
export function startAll<P>(name: LazyIslandName, render: (props: P, el: HTMLElement) => ComponentChild) {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-lazy-island="${name}"]`)) {
    if (el.dataset.started !== undefined) continue;
    el.dataset.started = '';
    hydrate(render(JSON.parse(el.dataset.props!) as P, el), el);
    el.dataset.ready = '';
  }
}
