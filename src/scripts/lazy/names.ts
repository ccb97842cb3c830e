/** The components LazyIsland.astro can start, each with its starter in this folder. */
export type LazyIslandName = 'knowledge-check' | 'quotient-mini';
