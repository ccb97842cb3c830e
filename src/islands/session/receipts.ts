import { tally, type Receipt } from '../../lib/session/collect';
import type { ReceiveOutcome } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';

export interface Report {
  /** True when something went wrong and the facilitator must look. */
  problem: boolean;
  lines: string[];
}

const ORDER: Receipt[] = [
  'accepted',
  'duplicate',
  'closed',
  'full',
  'other-session',
  'other-version',
  'truncated',
  'damaged',
  'unknown-format',
];

/** One message for everything a paste, file or scan brought in. */
export function reportOf(outcome: ReceiveOutcome): Report {
  if (!outcome.ok) return { problem: true, lines: [outcome.problem === 'too-large' ? t.tooLarge : t.noKey] };
  if (outcome.receipts.length === 0) return { problem: true, lines: [t.nothingFound] };
  const counts = tally(outcome.receipts);
  const lines = ORDER.flatMap((r) => (counts[r] ? [t.receipt[r](counts[r])] : []));
  const problem = outcome.receipts.some((r) => r !== 'accepted' && r !== 'duplicate');
  return { problem, lines: problem ? [...lines, t.nothingLost] : lines };
}
