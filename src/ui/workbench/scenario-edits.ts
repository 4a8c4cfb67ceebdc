/**
 * The workbench's edits as pure functions from one scenario to the next (the ScenarioStore
 * records them for undo), and the parsing that keeps every edit inside the model's bounds.
 *
 * A scenario stores only what differs from the plan (scenario.ts), so an edit that brings a
 * value back to its default removes the override: "what changed" lists and the URL stay short,
 * and a reset driver is indistinguishable from one never touched.
 */
import { DRIVERS, type DriverDef, type DriverId } from '../../model/drivers';
import { PRESETS, editedPresetName, type Preset } from '../../model/presets';
import type { DriverSetting, Scenario } from '../../model/scenario';
import type { GrowthOutputId, OutputId } from '../../model/outputs';

/** A number typed by a user, after bounds. */
export type BoundedNumber =
  | { ok: true; value: number; clamped: 'min' | 'max' | null }
  | { ok: false; reason: 'empty' | 'nan' };

/**
 * Reads a typed number (ASCII or full-width digits, "−" or "-" for minus, spaces ignored) and
 * clamps it to [min, max]. Never returns NaN or ±Infinity: "1e999" is clamped to max.
 */
export function parseBounded(text: string, min: number, max: number): BoundedNumber {
  const normal = text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\u2212\uff0d]/g, '-')
    .replace(/\uff0e/g, '.')
    .replace(/[\s,，]/g, '');
  if (normal === '') return { ok: false, reason: 'empty' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return { ok: false, reason: 'nan' };
  const value = Number(normal);
  if (Number.isNaN(value)) return { ok: false, reason: 'nan' };
  return clampTo(value, min, max);
}

/** Clamps a number to [min, max], saying which bound it hit. NaN is refused. */
export function clampTo(value: number, min: number, max: number): BoundedNumber {
  if (Number.isNaN(value)) return { ok: false, reason: 'nan' };
  if (value < min) return { ok: true, value: min, clamped: 'min' };
  if (value > max) return { ok: true, value: max, clamped: 'max' };
  return { ok: true, value, clamped: null };
}

/** Bounds of a driver's standard deviation, as the validator states them. */
export function sdBounds(def: Pick<DriverDef, 'min' | 'max'>): [number, number] {
  return [0, def.max - def.min];
}

/** Rounds to 10 decimals, so that slider arithmetic (0.1 + 0.2) never stores a long tail. */
export function tidy(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}

function driverDefOf(id: DriverId): DriverDef {
  const def = DRIVERS.find((d) => d.id === id);
  if (!def) throw new Error(`unknown driver ${id}`);
  return def;
}

/**
 * Sets a driver's value and/or sd, clamped to its bounds; settings equal to the plan value or
 * the default sd are dropped from the scenario.
 */
export function withDriver(
  scenario: Scenario,
  id: DriverId,
  patch: Partial<DriverSetting>,
): Scenario {
  const def = driverDefOf(id);
  const current = scenario.drivers[id] ?? {};
  const next: Partial<DriverSetting> = { ...current };
  if (patch.value !== undefined) {
    const c = clampTo(patch.value, def.min, def.max);
    if (c.ok) next.value = tidy(c.value);
  }
  if (patch.sd !== undefined) {
    const [lo, hi] = sdBounds(def);
    const c = clampTo(patch.sd, lo, hi);
    if (c.ok) next.sd = tidy(c.value);
  }
  if (next.value === def.plan) delete next.value;
  if (next.sd === def.sd) delete next.sd;
  const drivers = { ...scenario.drivers };
  if (next.value === undefined && next.sd === undefined) delete drivers[id];
  else drivers[id] = next;
  return noLongerPreset({ ...scenario, drivers });
}

/** Puts one driver back to its plan value and default sd. */
export function resetDriver(scenario: Scenario, id: DriverId): Scenario {
  if (!(id in scenario.drivers)) return scenario;
  const drivers = { ...scenario.drivers };
  delete drivers[id];
  return noLongerPreset({ ...scenario, drivers });
}

/** Puts every driver back to plan. */
export function resetAllDrivers(scenario: Scenario): Scenario {
  return Object.keys(scenario.drivers).length === 0
    ? scenario
    : noLongerPreset({ ...scenario, drivers: {} });
}

/**
 * A scenario still named after a preset whose drivers it no longer has is renamed
 * "古雷快速达产（已修改） Fast Gulei ramp-up (edited)" and drops the preset's description, so
 * that it is not saved, exported or shared under a name that describes something else. A name
 * the user gave stays as it is.
 */
