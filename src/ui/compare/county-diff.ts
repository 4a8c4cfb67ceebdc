/**
 * The difference B − A on the county map: for each county, in percentage points, either the
 * change in the probability that its growth meets the city's target rate, or the change in its
 * projected (median) growth. Both scenarios run on the same seed, so the difference is the
 * assumptions' effect, not sampling noise.
 */
import type { GrowthOutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';

export type MapMode = 'probability' | 'growth';

/** B − A per adcode, in percentage points; counties missing in either result are left out. */
export function countyDifference(
  a: SimulationResult,
  b: SimulationResult,
  indicator: GrowthOutputId,
  mode: MapMode,
): Map<string, number> {
  const of = (r: SimulationResult) =>
    new Map(r.counties.filter((c) => c.indicator === indicator).map((c) => [c.adcode, c]));
  const ca = of(a);
  const cb = of(b);
  const out = new Map<string, number>();
  for (const [code, x] of ca) {
    const y = cb.get(code);
    if (!y) continue;
    const d =
      mode === 'probability'
        ? 100 * (y.annual.pMeet - x.annual.pMeet)
        : y.annual.percentiles.p50 - x.annual.percentiles.p50;
    if (Number.isFinite(d)) out.set(code, d);
  }
  return out;
}

/** Class breaks of the diverging legend: probability changes are larger than growth changes. */
export const MAP_THRESHOLDS: Record<MapMode, readonly number[]> = {
  probability: [-20, -10, -3, 3, 10, 20],
  growth: [-2, -1, -0.3, 0.3, 1, 2],
};
