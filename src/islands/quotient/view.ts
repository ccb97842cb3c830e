import type { Case, Kind } from '../../lib/quotient/case';
import type { PageText } from '../../i18n/quotient/page';
import type { Message } from './QuotientMessage';

/** What every part of the calculator shows from: its texts, the open relationship and the last message. */
export interface CalculatorView {
  t: PageText;
  kindName: Record<Kind, string>;
  draft: Case;
  /** False until running in the browser: the controls do nothing before that. */
  live: boolean;
  message: Message | null;
}
