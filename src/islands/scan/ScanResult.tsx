import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { minAnswers, scoreScale, type Instrument, type ScanBand, type ScanResult } from '../../lib/scan/scoring';
import { compareResults, instrumentFor, profileOf, viewResult } from '../../lib/scan/profile';
import { planHref, planScales } from '../../lib/scan/plan-link';
import { encodeShare } from '../../lib/core/share-code';
import { scanResultFormat } from '../../lib/scan/codec';
import { resultFile } from '../../lib/scan/sharing';
import { scanText } from '../../i18n/scan/scan';
import { scanResultText } from '../../i18n/scan/result';
import { $scan } from '../../stores/scan';
import { addResult } from '../../lib/scan/draft';
import { download } from '../shared/download';
import { Gaps } from './Gaps';

// Loaded with this view, on demand: reading links and files needs the same code.
export { parseResultFile, readSharedResult } from '../../lib/scan/sharing';
export { scanResultText };

const t = { ...scanText, ...scanResultText };

/** Chapter sections the instruments point to: "slug#id" → link and heading text. */
export type Sections = Record<string, { href: string; title: string }>;

const FORMAL_ROUTES = '/gids/vertrouwen-herstellen/#wanneer-formele-routes-voorgaan';
/** Share of the chart's width that stands for 0–100; the rest holds the value labels. */
const SPAN = 0.85;
const pct = (n: number) => `${n * SPAN}%`;

interface BarRow {
  name: string;
  values: Array<number | null | undefined>;
}

