/**
 * Rules on baseline entries, as pure functions: are the county weights complete and do they add
 * up, normalising them (never inventing a missing one), handing them to the engine, and the
 * 2023 level a projected growth implies when the user has entered the 2022 level.
 */
import type { GrowthOutputId } from '../model/outputs';
import type { Scenario } from '../model/scenario';
import type { BaselineData, BaselineValue, EntryOrigin } from './baseline-kind';
import {
  COUNTY_ADCODES,
  LEVEL_SLOTS,
  WEIGHT_SUM_TOLERANCE,
  WEIGHT_TOTAL,
  type LevelSlot,
} from './baseline-slots';

export type WeightState =
  /** No weight entered: the engine gets none and does not aggregate. */
  | 'empty'
  /** Some counties have no weight: not used (weights are never invented). */
  | 'incomplete'
  /** Every county has one, but they do not add up to 100%: not used until corrected. */
  | 'sum'
  /** Complete and adding up to 100% (within the engine's tolerance): used. */
  | 'ok';

export interface WeightStatus {
  state: WeightState;
  entered: number;
  /** Adcodes without a weight, in the plan's order. */
  missing: string[];
  /** Sum of the entered weights, in %. */
  sum: number;
}

export function weightStatus(weights: BaselineData['weights']): WeightStatus {
  const missing = COUNTY_ADCODES.filter((c) => weights[c] === undefined);
  const entered = COUNTY_ADCODES.length - missing.length;
  const sum = COUNTY_ADCODES.reduce((s, c) => s + (weights[c]?.value ?? 0), 0);
  const state: WeightState =
    entered === 0
      ? 'empty'
      : missing.length > 0
        ? 'incomplete'
        : Math.abs(sum - WEIGHT_TOTAL) > WEIGHT_SUM_TOLERANCE
          ? 'sum'
          : 'ok';
  return { state, entered, missing, sum };
}

/**
 * Scales complete weights so that they add up to exactly 100%, keeping each one's origin and
 * note and stamping `now`. Returns null when a county has no weight: normalising would then
 * share the missing county's part among the others, i.e. invent it.
 */
export function normaliseWeights(
  weights: BaselineData['weights'],
  now: string,
): BaselineData['weights'] | null {
  const status = weightStatus(weights);
  if (status.missing.length > 0 || !(status.sum > 0)) return null;
  const out: BaselineData['weights'] = {};
  for (const code of COUNTY_ADCODES) {
    const w = weights[code];
    if (!w) return null;
    out[code] = { ...w, value: (w.value * WEIGHT_TOTAL) / status.sum, enteredAt: now };
  }
  return out;
}

/**
 * The scenario the engine should run: with the user's county weights (as shares adding up to 1)
 * when they are complete and add up, so that city totals are aggregated from the counties.
 * A scenario that carries its own weights (from a file or a link) keeps them; incomplete or
 * inconsistent entries change nothing. Returns the same object when nothing changes.
 */
export function applyBaselineTo(scenario: Scenario, baseline: BaselineData): Scenario {
  if (scenario.counties.weights !== undefined) return scenario;
  const status = weightStatus(baseline.weights);
  if (status.state !== 'ok') return scenario;
  const shares: Record<string, number> = {};
  for (const code of COUNTY_ADCODES)
    shares[code] = (baseline.weights[code]?.value ?? 0) / status.sum;
  return { ...scenario, counties: { ...scenario.counties, weights: shares } };
}

/** A 2023 level implied by a 2022 level the user entered and a projected growth rate. */
export interface ProjectedLevel {
  /** In `unit`. */
  value: number;
  unit: '亿元' | '元';
  /** The 2022 level it rests on and where that came from. */
  base: number;
  origin: EntryOrigin;
  /**
   * 'comparable': the growth is at comparable prices (GDP, 规上工业), so the level is in 2022
   * prices, not current prices; 'nominal' otherwise. The dashboard must say which.
   */
  prices: 'comparable' | 'nominal';
}

/** Outputs whose growth is at comparable prices (可比价); see src/model/outputs.ts `basis`. */
const COMPARABLE: readonly GrowthOutputId[] = ['gdp', 'industry_va'];

/**
 * The 2023 level for a projected growth (%), when the user has entered the 2022 level of that
 * indicator; null when no level is entered, for the CPI, or for a non-finite growth.
 * level₂₀₂₃ = level₂₀₂₂ × (1 + growth / 100).
 */
export function projectedLevel(
  output: GrowthOutputId,
  growthPercent: number,
  baseline: BaselineData,
): ProjectedLevel | null {
  const slot: LevelSlot | undefined = LEVEL_SLOTS.find((s) => s.output === output);
  if (!slot?.projects || slot.unit === '%' || !Number.isFinite(growthPercent)) return null;
  const entry = baseline.levels[slot.id];
  if (!entry) return null;
  return {
    value: entry.value * (1 + growthPercent / 100),
    unit: slot.unit,
    base: entry.value,
    origin: entry.origin,
    prices: COMPARABLE.includes(output) ? 'comparable' : 'nominal',
  };
}

/** Sets (or with `null` clears) one level entry; pure. */
export function withLevel(
  baseline: BaselineData,
  id: string,
  entry: BaselineValue | null,
): BaselineData {
  const levels = { ...baseline.levels };
  if (entry) levels[id] = entry;
  else delete levels[id];
  return { ...baseline, levels };
}

/** Sets (or with `null` clears) one county weight; pure. */
export function withWeight(
  baseline: BaselineData,
  adcode: string,
  entry: BaselineValue | null,
): BaselineData {
  const weights = { ...baseline.weights };
  if (entry) weights[adcode] = entry;
  else delete weights[adcode];
  return { ...baseline, weights };
}
