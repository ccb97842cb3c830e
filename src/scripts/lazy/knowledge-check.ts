// Starts the chapter's knowledge check in the browser. Loaded by Kennischeck.astro's script when the
// check comes near the screen, as a chunk of the page's own bundle: a chapter carries no island
// runtime on first view, and the check shares Preact and the storage bundle with the read mark.
import { h, hydrate } from 'preact';
import KnowledgeCheck from '../islands/quiz/KnowledgeCheck';

for (const el of document.querySelectorAll<HTMLElement>('[data-lazy-island="knowledge-check"]')) {
  if (el.dataset.started !== undefined) continue;
  el.dataset.started = '';
  hydrate(h(KnowledgeCheck, JSON.parse(el.dataset.props!)), el);
}
