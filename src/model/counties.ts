/**
 * County detail: how strongly each county responds to each driver, from its industries.
 *
 * The sources hold no county GDP, structure or weights, so counties are modelled by *shape*,
 * not by level: a county's growth deviation is the city's deviation with each driver's effect
 * scaled by the county's exposure multiplier:
 *
 *   county dev = Σ_j B_j × m_cj × driver dev_j + city residual + county residual + county offset
 *
 * where B_j is the city's total link of the indicator to driver j (linear.ts) and m_cj is the
 * mean, over the county's industries, of the exposure of that industry to driver j. Exposures
 * are relative (1 = the city average) and are assumptions with a one-line reason, keyed by the
 * industry ids of geodata/plan/industries.json; a scenario may override any of them as the
 * parameter `exposure.<industry>.<driver>`. A county without a known industry gets 1 for every
 * driver, i.e. the city's own response.
 */
import { DRIVER_IDS, type DriverId } from './drivers';

/** A county as the engine needs it: passed in as data, never invented here. */
export interface CountyInput {
  /** Six-digit adcode. */
  adcode: string;
  name_zh: string;
  /** Industry ids (vocabulary: geodata/plan/industries.json). */
  industries: string[];
}

/** One industry's exposures (relative, 1 = city average) with the reason. */
export interface IndustryExposure {
  exposures: Partial<Record<DriverId, number>>;
  rationale: string;
}

/**
 * Exposure table keyed by industry id. Unlisted drivers are 1 (city average). All values are
 * assumptions: they express qualitative facts about each industry (export orientation, link to
 * housing or to Gulei), not measured elasticities.
 */
export const INDUSTRY_EXPOSURES: Readonly<Record<string, IndustryExposure>> = {
  food: {
    exposures: { external_demand: 1.3, consumption: 1.2 },
    rationale: 'canned and processed food is export-oriented and sells to consumers',
  },
  food_processing: {
    exposures: { external_demand: 1.3, consumption: 1.2 },
    rationale: 'as food',
  },
  health: { exposures: { consumption: 1.2 }, rationale: 'household spending on health' },
  pharmaceuticals: {
    exposures: { external_demand: 0.8, consumption: 1.1 },
    rationale: 'steady demand, partly exported',
  },
  wellness_care: {
    exposures: { consumption: 1.4, external_demand: 0.5 },
    rationale: 'local services bought by households',
  },
  building_home: {
    exposures: { property_sales: 2, project_completion: 1.3, external_demand: 1.2 },
    rationale:
      'building materials and furniture follow housing and construction; furniture exports',
  },
  building_materials: {
    exposures: { property_sales: 2, project_completion: 1.5 },
    rationale: 'sells to construction sites',
  },
  home_furnishing: {
    exposures: { property_sales: 1.8, external_demand: 1.3 },
    rationale: 'furnishes new homes; furniture exports',
  },
  energy: { exposures: { project_completion: 1.5 }, rationale: 'large investment projects' },
  clean_energy: {
    exposures: { project_completion: 1.6, external_demand: 0.6 },
    rationale: 'nuclear, offshore wind and pumped storage are key projects',
  },
  new_energy: {
    exposures: { project_completion: 1.4, external_demand: 1.1 },
    rationale: 'projects plus exported equipment',
  },
  petrochemicals: {
    exposures: { gulei_ramp: 3, producer_prices: 2 },
    rationale: 'the Gulei base itself',
  },
  petrochemicals_downstream: {
    exposures: { gulei_ramp: 3, producer_prices: 1.5 },
    rationale: 'processes Gulei output',
  },
  electronics_it: {
    exposures: { external_demand: 1.5 },
    rationale: 'electronics assembly is export-oriented',
  },
  new_materials: {
    exposures: { external_demand: 1.1, gulei_ramp: 1.2 },
    rationale: 'partly chemical materials',
  },
  machinery: {
    exposures: { external_demand: 1.3, project_completion: 1.1 },
    rationale: 'exports and investment goods',
  },
  paper: { exposures: { external_demand: 0.9 }, rationale: 'packaging follows goods trade' },
  wood_processing: {
    exposures: { external_demand: 1.2, property_sales: 1.2 },
    rationale: 'exported wood products and building timber',
  },
  kids_creative: {
    exposures: { external_demand: 1.6, consumption: 1.1 },
    rationale: "children's products are largely exported",
  },
  marine: { exposures: { external_demand: 1.1 }, rationale: 'seafood trade' },
  marine_biotech: { exposures: { external_demand: 1.1 }, rationale: 'exported marine products' },
  marine_fisheries: {
    exposures: { external_demand: 1.1, consumption: 1.1 },
    rationale: 'seafood trade and local demand',
  },
  culture_tourism: {
    exposures: { consumption: 1.5, external_demand: 0.5 },
    rationale: 'visitor spending',
  },
  agriculture: {
    exposures: { external_demand: 0.8, project_completion: 0.6, property_sales: 0.4 },
    rationale: 'farming is less cyclical',
  },
  specialty_agriculture: {
    exposures: { external_demand: 0.9, project_completion: 0.6, property_sales: 0.4 },
    rationale: 'tea, fruit and flowers; partly exported',
  },
  tropical_agriculture: {
    exposures: { external_demand: 1, project_completion: 0.6, property_sales: 0.4 },
    rationale: 'tropical crops; China–Philippines supply chain',
  },
  green_mining: {
    exposures: { project_completion: 1.3, property_sales: 1.2 },
    rationale: 'aggregates and stone for construction',
  },
};

/** Bounds on one exposure value (also used to validate `exposure.*` overrides). */
export const EXPOSURE_MIN = 0;
export const EXPOSURE_MAX = 10;

/** The multiplier of each driver for one county, and which of its industries were unknown. */
export interface CountyMultipliers {
  multipliers: Record<DriverId, number>;
  known: string[];
  unknown: string[];
}

/**
 * Multipliers m_cj for one county: the mean exposure over its known industries (1 when it has
 * none). `overrides` maps `industry.driver` to a value (from `exposure.*` parameters).
 */
export function countyMultipliers(
  industries: readonly string[],
  overrides: ReadonlyMap<string, number> = new Map(),
): CountyMultipliers {
  const unique = [...new Set(industries)];
  const known = unique.filter((id) => id in INDUSTRY_EXPOSURES || hasOverride(overrides, id));
  const unknown = unique.filter((id) => !known.includes(id));
  const multipliers = {} as Record<DriverId, number>;
  for (const d of DRIVER_IDS) {
    if (known.length === 0) {
      multipliers[d] = 1;
      continue;
    }
    let sum = 0;
    for (const ind of known) {
      sum += overrides.get(`${ind}.${d}`) ?? INDUSTRY_EXPOSURES[ind]?.exposures[d] ?? 1;
    }
    multipliers[d] = sum / known.length;
  }
  return { multipliers, known, unknown };
}

function hasOverride(overrides: ReadonlyMap<string, number>, industry: string): boolean {
  for (const k of overrides.keys()) if (k.startsWith(`${industry}.`)) return true;
  return false;
}
