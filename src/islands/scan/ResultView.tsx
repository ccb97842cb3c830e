import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { minAnswers, scoreScale, type Instrument, type ScanResult } from '../../lib/scan/scoring';
import { instrumentFor, lowSafetyScales, profileOf, viewResult } from '../../lib/scan/profile';
import { Gaps } from './Gaps';
import { planHref, planScales } from '../../lib/scan/plan-link';
import { encodeShare } from '../../lib/core/share-code';
import { scanResultFormat } from '../../lib/scan/codec';
import { resultFile } from '../../lib/scan/sharing';
import { download } from '../shared/download';
import { ScanBars } from './ScanBars';
import type { Sections } from '../../lib/scan/content';
import { t } from './text';
import { FORMAL_ROUTES_SECTION } from './guide-links';
import { siteHref } from '../shared/site-path';

interface ResultProps {
  ins: Instrument;
  result: ScanResult;
  sections: Sections;
  shared: boolean;
  planPublished: boolean;
  /** Shown above the result: what kind of result this is, and what can be done with it. */
  banner?: ComponentChildren;
  actions: ComponentChildren;
  say: (text: string) => void;
}

/** One result: what stands out, a chart with its table, and per scale what it means and what to read. */
export function ResultView({
  ins: current,
  result,
  sections,
  shared,
  planPublished,
  banner,
  actions,
  say,
}: ResultProps) {
  // A result of an earlier version reads with the scales that version had.
  const ins = instrumentFor(current, result.version);
  const [link, setLink] = useState('');
  const view = viewResult(ins, result);
  const profile = profileOf(ins, view.scores);
  const name = (id: string) => ins.scales.find((s) => s.id === id)?.name ?? id;
  const scoreOf = (id: string) => view.scores[id];
  const date = t.date(result.completedAt);
  const answered = ins.items.filter((i) => result.answers[i.id] !== undefined).length;
  const plan = planPublished
    ? planHref(ins.id, planScales(ins, profile), import.meta.env.BASE_URL)
    : undefined;

  const makeLink = () =>
    setLink(`${location.origin}${location.pathname}#${encodeShare(scanResultFormat, result)}`);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => say(t.copied),
      () => say(t.copyFailed),
    );

  const highlight = (title: string, ids: string[]) => (
    <div class="scan-highlight">
      <h4>{title}</h4>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <a href={`#schaal-${id}`}>{name(id)}</a>: {scoreOf(id)}
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <section class="scan-result" aria-labelledby="scan-result-title">
      {banner}
      <h2 id="scan-result-title" tabIndex={-1} data-focus>
        {shared ? t.sharedTitle(ins.title) : t.resultTitle(ins.title)}
      </h2>
      <p class="muted">
        {view.outdated ? t.completedOnShort(date) : t.completedOn(date, answered, ins.items.length)}
      </p>
      <p class="scan-disclaimer">{t.disclaimer}</p>
      {view.outdated && <p class="scan-note">{t.outdated(result.version, ins.version)}</p>}

      <h3>{t.highlightsTitle}</h3>
      {profile.strengths.length > 0 ? (
        <div class="scan-highlights">
          {highlight(t.strengths, profile.strengths)}
          {highlight(t.growth, profile.growth)}
        </div>
      ) : (
        <p>{profile.flat ? t.flatNote : t.tooFewForHighlights}</p>
      )}
      {profile.uneven && <p class="scan-note">{ins.unevenNote}</p>}
      {profile.even && <p class="scan-note">{t.evenNote}</p>}
      <Gaps ins={ins} scores={view.scores} />

      <h3>{t.chartTitle}</h3>
      <figure class="scan-figure">
        <ScanBars
          bands={ins.bands}
          label={t.chartLabel(ins.title)}
          rows={profile.scales.map((r) => ({ name: r.scale.name, values: [r.score] }))}
        />
      </figure>
      <div class="table-wrap">
        <table class="scan-table">
          <caption class="sr-only">{t.chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scale}</th>
              <th scope="col">{t.score}</th>
              <th scope="col">{t.band}</th>
            </tr>
          </thead>
          <tbody>
            {profile.scales.map((r) => (
              <tr key={r.scale.id}>
                <th scope="row">{r.scale.name}</th>
                <td>{r.score ?? '–'}</td>
                <td>{r.band?.label ?? t.tooFew}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">{t.bandsNote(ins.bands)}</p>

      <h3>{t.perScaleTitle}</h3>
      {profile.scales.map((r) => {
        const unsafe = lowSafetyScales(ins, profile).includes(r.scale.id);
        const s = r.scale;
        const count = scoreScale(ins, s.id, result.answers);
        const mark = profile.growth.includes(s.id)
          ? t.growthMark
          : profile.strengths.includes(s.id)
            ? t.strengthMark
            : '';
        return (
          <article
            class={`scan-scale${mark === t.growthMark ? ' is-growth' : ''}`}
            key={s.id}
            id={`schaal-${s.id}`}
            aria-labelledby={`schaal-${s.id}-titel`}
          >
            <h4 id={`schaal-${s.id}-titel`}>
              {s.name}
              {mark && <span class="scan-mark"> · {mark}</span>}
            </h4>
            <p class="scan-scale__score">
              {r.band ? (
                <>
                  <strong>{r.score}</strong> · {r.band.label}
                </>
              ) : view.outdated ? (
                t.tooFewScaleOld
              ) : (
                t.tooFewScale(count.answered, count.items, minAnswers(count.items))
              )}
            </p>
            <p class="muted">{s.description}</p>
            {r.band && (
              <p>
                {r.band.meaning} {s.advice[r.band.id]}
              </p>
            )}
            {unsafe && (
              <p class="callout callout--letop scan-help">
                {t.safetyHelp} <a href={siteHref('hulp/')}>{t.safetyHelpLink}</a>
              </p>
            )}
            <p class="scan-read">
              {t.readMore}{' '}
              {s.read.map((ref, i) => (
                <span key={ref}>
                  {i > 0 && ', '}
                  <a href={sections[ref]?.href}>{sections[ref]?.title ?? ref}</a>
                </span>
              ))}
            </p>
          </article>
        );
      })}

      <p class="scan-routes">
        {t.formalRoutes} <a href={sections[FORMAL_ROUTES_SECTION]?.href}>{t.formalRoutesLink}</a>.
      </p>

      <div class="scan-actions">
        {plan && (
          <p>
            <a class="button" href={plan}>
              {t.plan}
            </a>
          </p>
        )}
        <p class="button-row">
          <button type="button" class="button button--secondary" onClick={() => print()}>
            {t.print}
          </button>
          {!shared && (
            <>
              <button
                type="button"
                class="button button--secondary"
                onClick={() =>
                  download(
                    `vertrouwensscan-${ins.id}-${result.completedAt.slice(0, 10)}.json`,
                    'application/json',
                    resultFile(result),
                  )
                }
              >
                {t.download}
              </button>
              <button
                type="button"
                class="button button--secondary"
                onClick={makeLink}
                aria-expanded={link !== ''}
              >
                {t.shareMake}
              </button>
            </>
          )}
        </p>
        {link && (
          <div class="scan-share">
            <label for="scan-share-link">{t.shareLabel}</label>
            <input
              id="scan-share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <p class="muted">{t.shareExplain}</p>
            <button type="button" class="button" onClick={copy}>
              {t.copy}
            </button>
          </div>
        )}
        {actions}
      </div>
    </section>
  );
}