/** Horizontal bars per scale over the bands; widths in % so text keeps its size on any screen. */
function Bars({ rows, bands, label }: { rows: BarRow[]; bands: ScanBand[]; label: string }) {
  const series = rows[0]?.values.length ?? 1;
  const rowH = 24 + series * 18;
  const top = 22;
  const height = top + rows.length * rowH + 24;
  return (
    <svg class="scan-chart" role="img" aria-label={label} width="100%" height={height}>
      {bands.map((b, i) => {
        const end = bands[i + 1]?.from ?? 100;
        return (
          <g key={b.id}>
            <rect class={`scan-chart__band scan-chart__band--${i % 2}`} x={pct(b.from)} y={top} width={pct(end - b.from)} height={height - top - 24} />
            <text class="scan-chart__band-label" x={pct(b.from)} dx="4" y="14">
              {b.label}
            </text>
          </g>
        );
      })}
      {rows.map((r, i) => {
        const y = top + i * rowH;
        return (
          <g key={r.name}>
            <text class="scan-chart__name" x="0" dx="4" y={y + 17}>
              {r.name}
            </text>
            {r.values.map((v, j) => {
              const by = y + 24 + j * 18;
              return typeof v === 'number' ? (
                <g key={j}>
                  <rect class={`scan-chart__bar scan-chart__bar--${j}`} x="0" y={by} width={pct(Math.max(v, 0.5))} height="13" rx="2" />
                  <text class="scan-chart__value" x={pct(v)} dx="5" y={by + 11}>
                    {v}
                  </text>
                </g>
              ) : (
                <text key={j} class="scan-chart__none" x="0" dx="4" y={by + 11}>
                  {v === null ? t.tooFew : t.notInVersion}
                </text>
              );
            })}
          </g>
        );
      })}
      {[0, 25, 50, 75, 100].map((x) => (
        <text key={x} class="scan-chart__tick" x={pct(x)} y={height - 6} text-anchor={x === 0 ? 'start' : 'middle'}>
          {x}
        </text>
      ))}
    </svg>
  );
}

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
export function ResultView({ ins: current, result, sections, shared, planPublished, banner, actions, say }: ResultProps) {
  // A result of an earlier version reads with the scales that version had.
  const ins = instrumentFor(current, result.version);
  const [link, setLink] = useState('');
  const view = viewResult(ins, result);
  const profile = profileOf(ins, view.scores);
  const name = (id: string) => ins.scales.find((s) => s.id === id)?.name ?? id;
  const scoreOf = (id: string) => view.scores[id];
  const date = t.date(result.completedAt);
  const answered = ins.items.filter((i) => result.answers[i.id] !== undefined).length;
  const plan = planPublished ? planHref(ins.id, planScales(ins, profile)) : undefined;

  const makeLink = () => setLink(`${location.origin}${location.pathname}#${encodeShare(scanResultFormat, result)}`);
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
      <p class="muted">{view.outdated ? t.completedOnShort(date) : t.completedOn(date, answered, ins.items.length)}</p>
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
        <Bars bands={ins.bands} label={t.chartLabel(ins.title)} rows={profile.scales.map((r) => ({ name: r.scale.name, values: [r.score] }))} />
      </figure>
      <div class="table-wrap">
        <table>
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
        const s = r.scale;
        const count = scoreScale(ins, s.id, result.answers);
        const mark = profile.growth.includes(s.id) ? t.growthMark : profile.strengths.includes(s.id) ? t.strengthMark : '';
        return (
          <article class={`scan-scale${mark === t.growthMark ? ' is-growth' : ''}`} key={s.id} id={`schaal-${s.id}`} aria-labelledby={`schaal-${s.id}-titel`}>
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
        {t.formalRoutes} <a href={FORMAL_ROUTES}>{t.formalRoutesLink}</a>.
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
                onClick={() => download(`vertrouwensscan-${ins.id}-${result.completedAt.slice(0, 10)}.json`, 'application/json', resultFile(result))}
              >
                {t.download}
              </button>
              <button type="button" class="button button--secondary" onClick={makeLink} aria-expanded={link !== ''}>
                {t.shareMake}
              </button>
            </>
          )}
        </p>
        {link && (
          <div class="scan-share">
            <label for="scan-share-link">{t.shareLabel}</label>
            <input id="scan-share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
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

/** Two results of one instrument side by side: change per scale, as a chart and a table. */
export function CompareView({ ins, a, b, onBack }: { ins: Instrument; a: ScanResult; b: ScanResult; onBack: () => void }) {
  const c = compareResults(ins, a, b);
  const first = t.dateTime(c.earlier.completedAt);
  const second = t.dateTime(c.later.completedAt);
  const moved = c.rows.filter((r) => r.change !== null && r.change !== 0).sort((x, y) => y.change! - x.change!);
  const up = moved[0]?.change! > 0 ? moved[0] : undefined;
  const down = moved.at(-1)?.change! < 0 ? moved.at(-1) : undefined;
  return (
    <section class="scan-result" aria-labelledby="scan-compare-title">
      <h2 id="scan-compare-title" tabIndex={-1} data-focus>
        {t.comparisonTitle(ins.title)}
      </h2>
      <p>{t.comparisonIntro(first, second)}</p>
      <p class="scan-disclaimer">{t.disclaimer}</p>
      {c.mixedVersions && <p class="scan-note">{t.comparisonMixed}</p>}
      {(up || down) && (
        <p>
          {up && t.up(up.scale.name, t.signed(up.change!))} {down && t.down(down.scale.name, t.signed(down.change!))}
        </p>
      )}
      <figure class="scan-figure">
        <Bars bands={ins.bands} label={t.comparisonChart(first, second)} rows={c.rows.map((r) => ({ name: r.scale.name, values: [r.before, r.after] }))} />
        <figcaption class="scan-legend" aria-hidden="true">
          <span class="scan-legend__0">{t.legend(t.earlier, first)}</span> <span class="scan-legend__1">{t.legend(t.later, second)}</span>
        </figcaption>
      </figure>
      <div class="table-wrap">
        <table>
          <caption class="sr-only">{t.comparisonTitle(ins.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scale}</th>
              <th scope="col">{t.earlier}</th>
              <th scope="col">{t.later}</th>
              <th scope="col">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr key={r.scale.id}>
                <th scope="row">{r.scale.name}</th>
                <td>{r.before ?? '–'}</td>
                <td>{r.after ?? '–'}</td>
                <td>{r.change === null ? t.noChange : t.signed(r.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="scan-actions button-row">
        <button type="button" class="button button--secondary" onClick={() => print()}>
          {t.print}
        </button>
        <button type="button" class="button button--secondary" onClick={onBack}>
          {t.toOverview}
        </button>
      </p>
    </section>
  );
}

/** Above a result opened from a link: it is not on this device until the visitor chooses to keep it. */
export function SharedBanner({ result, saved, say }: { result: ScanResult; saved: boolean; say: (s: string) => void }) {
  return (
    <div class="scan-banner">
      <p>{t.sharedBanner}</p>
      {saved ? (
        <p>
          <strong>{t.sharedAlready}</strong>
        </p>
      ) : (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            $scan.set(addResult($scan.get(), result).state);
            say(t.sharedSaved);
          }}
        >
          {t.sharedSave}
        </button>
      )}
    </div>
  );
}
