import { useStore } from '../../stores/use-store';
import { useEffect, useState } from 'preact/hooks';
import { FACTORS, quotient, zoneOf, type Factor, type Scores, type Zone } from '../../lib/quotient/quotient';
import { bestLevers, levers, weakestPoints } from '../../lib/quotient/levers';
import { KINDS, MAX_NAME_LENGTH, type Case, type Kind } from '../../lib/quotient/case';
import { readSharedCases, shareFragment } from '../../lib/quotient/share';
import { addShared, removeCase, sameCase, savedNamed, saveCase } from '../../lib/quotient/relationship-list';
import { relationshipsCodec } from '../../lib/quotient/relationships-codec';
import type { ShareProblem } from '../../lib/core/share-code';
import { $relationships } from '../../stores/relationships';
import { quotientText, zoneName } from '../../i18n/quotient/calculator';
import { bestText, factorName, percent, weakestText } from '../../i18n/quotient/factors';
import type { FactorHelp, PageText } from '../../i18n/quotient/page';
import type { ComponentChildren } from 'preact';
import { QuotientReading } from './QuotientReading';
import { QuotientCompareChart } from './QuotientCompareChart';
import { StorageNotices } from '../shared/StorageNotices';

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

const PAIRS: Factor[][] = [
  ['competence', 'reliability'],
  ['intentions', 'integrity'],
  ['probability', 'impact'],
];
const fresh = (): Case => ({
  name: '',
  kind: 'colleague',
  scores: { competence: 5, reliability: 5, intentions: 5, integrity: 5, probability: 5, impact: 5 },
});
const fill = (template: string, ...values: Array<string | number>) => template.replace(/\{(\d)\}/g, (_, i) => String(values[i]));
type Place = 'form' | 'shared' | 'compare' | 'share';
const own = () => $relationships.get().relationships[0] ?? fresh();

/**
 * The trust-quotient calculator: weigh one relationship on the six factors, see the result on the
 * scale and what one step on each factor does, save up to four relationships under their names to
 * compare, and share them as a link. A shared link is shown without touching what the visitor
 * saved, until they choose to save it; a broken one is explained and the visitor's own state shows.
 */
