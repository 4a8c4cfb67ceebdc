import {
  searchTargets,
  type Actual,
  type PlanData,
  type Section,
  type StrengthT,
  type Target,
  type TargetKindT,
} from '../../data/index.ts';

/**
 * The targets browser's state (search, filters, which table) and what it shows, as pure
 * functions, so the table, the address bar and the tests agree. State lives in the URL:
 * `#/targets?q=6.5&kind=growth&scope=zone&strength=aim&show=actuals`.
 */

export const KINDS = [
  'growth',
  'level',
  'count',
  'share',
  'rank',
  'milestone',
  'qualitative',
] as const satisfies readonly TargetKindT[];
export const SCOPES = ['city', 'county', 'zone', 'district-group'] as const;
export const STRENGTHS = [
  'expected',
  'commit',
  'aim',
  'plain',
] as const satisfies readonly StrengthT[];

export type ScopeType = (typeof SCOPES)[number];
export type TableShown = 'targets' | 'actuals';

export interface TargetFilter {
  q: string;
  kind: TargetKindT | null;
  scope: ScopeType | null;
  strength: StrengthT | null;
  show: TableShown;
}

export const EMPTY_FILTER: TargetFilter = {
  q: '',
  kind: null,
  scope: null,
  strength: null,
  show: 'targets',
};

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filter from the address; unknown values are ignored, never trusted. */
export function parseTargetFilter(params: URLSearchParams): TargetFilter {
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    kind: pick(KINDS, params.get('kind')),
    scope: pick(SCOPES, params.get('scope')),
    strength: pick(STRENGTHS, params.get('strength')),
    show: params.get('show') === 'actuals' ? 'actuals' : 'targets',
  };
}

/** Writes the filter to address params, leaving out what is at its default. */
export function formatTargetFilter(filter: TargetFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q.trim() !== '') params.set('q', filter.q);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.scope) params.set('scope', filter.scope);
  if (filter.strength) params.set('strength', filter.strength);
  if (filter.show === 'actuals') params.set('show', 'actuals');
  return params;
}

/**
 * Targets matching the search (every term in ids, names zh/en, section and heading, value,
 * unit or quote: "6.5" finds GDP) and the three filters, in register order.
 */
export function filterTargets(data: PlanData, filter: TargetFilter): Target[] {
  return searchTargets(data, filter.q).filter(
    (t) =>
      (filter.kind === null || t.kind === filter.kind) &&
      (filter.scope === null || t.scope.type === filter.scope) &&
      (filter.strength === null || t.strength === filter.strength),
  );
}

export interface HeadingGroup {
  zh: string;
  en: string;
  targets: Target[];
}

export interface SectionGroup {
  section: Section;
  headings: HeadingGroup[];
}

/** Groups targets by work area, then sub-heading, in the report's order; empty groups dropped. */
export function groupBySection(data: PlanData, targets: readonly Target[]): SectionGroup[] {
  const out: SectionGroup[] = [];
  for (const section of data.sections) {
    const headings = section.headings
      .map((heading) => ({
        zh: heading.zh,
        en: heading.en,
        targets: targets.filter((t) => t.section === section.id && t.heading === heading.zh),
      }))
      .filter((g) => g.targets.length > 0);
    if (headings.length > 0) out.push({ section, headings });
  }
  return out;
}

/** 2022 actuals matching the search (names, value, unit, quote); filters do not apply. */
export function filterActuals(data: PlanData, q: string): Actual[] {
  const terms = q.toLowerCase().split(/\s+/u).filter(Boolean);
  if (terms.length === 0) return data.actuals;
  return data.actuals.filter((a) => {
    const haystack = [a.id, a.name_zh, a.name_en, String(a.value), a.unit, a.source.quote]
      .join('\n')
      .toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
