import { useStore } from '../../stores/use-store';
import { useEffect, useState } from 'preact/hooks';
import { quotient, zoneOf, type Factor, type Zone } from '../../lib/quotient/quotient';
import { bestLevers, levers } from '../../lib/quotient/levers';
import type { Case, Kind } from '../../lib/quotient/case';
import { shareFragment } from '../../lib/quotient/share';
import { sameCase, savedNamed } from '../../lib/quotient/relationship-list';
import { relationshipsCodec } from '../../lib/quotient/relationships-codec';
import { $relationships, removeRelationship, saveRelationship } from '../../stores/relationships';
import { quotientText, zoneName } from '../../i18n/quotient/calculator';
import { bestText } from '../../i18n/quotient/factors';
import type { FactorHelp, PageText } from '../../i18n/quotient/page';
import type { ComponentChildren } from 'preact';
import { StorageNotices } from '../shared/StorageNotices';
import { OtherToolLink } from '../shared/OtherToolLink';
import { Announcer, useAnnouncer } from '../shared/Announcer';
import { fill } from './fill';
import type { Message, Place } from './QuotientMessage';
import { QuotientForm } from './QuotientForm';
import type { CalculatorView } from './view';
import { QuotientResult } from './QuotientResult';
import { QuotientCompareTable } from './QuotientCompareTable';
import { QuotientSharePanel } from './QuotientSharePanel';
import { QuotientSharedNotice } from './QuotientSharedNotice';
import { useSharedLink } from './use-shared-link';

export interface SectionLink {
  href: string;
  title: string;
}

interface Props {
  /** Fixed texts (src/i18n/quotient/page.ts), passed in so they travel in the HTML. */
  text: PageText;
  help: Record<Factor, FactorHelp>;
  zoneMeaning: Record<Zone, string>;
  kindName: Record<Kind, string>;
  /** Per factor, the chapter section that helps to work on it (checked at build time). */
  sections: Record<Factor, SectionLink>;
  /** Chapter 2's section on what the model is not. */
  caveatHref: string;
  /** The fixed scale (slot). */
  scale?: ComponentChildren;
}

const fresh = (): Case => ({
  name: '',
  kind: 'colleague',
  scores: { competence: 5, reliability: 5, intentions: 5, integrity: 5, probability: 5, impact: 5 },
});

/**
 * The trust-quotient calculator: weigh one relationship on the six factors, see the result on the
 * scale and what one step on each factor does, save up to four relationships under their names to
 * compare, and share them as a link. A shared link is shown without touching what the visitor
 * saved, until they choose to save it; a broken one is explained and the visitor's own state shows.
 */
export default function QuotientCalculator({ text: t, help, kindName, ...reading }: Props) {
  // The rest (zone meanings, chapter sections, the caveat, the scale) is what the result part shows.
  const stored = useStore($relationships);
  const [draft, setDraft] = useState<Case>(fresh);
  // A short message shown (and announced) where the visitor acted: the form, the table or sharing.
  const [message, setMessage] = useState<Message | null>(null);
  const [link, setLink] = useState('');
  const [moved, setMoved] = useState(false);
  // True while the draft is the untouched middle: no factor set, nothing saved or shared opened.
  const [blank, setBlank] = useState(true);
  const [spoken, announce] = useAnnouncer();

  const { live, shared, problem, keep, leave } = useSharedLink((first, fromAddress) => {
    setDraft(first ?? fresh());
    setBlank(!first);
    if (!fromAddress) return;
    setMessage(null);
    setLink('');
  });

  const saved = live ? stored.relationships : [];
  const list: readonly Case[] = shared ?? saved;
  const q = quotient(draft.scores);
  const zone = zoneOf(q);
  const ranked = levers(draft.scores);
  const best = bestText(bestLevers(ranked), t.bestNone);
  // Saving (also from a shared link) updates a saved relationship of the same name: say so.
  const named = live ? savedNamed(stored, draft.name) : undefined;

  // Said once the visitor pauses on a slider, not at every step.
  useEffect(() => {
    if (!moved) return;
    const timer = setTimeout(
      () => announce(`${t.quotient} ${quotientText(q)}. ${zoneName[zone]}. ${best}`),
      900,
    );
    return () => clearTimeout(timer);
  }, [draft.scores]);

  const edit = (change: Partial<Case>) => {
    setDraft({ ...draft, ...change });
    setMessage(null);
  };
  const say = (text: string, at: Place, problem?: boolean) => setMessage({ text, at, problem });

  const save = () => {
    const result = saveRelationship(draft);
    if (!result.ok) return say(t.saveProblem[result.problem], 'form', true);
    setBlank(false);
    say(fill(t.saved, draft.name.trim()), 'form');
  };

  const saveShared = () => {
    const result = keep();
    if (!result.ok)
      return say(
        fill(result.room > 0 ? t.sharedNoRoom : t.sharedFull, result.room, shared!.length),
        'shared',
        true,
      );
    say(
      result.renamed.length
        ? `${t.sharedSaved} ${fill(t.sharedRenamed, result.renamed.map((r) => fill(t.renamedPair, r.from, r.to)).join(' en '))}`
        : t.sharedSaved,
      'compare',
    );
  };

  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => say(t.copied, 'share'),
      () => say(t.copyFailed, 'share', true),
    );

  const status = !named ? t.draftNew : sameCase(named, draft) ? t.draftSaved : t.draftChanged;

  const view: CalculatorView = { t, kindName, draft, live, message };
  const openCase = (r: Case, isNew = false) => {
    setDraft(r);
    setBlank(isNew);
    setMessage(null);
    document.getElementById('q-name')!.focus();
  };

  return (
    <div class="qcalc">
      <p class="no-js-only">{t.needsJs}</p>
      <StorageNotices keys={[relationshipsCodec.key]} />
      <OtherToolLink here="quotient" />
      <QuotientSharedNotice
        {...view}
        problem={problem}
        shared={!!shared}
        onSave={saveShared}
        onLeave={leave}
      />

      <div class="qcalc__grid">
        <QuotientForm
          {...view}
          help={help}
          q={q}
          named={!!named}
          status={status}
          edit={edit}
          blank={blank}
          onMoved={() => {
            setMoved(true);
            setBlank(false);
          }}
          onSave={save}
          onNew={() => openCase(fresh(), true)}
        />
        <QuotientResult {...view} q={q} ranked={ranked} best={best} blank={blank} {...reading} />
      </div>

      <QuotientCompareTable
        {...view}
        list={list}
        shared={!!shared}
        onOpen={openCase}
        onRemove={(r) => {
          removeRelationship(r.name);
          say(fill(t.removed, r.name), 'compare');
        }}
      />

      <QuotientSharePanel
        {...view}
        list={list}
        link={link}
        onMake={(cases) => {
          setLink(`${location.origin}${location.pathname}#${shareFragment(cases)}`);
          setMessage(null);
        }}
        onCopy={copy}
      />
      <Announcer said={spoken} />
    </div>
  );
}
