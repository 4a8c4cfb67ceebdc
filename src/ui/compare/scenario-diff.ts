/**
 * What differs between two scenarios, as data: exactly the drivers (value and uncertainty),
 * parameters, published actuals and county assumptions whose effective values differ. Defaults
 * are resolved first, so a driver written out at its plan value does not count as a change, and
 * seed, paths, name and description are not assumptions (the compare view runs every scenario
 * on A's seed and paths).
 */
import { INDUSTRY_EXPOSURES } from '../../model/counties';
import { DRIVERS, isDriverId, type DriverId } from '../../model/drivers';
import { OUTPUTS, type GrowthOutputId, type OutputId } from '../../model/outputs';
import { resolveDrivers, resolveParameters, type Scenario } from '../../model/scenario';

export type DiffItem =
  | { kind: 'driver'; driver: DriverId; field: 'value' | 'sd'; from: number; to: number }
  | {
      kind: 'parameter';
      id: string;
      from: number | readonly number[];
      to: number | readonly number[];
    }
  | { kind: 'actual'; output: OutputId; from: readonly number[]; to: readonly number[] }
  | {
      kind: 'county-weights';
      from: Readonly<Record<string, number>> | null;
      to: Readonly<Record<string, number>> | null;
    }
  | {
      kind: 'county-growth';
      adcode: string;
      output: GrowthOutputId;
      /** null: the county follows the city target. */
      from: number | null;
      to: number | null;
    }
  | {
      kind: 'county-industries';
      adcode: string;
      /** null: the county's industries from the plan. */
      from: readonly string[] | null;
      to: readonly string[] | null;
    };

const EXPOSURE = /^exposure\.([a-z][a-z0-9_]*)\.([a-z_]+)$/;

/** A parameter's effective value: the scenario's override, else its default. */
function paramValue(
  resolved: ReadonlyMap<string, number | readonly number[]>,
  id: string,
): number | readonly number[] | undefined {
  const v = resolved.get(id);
  if (v !== undefined) return v;
  const m = EXPOSURE.exec(id);
  if (m && isDriverId(m[2] ?? '')) {
    // Exposures are not in the parameter table: their default is the industry's exposure, or
    // the city average (1) for a driver the industry is not exposed to.
    return INDUSTRY_EXPOSURES[m[1] ?? '']?.exposures[m[2] as DriverId] ?? 1;
  }
  return undefined;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}

const sortedKeys = (...records: (object | undefined)[]): string[] =>
  [...new Set(records.flatMap((r) => Object.keys(r ?? {})))].sort();

/** The differences from A to B, in a stable, readable order. */
export function scenarioDiff(a: Scenario, b: Scenario): DiffItem[] {
  const out: DiffItem[] = [];
  const da = resolveDrivers(a);
  const db = resolveDrivers(b);
  for (const d of DRIVERS) {
    for (const field of ['value', 'sd'] as const) {
      const from = da[d.id][field];
      const to = db[d.id][field];
      if (from !== to) out.push({ kind: 'driver', driver: d.id, field, from, to });
    }
  }

  const pa = resolveParameters(a);
  const pb = resolveParameters(b);
  for (const id of sortedKeys(a.parameters, b.parameters)) {
    const from = paramValue(pa, id);
    const to = paramValue(pb, id);
    if (from !== undefined && to !== undefined && !same(from, to))
      out.push({ kind: 'parameter', id, from, to });
  }

  for (const o of OUTPUTS) {
    const from = a.actuals[o.id] ?? [];
    const to = b.actuals[o.id] ?? [];
    if (!same(from, to)) out.push({ kind: 'actual', output: o.id, from, to });
  }

  const wa = a.counties.weights ?? null;
  const wb = b.counties.weights ?? null;
  const weightsDiffer =
    (wa === null) !== (wb === null) ||
    sortedKeys(wa ?? {}, wb ?? {}).some((k) => !same(wa?.[k], wb?.[k]));
  if (weightsDiffer) out.push({ kind: 'county-weights', from: wa, to: wb });

  for (const code of sortedKeys(a.counties.growth, b.counties.growth)) {
    const ga = a.counties.growth?.[code] ?? {};
    const gb = b.counties.growth?.[code] ?? {};
    for (const o of OUTPUTS) {
      if (o.kind !== 'growth') continue;
      const id = o.id as GrowthOutputId;
      const from = ga[id] ?? null;
      const to = gb[id] ?? null;
      if (from !== to) out.push({ kind: 'county-growth', adcode: code, output: id, from, to });
    }
  }

  for (const code of sortedKeys(a.counties.industries, b.counties.industries)) {
    const from = a.counties.industries?.[code] ?? null;
    const to = b.counties.industries?.[code] ?? null;
    if (!same(from, to)) out.push({ kind: 'county-industries', adcode: code, from, to });
  }
  return out;
}

/** The drivers that differ (value or sd), in DRIVERS order: the engine's `changedDrivers`. */
export function changedDriverIds(items: readonly DiffItem[]): DriverId[] {
  const ids = new Set(items.flatMap((i) => (i.kind === 'driver' ? [i.driver] : [])));
  return DRIVERS.filter((d) => ids.has(d.id)).map((d) => d.id);
}