function noLongerPreset(scenario: Scenario): Scenario {
  const named = PRESETS.find((p) => p.scenario.name === scenario.name);
  if (!named || matchingPreset(scenario)?.id === named.id) return scenario;
  const next: Scenario = { ...scenario, name: editedPresetName(named) };
  if (next.description === named.scenario.description) delete next.description;
  return next;
}

/**
 * Applies a preset's assumptions (its drivers, name and description). The seed, the number of
 * paths, actuals, parameters and county assumptions are the user's and stay.
 */
export function applyPreset(scenario: Scenario, preset: Preset): Scenario {
  const next: Scenario = {
    ...scenario,
    name: preset.scenario.name,
    drivers: structuredClone(preset.scenario.drivers),
  };
  if (preset.scenario.description !== undefined) next.description = preset.scenario.description;
  else delete next.description;
  return next;
}

/** The preset whose drivers the scenario has exactly, if any. */
export function matchingPreset(scenario: Scenario): Preset | null {
  const key = (drivers: Scenario['drivers']): string =>
    JSON.stringify(DRIVERS.map((d) => [drivers[d.id]?.value ?? d.plan, drivers[d.id]?.sd ?? d.sd]));
  const mine = key(scenario.drivers);
  return PRESETS.find((p) => key(p.scenario.drivers) === mine) ?? null;
}

/** Renames the scenario (1–200 characters, as the file format requires); blank keeps the name. */
export function withName(scenario: Scenario, name: string): Scenario {
  const trimmed = name.trim().slice(0, 200);
  return trimmed === '' || trimmed === scenario.name ? scenario : { ...scenario, name: trimmed };
}

/** Sets the seed (a whole number 0 … 2³² − 1); anything else leaves the scenario as it is. */
export function withSeed(scenario: Scenario, seed: number): Scenario {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return scenario;
  return seed === scenario.seed ? scenario : { ...scenario, seed };
}

/** Sets the number of paths (one of the selector's choices). */
export function withPaths(scenario: Scenario, paths: number): Scenario {
  return paths === scenario.paths ? scenario : { ...scenario, paths };
}

/**
 * Sets the published year-to-date figures of one output (a prefix: 1–3月, 1–6月, …); an empty
 * list removes them.
 */
export function withActuals(scenario: Scenario, id: OutputId, values: readonly number[]): Scenario {
  const actuals = { ...scenario.actuals };
  if (values.length === 0) delete actuals[id];
  else actuals[id] = values.map(tidy);
  return { ...scenario, actuals };
}

/** Sets (or with null removes) a county's own central growth for an indicator. */
export function withCountyGrowth(
  scenario: Scenario,
  adcode: string,
  indicator: GrowthOutputId,
  growth: number | null,
): Scenario {
  const all = { ...(scenario.counties.growth ?? {}) };
  const mine = { ...(all[adcode] ?? {}) };
  if (growth === null) delete mine[indicator];
  else {
    const c = clampTo(growth, COUNTY_GROWTH_BOUNDS[0], COUNTY_GROWTH_BOUNDS[1]);
    if (!c.ok) return scenario;
    mine[indicator] = tidy(c.value);
  }
  if (Object.keys(mine).length === 0) delete all[adcode];
  else all[adcode] = mine;
  const counties = { ...scenario.counties };
  if (Object.keys(all).length === 0) delete counties.growth;
  else counties.growth = all;
  return { ...scenario, counties };
}

/** The validator's bounds of a county growth anchor (%). */
export const COUNTY_GROWTH_BOUNDS: readonly [number, number] = [-50, 100];

/**
 * Sets (or with null removes) a county's industry list. A list equal to the plan's is removed,
 * so that "edited" always means different from the plan.
 */
export function withCountyIndustries(
  scenario: Scenario,
  adcode: string,
  industries: readonly string[] | null,
  planned: readonly string[],
): Scenario {
  const all = { ...(scenario.counties.industries ?? {}) };
  const sorted = industries ? [...new Set(industries)].sort() : null;
  if (sorted === null || sorted.join() === [...new Set(planned)].sort().join()) delete all[adcode];
  else all[adcode] = sorted;
  const counties = { ...scenario.counties };
  if (Object.keys(all).length === 0) delete counties.industries;
  else counties.industries = all;
  return { ...scenario, counties };
}
