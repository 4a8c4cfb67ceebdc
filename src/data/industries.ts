/**
 * Industry queries: which industries a unit plans, which units plan an industry, and the
 * counties × industries matrix. A printed label keeps its wording; its mapping to the shared
 * vocabulary says how close it is (exact / qualified / component).
 */
import type { CountyUnit, Industry, IndustryLabel, IndustryMatchT, PlanData } from './schema.ts';

/** The industry and all its ancestors, nearest first. */
export function industryAncestors(data: PlanData, id: string): Industry[] {
  const byId = new Map(data.industries.map((x) => [x.id, x]));
  const out: Industry[] = [];
  let parent = byId.get(id)?.parent ?? null;
  while (parent !== null && out.length < data.industries.length) {
    const next = byId.get(parent);
    if (!next) break;
    out.push(next);
    parent = next.parent;
  }
  return out;
}

/** All descendants of an industry (children, grandchildren …). */
export function industryDescendants(data: PlanData, id: string): Industry[] {
  return data.industries.filter((x) => industryAncestors(data, x.id).some((a) => a.id === id));
}

export interface ResolvedLabel {
  label: IndustryLabel;
  industries: { industry: Industry; match: IndustryMatchT }[];
}

/** A unit's planned industries in printed order, with vocabulary entries resolved. */
export function industriesOfCounty(data: PlanData, adcode: string): ResolvedLabel[] {
  const byId = new Map(data.industries.map((x) => [x.id, x]));
  const unit = data.units.find((u) => u.adcode === adcode);
  return (unit?.industries ?? []).map((label) => ({
    label,
    industries: label.maps.flatMap((m) => {
      const industry = byId.get(m.industry);
      return industry ? [{ industry, match: m.match }] : [];
    }),
  }));
}

/**
 * same: the label maps to this industry; narrower: to one of its descendants (食品加工 when
 * asking for 食品); broader: to one of its ancestors (食品医药 → 食品 when asking for 食品加工).
 */
export type IndustryRelation = 'same' | 'narrower' | 'broader';

export interface CountyIndustryHit {
  unit: CountyUnit;
  labels: {
    label: IndustryLabel;
    industry: string;
    match: IndustryMatchT;
    relation: IndustryRelation;
  }[];
}

/**
 * Units whose plan includes an industry. By default only `same` and `narrower` count, so
 * 食品加工 / food_processing gives exactly the units that print 食品加工; pass
 * `relations: ['same', 'narrower', 'broader']` to add units with a broader label (食品医药).
 */
export function countiesByIndustry(
  data: PlanData,
  industryId: string,
  options: { relations?: IndustryRelation[] } = {},
): CountyIndustryHit[] {
  const relations = new Set(options.relations ?? ['same', 'narrower']);
  const narrower = new Set(industryDescendants(data, industryId).map((x) => x.id));
  const broader = new Set(industryAncestors(data, industryId).map((x) => x.id));
  const relationOf = (id: string): IndustryRelation | null =>
    id === industryId ? 'same' : narrower.has(id) ? 'narrower' : broader.has(id) ? 'broader' : null;
  return data.units.flatMap((unit) => {
    const labels = unit.industries.flatMap((label) =>
      label.maps.flatMap((m) => {
        const relation = relationOf(m.industry);
        return relation !== null && relations.has(relation)
          ? [{ label, industry: m.industry, match: m.match, relation }]
          : [];
      }),
    );
    return labels.length > 0 ? [{ unit, labels }] : [];
  });
}

export interface IndustryMatrix {
  /** Units with a "3+X" list (the seven counties), in dataset order. */
  rows: CountyUnit[];
  /** Vocabulary terms some label maps to directly, in vocabulary order. */
  columns: Industry[];
  /** One cell per (row, column) that has at least one label; absent cells are empty. */
  cells: { adcode: string; industry: string; labels: IndustryLabel[]; match: IndustryMatchT }[];
}

const MATCH_ORDER: IndustryMatchT[] = ['exact', 'qualified', 'component'];

/** The counties × industries matrix for the comparison chart (direct mappings only). */
export function industryMatrix(data: PlanData): IndustryMatrix {
  const rows = data.units.filter((u) => u.industries.length > 0);
  const used = new Set(
    rows.flatMap((u) => u.industries.flatMap((l) => l.maps.map((m) => m.industry))),
  );
  const columns = data.industries.filter((x) => used.has(x.id));
  const cells: IndustryMatrix['cells'] = [];
  for (const unit of rows) {
    for (const column of columns) {
      const hits = unit.industries.flatMap((label) =>
        label.maps.filter((m) => m.industry === column.id).map((m) => ({ label, match: m.match })),
      );
      if (hits.length === 0) continue;
      const match = MATCH_ORDER.find((m) => hits.some((h) => h.match === m)) ?? 'component';
      cells.push({
        adcode: unit.adcode,
        industry: column.id,
        labels: hits.map((h) => h.label),
        match,
      });
    }
  }
  return { rows, columns, cells };
}
