// Starts a chapter's knowledge check, loaded by LazyIsland.astro when the check nears the screen,
// as a chunk of the page's own bundle: it shares Preact and the storage bundle with the read mark.
import { h } from 'preact';
import KnowledgeCheck from '../../islands/quiz/KnowledgeCheck';
import { startAll } from './start';

startAll('knowledge-check', (props: Parameters<typeof KnowledgeCheck>[0]) => h(KnowledgeCheck, props));
