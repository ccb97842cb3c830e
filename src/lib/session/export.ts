import type { GroupAggregate } from './aggregate';

/**
 * The group's aggregate as files: per scale the statistics and counts per band, never a
 * participant's row or a single score list. Scales below the anonymity floor carry their count only.
 */

export const EXPORT_APP = 'vertrouwenswijzer';
export const EXPORT_KIND = 'groepssessie-overzicht';
export const EXPORT_FORMAT = 1;

export interface ExportContext {
  instrument: { id: string; version: number; title: string };
  scaleNames: Record<string, string>;
  bands: { id: string; label: string }[];
  /** YYYY-MM-DD */
  date: string;
}

const statsOf = (agg: GroupAggregate, ctx: ExportContext) =>
  agg.scales.map((s) =>
    s.shown
      ? {
          scale: s.id,
          name: ctx.scaleNames[s.id] ?? s.id,
          shown: true,
          n: s.n,
          median: s.median,
          q1: s.q1,
          q3: s.q3,
          iqr: s.iqr,
          min: s.min,
          max: s.max,
          bands: Object.fromEntries(s.bands.map((b) => [b.id, b.count])),
        }
      : { scale: s.id, name: ctx.scaleNames[s.id] ?? s.id, shown: false, n: s.n },
  );

export function aggregateJson(agg: GroupAggregate, ctx: ExportContext): string {
  return JSON.stringify(
    {
      app: EXPORT_APP,
      kind: EXPORT_KIND,
      format: EXPORT_FORMAT,
      instrument: { id: ctx.instrument.id, version: ctx.instrument.version, title: ctx.instrument.title },
      date: ctx.date,
      codes: agg.count,
      floor: agg.floor,
      bands: ctx.bands,
      scales: statsOf(agg, ctx),
    },
    null,
    2,
  );
}

/** A spreadsheet cell: quoted when needed, and never read as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row (texts from the caller); numbers with a point as decimal separator. */
export function aggregateCsv(
  agg: GroupAggregate,
  ctx: ExportContext,
  headers: {
    scale: string;
    name: string;
    n: string;
    median: string;
    q1: string;
    q3: string;
    iqr: string;
    min: string;
    max: string;
    hidden: string;
  },
): string {
  const head = [
    headers.scale,
    headers.name,
    headers.n,
    headers.median,
    headers.q1,
    headers.q3,
    headers.iqr,
    headers.min,
    headers.max,
    ...ctx.bands.map((b) => b.label),
  ];
  const names = ctx.scaleNames;
  const rows = agg.scales.map((s): (string | number)[] =>
    s.shown
      ? [
          s.id,
          names[s.id] ?? s.id,
          s.n,
          s.median,
          s.q1,
          s.q3,
          s.iqr,
          s.min,
          s.max,
          ...s.bands.map((b) => b.count),
        ]
      : [s.id, names[s.id] ?? s.id, s.n, headers.hidden, '', '', '', '', '', ...ctx.bands.map(() => '')],
  );
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
