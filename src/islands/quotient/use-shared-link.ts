import { useState } from 'preact/hooks';
import type { Case } from '../../lib/quotient/case';
import { readSharedCases } from '../../lib/quotient/share';
import type { ShareProblem } from '../../lib/core/share-code';
import { ownFirstRelationship, saveSharedRelationships } from '../../stores/relationships';
import { useFragment } from '../shared/use-fragment';

/**
 * What the calculator opens with, and a shared link. On arrival, and whenever a link is followed
 * on the page, `open` gets the link's first relationship, else the visitor's own first (or none:
 * a fresh one). A link is shown without touching what the visitor saved, until they save it
 * (`keep`) or go back to their own (`leave`); a broken one leaves its `problem` and their own state.
 * `open` is kept from the first render: it may only set state.
 */
export function useSharedLink(open: (first: Case | undefined, fromAddress: boolean) => void) {
  // False until mounted: render what the server rendered (nothing saved, no link), so hydration matches.
  const [live, setLive] = useState(false);
  const [shared, setShared] = useState<Case[] | null>(null);
  const [problem, setProblem] = useState<ShareProblem | null>(null);

  useFragment(readSharedCases, (read, arrival) => {
    if (arrival) setLive(true);
    // Other fragments (a heading) change nothing once the page is open.
    if (read.kind === 'none' && !arrival) return;
    setShared(read.kind === 'ok' ? read.value : null);
    // A link followed on this page (not on arrival): bring the calculator into view.
    if (read.kind === 'ok' && !arrival) document.querySelector('.qcalc')!.scrollIntoView();
    setProblem(read.kind === 'problem' ? read.problem : null);
    // A shared link that reads as ok holds at least one relationship.
    open(read.kind === 'ok' ? read.value[0]! : ownFirstRelationship(), true);
  });

  /** Back to the visitor's own relationships; the link leaves the address bar. */
  const leave = () => {
    history.replaceState(null, '', location.pathname);
    setShared(null);
    open(ownFirstRelationship(), false);
  };

  /** Saves the shared relationships with the visitor's own and, once saved, shows their own. */
  const keep = () => {
    const result = saveSharedRelationships(shared!);
    if (result.ok) leave();
    return result;
  };

  return { live, shared, problem, keep, leave };
}
