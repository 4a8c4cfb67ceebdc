/**
 * Read-only queries the UI needs over a validated dataset: targets by section, scope, zone and
 * county; zones and projects in a county; search. Industry queries live in `industries.ts`.
 */
import type {
  Actual,
  BaselineEntry,
  CountyUnit,
  PlanData,
  ProjectFeature,
  Section,
  SectionIdT,
  Target,
  TargetScopeT,
  ZoneFeature,
} from './schema.ts';

export const getTarget = (data: PlanData, id: string): Target | undefined =>
  data.targets.find((t) => t.id === id);
export const getActual = (data: PlanData, id: string): Actual | undefined =>
  data.actuals.find((a) => a.id === id);
export const getUnit = (data: PlanData, adcode: string): CountyUnit | undefined =>
  data.units.find((u) => u.adcode === adcode);
export const getZone = (data: PlanData, id: string): ZoneFeature | undefined =>
  data.zones.features.find((f) => f.properties.id === id);
export const getProject = (data: PlanData, id: string): ProjectFeature | undefined =>
  data.projects.features.find((f) => f.properties.id === id);
export const getBaseline = (data: PlanData, id: string): BaselineEntry | undefined =>
  data.baseline.find((b) => b.id === id);
export const getSection = (data: PlanData, id: SectionIdT): Section | undefined =>
  data.sections.find((s) => s.id === id);

/** English of a sub-heading, or undefined if the section has no such heading. */
export const headingEn = (
  data: PlanData,
  section: SectionIdT,
  headingZh: string,
): string | undefined => getSection(data, section)?.headings.find((h) => h.zh === headingZh)?.en;

/** Targets of one work area, in register order. */
export const targetsBySection = (data: PlanData, section: SectionIdT): Target[] =>
  data.targets.filter((t) => t.section === section);

/** The register grouped by work area, in section order (headline first). */
export const groupTargetsBySection = (data: PlanData): { section: Section; targets: Target[] }[] =>
  data.sections.map((section) => ({ section, targets: targetsBySection(data, section.id) }));

const NUMERIC = new Set(['growth', 'level', 'count', 'share', 'rank']);

/** Whether a target carries a number (not a milestone or qualitative commitment). */
export const isNumericTarget = (t: Target): boolean => NUMERIC.has(t.kind);

/** The ten quantified headline targets (完成节能减排任务 is headline but not quantified). */
export const headlineTargets = (data: PlanData): Target[] =>
  targetsBySection(data, 'headline').filter(isNumericTarget);

/** Targets with exactly this scope. */
export const targetsByScope = (data: PlanData, scope: TargetScopeT): Target[] =>
  data.targets.filter((t) => t.scope.type === scope.type && t.scope.id === scope.id);

/**
 * Targets of a zone: those scoped to it and those its feature lists (e.g. project milestones
 * inside it), in register order, each once.
 */
export function targetsForZone(data: PlanData, zoneId: string): Target[] {
  const listed = new Set(getZone(data, zoneId)?.properties.targets ?? []);
  return data.targets.filter(
    (t) => listed.has(t.id) || (t.scope.type === 'zone' && t.scope.id === zoneId),
  );
}

export interface CountyTarget {
  target: Target;
  /** county: scoped to the unit; group: to a group that includes it (每个县区 …);
   * zone: to a zone that lies in it (only with `includeZones`). */
  via: 'county' | 'group' | 'zone';
}

/** Targets that concern one county-level unit. */
export function targetsForCounty(
  data: PlanData,
  adcode: string,
  options: { includeGroups?: boolean; includeZones?: boolean } = {},
): CountyTarget[] {
  const { includeGroups = true, includeZones = false } = options;
  const groups = new Set(data.groups.filter((g) => g.members?.includes(adcode)).map((g) => g.id));
  const zones = new Set(zonesInCounty(data, adcode).map((z) => z.properties.id));
  const out: CountyTarget[] = [];
  for (const target of data.targets) {
    const { type, id } = target.scope;
    if (type === 'county' && id === adcode) out.push({ target, via: 'county' });
    else if (includeGroups && type === 'district-group' && groups.has(id))
      out.push({ target, via: 'group' });
    else if (includeZones && type === 'zone' && zones.has(id)) out.push({ target, via: 'zone' });
  }
  return out;
}

/** Zones whose `county` is this unit (zones without a known unit are never included). */
export const zonesInCounty = (data: PlanData, adcode: string): ZoneFeature[] =>
  data.zones.features.filter((f) => f.properties.county === adcode);

/** Projects whose `county` is this unit; `county_basis` tells how that is known. */
export const projectsInCounty = (data: PlanData, adcode: string): ProjectFeature[] =>
  data.projects.features.filter((f) => f.properties.county === adcode);

/** Projects inside a zone. */
export const projectsInZone = (data: PlanData, zoneId: string): ProjectFeature[] =>
  data.projects.features.filter((f) => f.properties.zone === zoneId);

/** The area zones of a park (the twin park's five), in the order the park lists them. */
export function parkAreas(data: PlanData, parkId: string): ZoneFeature[] {
  const ids = getZone(data, parkId)?.properties.areas ?? [];
  return ids.flatMap((id) => getZone(data, id) ?? []);
}

/** Zones and projects the map cannot draw (geometry null), for a "not on the map" list. */
export const unplacedFeatures = (data: PlanData): (ZoneFeature | ProjectFeature)[] =>
  [...data.zones.features, ...data.projects.features].filter((f) => f.geometry === null);

export type TargetPlace =
  { type: 'zone'; id: string } | { type: 'county'; id: string } | { type: 'project'; id: string };

/**
 * Where a target points on the map: its zone, its county, or its project (for milestones),
 * or null for city-wide targets and groups.
 */
export function targetPlace(data: PlanData, target: Target): TargetPlace | null {
  if (target.scope.type === 'zone') return { type: 'zone', id: target.scope.id };
  if (target.scope.type === 'county') return { type: 'county', id: target.scope.id };
  if (target.project !== undefined && getProject(data, target.project))
    return { type: 'project', id: target.project };
  return null;
}

/**
 * Case-insensitive search over ids, names, section and heading, value, unit and quote; every
 * whitespace-separated term must match. "6.5 GDP" finds headline.gdp.
 */
export function searchTargets(data: PlanData, query: string): Target[] {
  const terms = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (terms.length === 0) return data.targets;
  return data.targets.filter((t) => {
    const section = getSection(data, t.section);
    const haystack = [
      t.id,
      t.name_zh,
      t.name_en,
      t.heading,
      section?.title_zh,
      section?.title_en,
      t.value === null ? '' : String(t.value),
      t.unit,
      t.source.quote,
    ]
      .join('\n')
      .toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
