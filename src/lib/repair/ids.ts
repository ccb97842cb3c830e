/**
 * The values a repair plan's answers can take, and the scan scale ids (fixed by the contract with
 * the scan). Kept apart from the rules so that what stores a plan stays small.
 */

export const RELATIONSHIPS = ['collega', 'team', 'teams', 'organisatie'] as const;
export const ROLES = ['veroorzaker', 'geschaad', 'begeleider'] as const;
export const VIOLATIONS = ['competentie', 'integriteit', 'welwillendheid'] as const;
export const SEVERITIES = ['klein', 'ernstig', 'herhaald'] as const;
export const TIMINGS = ['dagen', 'weken', 'maanden'] as const;
export const TALKED = ['ja', 'nee'] as const;
export const PHASES = ['nu', 'deze-week', 'komende-maanden'] as const;
/** Matters that are not a trust exercise: a formal route goes first. */
export const SAFETY_CONCERNS = ['intimidatie', 'discriminatie', 'geweld', 'fraude', 'onveilig'] as const;

/** The answers that make up a situation, each with the values it can take. */
export const SITUATION_ANSWERS = {
  relationship: RELATIONSHIPS,
  role: ROLES,
  violation: VIOLATIONS,
  severity: SEVERITIES,
  timing: TIMINGS,
  talked: TALKED,
} as const;

export type Relationship = (typeof RELATIONSHIPS)[number];
export type Role = (typeof ROLES)[number];
export type Violation = (typeof VIOLATIONS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Timing = (typeof TIMINGS)[number];
export type Talked = (typeof TALKED)[number];
export type Phase = (typeof PHASES)[number];
export type SafetyConcern = (typeof SAFETY_CONCERNS)[number];

/**
 * Scan scale ids, fixed by the contract with the scan: unique across instruments and stable,
 * because stored results and plans refer to them. Version 2 of the scan split four scales of
 * "Vertrouwen om mij heen" by whom they ask about (colleagues, leader) and split
 * "Verbinding en discretie" of "Mijn vertrouwenswaardigheid" into three.
 */
export const SCAN_SCALES = {
  'vertrouwen-om-mij-heen': [
    'collegas-bekwaamheid',
    'leiding-bekwaamheid',
    'collegas-betrouwbaarheid',
    'leiding-betrouwbaarheid',
    'collegas-intenties',
    'leiding-intenties',
    'collegas-integriteit',
    'leiding-integriteit',
    'omgeving-risico',
    'omgeving-veiligheid',
    'omgeving-organisatie',
  ],
  'mijn-vertrouwenswaardigheid': [
    'eigen-openheid',
    'eigen-consistentie',
    'eigen-verbinding',
    'eigen-erkenning',
    'eigen-discretie',
    'eigen-leiderschap',
    'eigen-moed',
    'eigen-discipline',
    'eigen-verantwoordelijkheid',
  ],
} as const;
export type ScanInstrument = keyof typeof SCAN_SCALES;
export type ScanScale = (typeof SCAN_SCALES)[ScanInstrument][number];
export const SCAN_SCALE_IDS: readonly ScanScale[] = Object.values(SCAN_SCALES).flat();
export const MAX_SCAN_SCALES = 4;

export const isScanScale = (id: string): id is ScanScale =>
  (SCAN_SCALE_IDS as readonly string[]).includes(id);

/**
 * Scale ids of version 1 of the scan that no longer exist, with the scales that ask the same now.
 * A hand-off link from an old result and a plan saved with an old id both read through this, so
 * neither breaks. (eigen-verbinding kept its id: it still measures connection, now without the
 * recognition and discretion that have scales of their own.)
 */
export const RETIRED_SCAN_SCALES: Readonly<Record<string, readonly ScanScale[]>> = {
  'omgeving-bekwaamheid': ['collegas-bekwaamheid', 'leiding-bekwaamheid'],
  'omgeving-betrouwbaarheid': ['collegas-betrouwbaarheid', 'leiding-betrouwbaarheid'],
  'omgeving-intenties': ['collegas-intenties', 'leiding-intenties'],
  'omgeving-integriteit': ['collegas-integriteit', 'leiding-integriteit'],
};

/** Current and retired scale ids: what a stored plan or a hand-off link may hold. */
export const KNOWN_SCAN_SCALE_IDS: readonly string[] = [
  ...SCAN_SCALE_IDS,
  ...Object.keys(RETIRED_SCAN_SCALES),
];

/**
 * Scale ids as the current scan has them: a retired id becomes its successors (in place, without
 * repeats), at most MAX_SCAN_SCALES; ids nobody knows are returned apart.
 */
export function currentScanScales(ids: readonly string[]): { scales: ScanScale[]; unknown: string[] } {
  const scales: ScanScale[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const now = isScanScale(id) ? [id] : RETIRED_SCAN_SCALES[id];
    if (!now) unknown.push(id);
    else for (const s of now) if (!scales.includes(s)) scales.push(s);
  }
  return { scales: scales.slice(0, MAX_SCAN_SCALES), unknown };
}