export default function QuotientCalculator({ text: t, help, zoneMeaning, kindName, sections, caveatHref, scale }: Props) {
  const [live, setLive] = useState(false);
  // Until mounted, render what the server rendered (nothing saved, no link), so hydration matches.
  const stored = useStore($relationships);
  const [draft, setDraft] = useState<Case>(fresh);
  const [shared, setShared] = useState<Case[] | null>(null);
  const [linkProblem, setLinkProblem] = useState<ShareProblem | null>(null);
  // A short message shown (and announced) where the visitor acted: the form, the table or sharing.
  const [message, setMessage] = useState<{ text: string; at: Place; problem?: boolean } | null>(null);
  const [link, setLink] = useState('');
  const [moved, setMoved] = useState(false);
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    const fromHash = (arrival: boolean) => {
      const read = readSharedCases(location.hash);
      // Other fragments (a heading) change nothing once the page is open.
      if (!read.ok && read.problem === 'absent' && !arrival) return;
      setShared(read.ok ? read.cases : null);
      // A link followed on this page (not on arrival): bring the calculator into view.
      if (read.ok && !arrival) document.querySelector('.qcalc')!.scrollIntoView();
      setLinkProblem(read.ok || read.problem === 'absent' ? null : read.problem);
      setDraft(read.ok ? read.cases[0] : own());
      setMessage(null);
      setLink('');
    };
    fromHash(true);
    setLive(true);
    const onHash = () => fromHash(false);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const saved = live ? stored.relationships : [];
  const list: readonly Case[] = shared ?? saved;
  const q = quotient(draft.scores);
  const zone = zoneOf(q);
  const ranked = levers(draft.scores);
  const best = bestText(bestLevers(ranked));
  // Saving (also from a shared link) updates a saved relationship of the same name: say so.
  const named = live ? savedNamed(stored, draft.name) : undefined;
  const nameOk = draft.name.trim() !== '';

  // Said once the visitor pauses on a slider, not at every step.
  useEffect(() => {
    if (!moved) return;
    const timer = setTimeout(() => setSpoken(`${t.quotient} ${quotientText(q)}. ${zoneName[zone]}. ${best}`), 900);
    return () => clearTimeout(timer);
  }, [draft.scores]);

  const edit = (change: Partial<Case>) => {
    setDraft({ ...draft, ...change });
    setMessage(null);
  };
  const say = (text: string, at: Place, problem?: boolean) => setMessage({ text, at, problem });
  const note = (at: Place) => (
    <p class={message?.problem ? 'qcalc__message is-problem' : 'qcalc__message'} role="status">
      {message?.at === at && message.text}
    </p>
  );

  const save = () => {
    const result = saveCase($relationships.get(), draft, new Date());
    if (!result.ok) return say(t.saveProblem[result.problem], 'form', true);
    $relationships.set(result.saved);
    say(fill(t.saved, draft.name.trim()), 'form');
  };

  const leaveShared = () => {
    history.replaceState(null, '', location.pathname);
    setShared(null);
    setDraft(own());
  };

  const saveShared = () => {
    const result = addShared($relationships.get(), shared!, new Date());
    if (!result.ok) return say(fill(t.sharedNoRoom, result.room, shared!.length), 'shared', true);
    $relationships.set(result.saved);
    leaveShared();
    say(t.sharedSaved, 'compare');
  };

  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => say(t.copied, 'share'),
      () => say(t.copyFailed, 'share', true),
    );

  const status = !named ? t.draftNew : sameCase(named, draft) ? t.draftSaved : t.draftChanged;

  return (
    <div class="qcalc">
      <p class="no-js-only">{t.needsJs}</p>
      <StorageNotices keys={[relationshipsCodec.key]} />
      {linkProblem && (
        <div class="storage-notice" role="alert">
          <p>
            <strong>{t.badLinkTitle}</strong> {t.shareProblem[linkProblem]} {t.badLinkFallback}
          </p>
        </div>
      )}
      {shared && (
        <section class="qcalc__shared" aria-labelledby="gedeeld">
          <h2 id="gedeeld">{t.sharedTitle}</h2>
          <p>{t.sharedIntro}</p>
          <p class="button-row">
            <button type="button" class="button" onClick={saveShared}>
              {t.saveShared}
            </button>
            <button type="button" class="button button--secondary" onClick={leaveShared}>
              {t.backToOwn}
            </button>
          </p>
          {note('shared')}
        </section>
      )}

      <div class="qcalc__grid">
        <form
          class="qcalc__form"
          aria-labelledby="inschatting"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <h2 id="inschatting">{t.formTitle}</h2>
          <label for="q-name">{t.nameLabel}</label>
          <p id="q-name-hint" class="qcalc__hint">
            {t.nameHint}
          </p>
          <input
            id="q-name"
            type="text"
            autocomplete="off"
            maxLength={MAX_NAME_LENGTH}
            value={draft.name}
            disabled={!live}
            aria-describedby="q-name-hint"
            onInput={(e) => edit({ name: e.currentTarget.value })}
          />
          <fieldset class="qcalc__kinds">
            <legend>{t.kindLegend}</legend>
            {KINDS.map((k) => (
              <label key={k}>
                <input type="radio" name="q-kind" checked={draft.kind === k} disabled={!live} onChange={() => edit({ kind: k })} />
                {kindName[k]}
              </label>
            ))}
          </fieldset>
          {PAIRS.map((pair, i) => (
            <fieldset key={i} class="qcalc__pair">
              <legend>{t.pairs[i]}</legend>
              {pair.map((f) => (
                <div class="qfactor" key={f}>
                  <label for={`q-${f}`}>{factorName[f]}</label>
                  <span class="qfactor__value" aria-hidden="true">
                    {draft.scores[f]}
                  </span>
                  <p id={`q-${f}-q`} class="qcalc__hint">
                    {help[f].question}
                  </p>
                  <input
                    id={`q-${f}`}
                    type="range"
                    min="1"
                    max="10"
                    value={draft.scores[f]}
                    disabled={!live}
                    aria-valuetext={fill(t.valueText, draft.scores[f])}
                    aria-describedby={`q-${f}-q q-${f}-ends`}
                    onInput={(e) => {
                      setMoved(true);
                      edit({ scores: { ...draft.scores, [f]: Number(e.currentTarget.value) } as Scores });
                    }}
                  />
                  <p id={`q-${f}-ends`} class="qcalc__hint qfactor__ends">
                    <span>1: {help[f].low}</span>
                    <span>10: {help[f].high}</span>
                  </p>
                </div>
              ))}
            </fieldset>
          ))}
          <p class="qcalc__sticky" aria-hidden="true">
            {t.quotient} <strong>{quotientText(q)}</strong> · {zoneName[zone]}
          </p>
          <p class="qcalc__hint">{status}</p>
          <p class="button-row">
            <button type="submit" class="button" disabled={!live || !nameOk}>
              {named ? t.saveChanges : t.save}
            </button>
            <button
              type="button"
              class="button button--secondary"
              disabled={!live}
              onClick={() => {
                setDraft(fresh());
                setMessage(null);
                document.getElementById('q-name')!.focus();
              }}
            >
              {t.newOne}
            </button>
          </p>
          {note('form')}
        </form>

        <section class="qcalc__result" aria-labelledby="uitkomst">
          <h2 id="uitkomst">{t.resultTitle}</h2>
          <p class="qcalc__q">
            {nameOk && `${draft.name.trim()}, ${kindName[draft.kind]}. `}
            {t.quotient} <strong>{quotientText(q)}</strong>
          </p>
          <QuotientReading q={q} scale={scale} />
          <p>
            <strong>{zoneName[zone]}.</strong> {zoneMeaning[zone]}
          </p>
          <p class="qcalc__caveat">
            {t.caveat} <a href={caveatHref}>{t.caveatLink}</a>
          </p>
          <h3>{t.leversTitle}</h3>
          <p>{best}</p>
          <p>{weakestText(weakestPoints(ranked))}</p>
          <ol class="qlevers">
            {ranked.map(({ factor: f, from, gain, loss }) => (
              <li key={f}>
                <strong>
                  {gain
                    ? fill(t.leverGain, factorName[f], from, gain.to, quotientText(gain.quotient), percent(gain.change))
                    : fill(t.leverAtBest, factorName[f], from)}
                </strong>{' '}
                {loss && fill(t.leverLoss, percent(loss.change))}
                <span class="qlevers__more">
                  {t.readMore} <a href={sections[f].href}>{sections[f].title}</a>
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section class="qcompare" aria-labelledby="vergelijken">
        <h2 id="vergelijken">{t.compareTitle}</h2>
        <p>{shared ? t.compareShared : t.compareIntro}</p>
        {note('compare')}
        {list.length === 0 ? (
          <p class="muted">{t.compareEmpty}</p>
        ) : (
          <>
            <QuotientCompareChart
              cases={list}
              label={fill(t.compareLabel, list.map((r) => `${r.name} ${quotientText(quotient(r.scores))}`).join('; '))}
            />
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.colName}</th>
                    <th scope="col">{t.colKind}</th>
                    {FACTORS.map((f) => (
                      <th scope="col" key={f}>
                        {factorName[f]}
                      </th>
                    ))}
                    <th scope="col">{t.colQuotient}</th>
                    <th scope="col">{t.colZone}</th>
                    <td class="no-print" />
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => {
                    const rq = quotient(r.scores);
                    const open = sameCase(r, draft);
                    return (
                      <tr key={r.name} class={open ? 'is-open' : undefined}>
                        <th scope="row">
                          {r.name} {open && <span class="muted">{t.isOpen}</span>}
                        </th>
                        <td>{kindName[r.kind]}</td>
                        {FACTORS.map((f) => (
                          <td key={f} class="num">
                            {r.scores[f]}
                          </td>
                        ))}
                        <td class="num">{quotientText(rq)}</td>
                        <td>{zoneName[zoneOf(rq)]}</td>
                        <td class="no-print qcompare__actions">
                          <button
                            type="button"
                            class="button button--secondary"
                            aria-label={fill(t.openLabel, r.name)}
                            onClick={() => {
                              setDraft(r);
                              setMessage(null);
                              document.getElementById('q-name')!.focus();
                            }}
                          >
                            {t.open}
                          </button>
                          {!shared && (
                            <button
                              type="button"
                              class="button button--secondary"
                              aria-label={fill(t.removeLabel, r.name)}
                              onClick={() => {
                                $relationships.set(removeCase($relationships.get(), r.name));
                                say(fill(t.removed, r.name), 'compare');
                              }}
                            >
                              {t.remove}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section class="qshare no-print" aria-labelledby="delen">
        <h2 id="delen">{t.shareTitle}</h2>
        <p>{t.shareIntro}</p>
        <p class="button-row">
          {[
            [t.shareDraft, [draft], !nameOk],
            [t.shareAll, list, list.length === 0],
          ].map(([label, cases, off]) => (
            <button
              type="button"
              class="button button--secondary"
              disabled={!live || (off as boolean)}
              onClick={() => {
                setLink(`${location.origin}${location.pathname}#${shareFragment(cases as Case[])}`);
                setMessage(null);
              }}
            >
              {label as string}
            </button>
          ))}
        </p>
        {link && (
          <p class="qshare__link">
            <label for="q-link">{t.shareLabel}</label>
            <input id="q-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" class="button" onClick={copy}>
              {t.copy}
            </button>
          </p>
        )}
        {note('share')}
      </section>
      <p class="sr-only" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
