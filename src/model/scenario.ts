/**
 * The scenario: what a user sets (driver values and uncertainties, parameter overrides, actuals,
 * county assumptions) plus the seed and the number of paths. The file format is version 1,
 * documented in docs/scenario-format.md and validated by validate.ts.
 *
 * A scenario stores only what differs from the defaults; `resolveDrivers` and
 * `resolveParameters` fill in the rest, so old files keep working when defaults are refined.
 */
import { DRIVERS, type DriverId } from './drivers';
import type { GrowthOutputId, OutputId } from './outputs';
import { defaultParamValues, type ParamValues } from './parameters';

/** The file-format version this code reads and writes. */
export const SCENARIO_VERSION = 1;

/** Most paths one run may ask for (memory is flat in paths; this bounds the time). */
export const PATHS_CAP = 10_000_000;

/** Paths when a scenario does not say. */
export const DEFAULT_PATHS = 10_000;

/** Seed of the plan-consistent default scenario. */
export const DEFAULT_SEED = 20230101;

/** One driver's setting: its central value and standard deviation, in the driver's unit. */
export interface DriverSetting {
  value: number;
  sd: number;
}

/** County assumptions a user may enter (all optional). */
export interface CountyAssumptions {
  /**
   * Each county's share of the city's prior-year level, keyed by adcode; must cover every county
   * and add up to 1. Only when present are city totals aggregated from the counties.
   */
  weights?: Record<string, number>;
  /** A county's own central growth (%) for an indicator, replacing the city target as anchor. */
  growth?: Record<string, Partial<Record<GrowthOutputId, number>>>;
  /** Industry ids replacing a county's industry list (vocabulary: geodata/plan/industries.json). */
  industries?: Record<string, string[]>;
}

/** A validated scenario (version 1). */
export interface Scenario {
  version: 1;
  name: string;
  description?: string;
  /** Unsigned 32-bit seed; with `paths` it fixes every number of the result. */
  seed: number;
  /** Number of Monte Carlo paths, 1 … PATHS_CAP. */
  paths: number;
  /** Overrides of driver values and sds; drivers left out sit at their plan value. */
  drivers: Partial<Record<DriverId, Partial<DriverSetting>>>;
  /** Overrides of parameters by id (see parameters.ts). */
  parameters: Record<string, number | number[]>;
  /**
   * Published year-to-date figures for the first quarters, by output: growth in % for growth
   * outputs (1–3月, 1–6月, …), cumulative amounts for level outputs.
   */
  actuals: Partial<Record<OutputId, number[]>>;
  counties: CountyAssumptions;
}

/** The plan-consistent default: every driver at its plan value, default uncertainties. */
export function defaultScenario(): Scenario {
  return {
    version: 1,
    name: '按计划基准 Plan-consistent baseline',
    description: 'Every driver at the value the plan implies; default uncertainties.',
    seed: DEFAULT_SEED,
    paths: DEFAULT_PATHS,
    drivers: {},
    parameters: {},
    actuals: {},
    counties: {},
  };
}

/** Every driver's setting, with the scenario's overrides applied to plan values and default sds. */
export function resolveDrivers(
  scenario: Pick<Scenario, 'drivers'>,
): Record<DriverId, DriverSetting> {
  const out = {} as Record<DriverId, DriverSetting>;
  for (const d of DRIVERS) {
    const o = scenario.drivers[d.id];
    out[d.id] = { value: o?.value ?? d.plan, sd: o?.sd ?? d.sd };
  }
  return out;
}

/** Every parameter's value, with the scenario's overrides applied. */
export function resolveParameters(scenario: Pick<Scenario, 'parameters'>): ParamValues {
  const values = defaultParamValues();
  for (const [id, v] of Object.entries(scenario.parameters)) values.set(id, v);
  return values;
}

/** The drivers whose value or sd differs between two scenarios (for a "what changed" list). */
export function changedDrivers(
  a: Pick<Scenario, 'drivers'>,
  b: Pick<Scenario, 'drivers'>,
): { id: DriverId; from: DriverSetting; to: DriverSetting }[] {
  const ra = resolveDrivers(a);
  const rb = resolveDrivers(b);
  return DRIVERS.filter(
    (d) => ra[d.id].value !== rb[d.id].value || ra[d.id].sd !== rb[d.id].sd,
  ).map((d) => ({ id: d.id, from: ra[d.id], to: rb[d.id] }));
}
