import Cite from './Cite.astro';
import Term from './Term.astro';
import Praktijk from './Praktijk.astro';
import Voorbeeld from './Voorbeeld.astro';
import LetOp from './LetOp.astro';
import ToolBlock from './ToolBlock.astro';
import Kennischeck from './Kennischeck.astro';
import Rekenhulp from './Rekenhulp.astro';

/** What chapters may use without importing anything (see docs/content-guide.md). */
export const mdxComponents = { Cite, Term, Praktijk, Voorbeeld, LetOp, ToolBlock, Kennischeck, Rekenhulp };
