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
 * because stored results and plans refer to them.
 */
export const SCAN_SCALES = {
  'vertrouwen-om-mij-heen': [
    'omgeving-bekwaamheid',
    'omgeving-betrouwbaarheid',
    'omgeving-intenties',
    'omgeving-integriteit',
    'omgeving-risico',
    'omgeving-veiligheid',
    'omgeving-organisatie',
  ],
  'mijn-vertrouwenswaardigheid': [
    'eigen-openheid',
    'eigen-consistentie',
    'eigen-verbinding',
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

export const isScanScale = (id: string): id is ScanScale => (SCAN_SCALE_IDS as readonly string[]).includes(id);
