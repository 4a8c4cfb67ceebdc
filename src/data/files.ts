/**
 * Where the plan dataset lives and how entries are named in error messages. Reading is left to
 * the caller (fetch in the browser, readFileSync in Node), so this module stays pure.
 */
import type { PlanFileKey } from './schema.ts';

/** File names under `geodata/plan/`, by role. */
export const PLAN_FILES = {
  sections: 'sections.json',
  targets: 'targets.json',
  actuals: 'actuals-2022.json',
  counties: 'counties.json',
  industries: 'industries.json',
  zones: 'zones.geojson',
  projects: 'projects.geojson',
  baseline: 'baseline.json',
} as const satisfies Record<PlanFileKey, string>;

export const PLAN_FILE_KEYS = Object.keys(PLAN_FILES) as PlanFileKey[];

/** The copy of the primary source kept in the repository (tests check every quote against it). */
export const REPORT_COPY_FILE = 'source/zhangzhou-2023-government-work-report-part2.txt';

/** Every file, already parsed from JSON but not yet validated. */
export type PlanRaw = Record<PlanFileKey, unknown>;

/**
 * How error messages name the lists inside each file: the zones file's `features` are
 * "zones[3]", the baseline file's `entries` are "baseline[5]", and so on.
 */
export const COLLECTION_NAMES: Record<PlanFileKey, Record<string, string>> = {
  sections: { sections: 'sections', review_themes: 'review_themes' },
  targets: { targets: 'targets' },
  actuals: { actuals: 'actuals' },
  counties: { units: 'units', groups: 'groups' },
  industries: { industries: 'industries' },
  zones: { features: 'zones' },
  projects: { features: 'projects' },
  baseline: { entries: 'baseline' },
};
