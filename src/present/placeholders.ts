/**
 * Placeholders in scene titles and notes: `{{kind:arg}}`, filled from the plan data or the
 * engine when the scene is shown. A deck never types a figure into its text, so a rehearsal,
 * the briefing and the handout all say what the data and the model say.
 *
 *   古雷石化基地工业产值目标{{target:gulei.output}}，达成概率{{p:gulei.output}}。
 */
import { DRIVER_IDS, OUTPUT_IDS } from '../model/index.ts';
import type { DeckContext } from './deck-schema';

/** What each placeholder kind refers to; `null` when it takes no argument. */
export const PLACEHOLDER_KINDS = {
  /** A plan target as the report phrases it: 超1,000亿元. */
  target: 'target',
  'target.name': 'target',
  'zone.name': 'zone',
  /** A zone's area (km²), from the plan data. */
  'zone.area': 'zone',
  /** How many areas a park has (the twin park's five). */
  'zone.areas': 'zone',
  'unit.name': 'unit',
  'industry.name': 'industry',
  /** How many units' plans name an industry (or a narrower term), as the map marks them. */
  'industry.count': 'industry',
  /** How many quantified headline targets the plan sets. */
  'headline.count': null,
  /** Probability of meeting an output's target under the scene's scenario. */
  p: 'output',
  /** Full-year median projection. */
  median: 'output',
  /** Median minus target (个百分点 for growth). */
  gap: 'output',
  /** The same under the plan-consistent scenario with the scene's seed. */
  'plan.p': 'output',
  'plan.median': 'output',
  /** What the remaining quarters must deliver (needs a `required` panel). */
  required: 'output',
  'required.p': 'output',
  /** The scene scenario's driver value, and the plan's. */
  driver: 'driver',
  'driver.plan': 'driver',
  seed: null,
  paths: null,
} as const;
export type PlaceholderKind = keyof typeof PLACEHOLDER_KINDS;

export interface Placeholder {
  kind: PlaceholderKind;
  arg: string;
}

/** Placeholder kinds whose value comes from a simulation. */
export const ENGINE_KINDS: ReadonlySet<PlaceholderKind> = new Set([
  'p',
  'median',
  'gap',
  'plan.p',
  'plan.median',
  'required',
  'required.p',
]);

const TOKEN = /\{\{\s*([a-z.]+)(?::([A-Za-z0-9_.-]+))?\s*\}\}/g;

export function isPlaceholderKind(kind: string): kind is PlaceholderKind {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDER_KINDS, kind);
}

/** Every placeholder in a text, in order (unknown kinds are left out; see checkTemplate). */
export function placeholdersIn(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind = m[1] ?? '';
    if (isPlaceholderKind(kind)) out.push({ kind, arg: m[2] ?? '' });
  }
  return out;
}

const OUTPUTS = new Set<string>(OUTPUT_IDS);
const DRIVERS = new Set<string>(DRIVER_IDS);

/** Problems with a text's placeholders (unknown kinds or ids, stray braces); empty when fine. */
export function checkTemplate(text: string, context: DeckContext = {}): string[] {
  const problems: string[] = [];
  const rest = text.replace(TOKEN, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    problems.push('has "{{" or "}}" that is not a placeholder like {{p:gdp}}');
  }
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const kind = m[1] ?? '';
    const arg = m[2];
    if (!isPlaceholderKind(kind)) {
      problems.push(`${token}: unknown placeholder "${kind}"`);
      continue;
    }
    const wants = PLACEHOLDER_KINDS[kind];
    if (wants === null) {
      if (arg !== undefined) problems.push(`${token}: takes no argument`);
      continue;
    }
    if (arg === undefined) {
      problems.push(`${token}: needs an argument, like {{${kind}:…}}`);
      continue;
    }
    const sets: Record<typeof wants, ReadonlySet<string> | undefined> = {
      output: OUTPUTS,
      driver: DRIVERS,
      target: context.targets,
      zone: context.zones,
      unit: context.units,
      industry: context.industries,
    };
    const set = sets[wants];
    if (set && !set.has(arg)) problems.push(`${token}: unknown ${wants} "${arg}"`);
  }
  return problems;
}

/**
 * Replaces each placeholder with `value(placeholder)`; a placeholder the resolver cannot fill
 * (no result yet) becomes "…", an unknown one is left as written.
 */
export function fillTemplate(text: string, value: (p: Placeholder) => string | null): string {
  return text.replace(TOKEN, (whole, kind: string, arg: string | undefined) => {
    if (!isPlaceholderKind(kind)) return whole;
    return value({ kind, arg: arg ?? '' }) ?? '…';
  });
}
