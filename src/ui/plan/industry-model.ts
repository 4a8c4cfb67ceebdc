import {
  countiesByIndustry,
  industryAncestors,
  type Industry,
  type IndustryLabel,
  type PlanData,
} from '../../data/index.ts';

/**
 * The industry view's data: which counties a chosen industry highlights and how, and the
 * picker's options. The map and the matrix both read `industryHits`, so they cannot disagree.
 */

/**
 * exact: the unit's plan prints this industry or a narrower one (食品加工 for 食品);
 * broader: it prints only a broader label that includes it (食品医药 when asking for 食品加工).
 */
export type HitRelation = 'exact' | 'broader';

export interface IndustryHit {
  adcode: string;
  relation: HitRelation;
  /** The plan's own wording that made the hit, as printed. */
  labels: IndustryLabel[];
}

/** Every unit whose plan relates to the industry, exact before broader for the same unit. */
export function industryHits(data: PlanData, industryId: string): IndustryHit[] {
  const hits = countiesByIndustry(data, industryId, {
    relations: ['same', 'narrower', 'broader'],
  });
  return hits.map(({ unit, labels }) => {
    const exact = labels.filter((l) => l.relation !== 'broader');
    const chosen = exact.length > 0 ? exact : labels;
    return {
      adcode: unit.adcode,
      relation: exact.length > 0 ? 'exact' : 'broader',
      labels: [...new Set(chosen.map((l) => l.label))],
    };
  });
}

/** The highlight the map draws: adcode → exact / broader. */
export const industryHighlight = (data: PlanData, industryId: string): Map<string, HitRelation> =>
  new Map(industryHits(data, industryId).map((h) => [h.adcode, h.relation]));

export interface IndustryOption {
  industry: Industry;
  /** 0 for a top-level term, 1 for its children … (the picker indents by it). */
  depth: number;
  exact: number;
  broader: number;
}

/**
 * The vocabulary in tree order (each term followed by its children), keeping the terms at
 * least one county's plan names, exactly or through a narrower term.
 */
export function industryOptions(data: PlanData): IndustryOption[] {
  const out: IndustryOption[] = [];
  const visit = (parent: string | null): void => {
    for (const industry of data.industries.filter((x) => x.parent === parent)) {
      const hits = industryHits(data, industry.id);
      const exact = hits.filter((h) => h.relation === 'exact').length;
      if (exact > 0) {
        out.push({
          industry,
          depth: industryAncestors(data, industry.id).length,
          exact,
          broader: hits.length - exact,
        });
      }
      visit(industry.id);
    }
  };
  visit(null);
  return out;
}
