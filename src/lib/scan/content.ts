import type { Instrument } from './scoring';

/**
 * What the scan page hands its island, and what the island reads when it needs more. The first
 * screen needs only a little of each instrument, so that is all the page's HTML carries; the items,
 * scales and advice come from a JSON file the build writes beside the page (scan/vragenlijsten.json,
 * decoded by content-codec.ts) when the visitor starts, resumes or opens a result.
 */

/** An instrument as the first screen shows it. */
export interface InstrumentSummary {
  id: string;
  version: number;
  title: string;
  summary: string;
  minutes: number;
  /** How many items it has. */
  items: number;
}

export const summaryOf = (ins: Instrument): InstrumentSummary => ({
  id: ins.id,
  version: ins.version,
  title: ins.title,
  summary: ins.summary,
  minutes: ins.minutes,
  items: ins.items.length,
});

/** Chapter sections the instruments point to: "slug#id" → link and heading text. */
export type Sections = Record<string, { href: string; title: string }>;

/** The instruments in full, in page order, with the sections their results link to. */
export interface ScanContent {
  instruments: Instrument[];
  sections: Sections;
}
