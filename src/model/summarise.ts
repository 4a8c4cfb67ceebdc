/**
 * Turn merged accumulators into the result the app shows: percentiles, means, probabilities of
 * meeting each target, shortfall distributions, required growth, county and aggregate series,
 * and the sensitivity and compare variants.
 */
import type { CompiledMeta } from './compile';
import { DRIVERS } from './drivers';
import { histQuantile } from './histogram';
import { NI } from './linear';
import type { RunAccumulator } from './merge';
import { OUTPUTS, QUARTER_LABELS_EN, QUARTER_LABELS_ZH, type OutputId } from './outputs';
import { vector4 } from './parameters';
import {
  PERCENTILE_LEVELS,
  type AnnualStats,
  type AttributionResult,
  type DriverEffect,
  type OutputResult,
  type Percentiles,
  type QuarterStats,
  type RequiredStats,
  type SensitivityResult,
  type SimulationResult,
} from './result-types';
import { BLOCK_SIZE, type CompiledRun } from './run-types';
import { cumulativeShares, requiredGrowth } from './ytd';

const P_VALUES: Record<keyof Percentiles, number> = {
  p5: 0.05,
  p10: 0.1,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p90: 0.9,
  p95: 0.95,
};

/** Summarise a run whose received blocks form a prefix [0, k) (always true when complete). */
export function summarise(
  run: CompiledRun,
  meta: CompiledMeta,
  acc: RunAccumulator,
  final: boolean,
): SimulationResult {
  if (!acc.contiguous) throw new Error('summarise needs a gap-free prefix of blocks');
  const N = acc.prefixPaths;
  const L = run.layout;
  const quantile = (s: number, q: number, p: number): number => {
    const k = s * 4 + q;
    return histQuantile(
      acc.counts,
      L.histOffset[k]!,
      run.bins[s]!,
      run.lo[k]!,
      run.hi[k]!,
      N,
      p,
      acc.extrema[2 * k]!,
      acc.extrema[2 * k + 1]!,
    );
  };
  const percentilesOf = (s: number, q: number): Percentiles => {
    const out = {} as Percentiles;
    for (const level of PERCENTILE_LEVELS) out[level] = quantile(s, q, P_VALUES[level]);
    return out;
  };
  const quartersOf = (s: number, actuals: readonly number[]): QuarterStats[] =>
    [0, 1, 2, 3].map((q) => ({
      quarter: (q + 1) as 1 | 2 | 3 | 4,
      labelZh: QUARTER_LABELS_ZH[q]!,
      labelEn: QUARTER_LABELS_EN[q]!,
      percentiles: percentilesOf(s, q),
      mean: acc.sums[s * 5 + q]! / N,
      central: meta.series[s]!.central[q]!,
      actual: actuals[q] ?? null,
    }));
  const annualOf = (s: number, quarters: QuarterStats[]): AnnualStats => {
    const thr = run.threshold[s]!;
    const floorCase = run.cmp[s]! > 0;
    const sfq = (p: number): number =>
      Math.max(0, floorCase ? thr - quantile(s, 3, 1 - p) : quantile(s, 3, p) - thr);
    const ev = L.events + s * 3;
    return {
      percentiles: quarters[3]!.percentiles,
      mean: quarters[3]!.mean,
      central: quarters[3]!.central,
      pMeet: acc.counts[ev]! / N,
      shortfall: {
        percentiles: { p50: sfq(0.5), p75: sfq(0.75), p90: sfq(0.9), p95: sfq(0.95) },
        mean: acc.sums[s * 5 + 4]! / N,
        steps: [run.sf1[s]!, run.sf2[s]!],
        pAbove: [acc.counts[ev + 1]! / N, acc.counts[ev + 2]! / N],
      },
    };
  };
  const outputResult = (s: number, id: OutputId, actuals: readonly number[]): OutputResult => {
    const o = OUTPUTS.find((x) => x.id === id)!;
    const quarters = quartersOf(s, actuals);
    const annual = annualOf(s, quarters);
    return {
      id: o.id,
      registerId: o.registerId,
      kind: o.kind,
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      unit: o.unit,
      basis: o.basis,
      comparator: o.comparator,
      target: o.target,
      threshold: run.threshold[s]!,
      quarters,
      annual,
      required:
        actuals.length > 0 ? requiredOf(meta, run.threshold[s]!, id, actuals, annual) : null,
      samples: N,
    };
  };

  const scenario = meta.request.scenario;
  const outputs: OutputResult[] = [];
  const counties: SimulationResult['counties'] = [];
  const aggregates: OutputResult[] = [];
  meta.series.forEach((sm, s) => {
    if (sm.kind === 'city')
      outputs.push(outputResult(s, sm.output, scenario.actuals[sm.output] ?? []));
    else if (sm.kind === 'aggregate') aggregates.push(outputResult(s, sm.output, []));
    else {
      const quarters = quartersOf(s, []);
      counties.push({
        adcode: sm.county!.adcode,
        name_zh: sm.county!.name_zh,
        indicator: sm.output,
        anchor: sm.county!.anchor,
        threshold: run.threshold[s]!,
        multipliers: sm.county!.multipliers,
        quarters,
        annual: annualOf(s, quarters),
        samples: N,
      });
    }
  });

  const variantStat = (v: number, i: number): { median: number; pMeet: number } => {
    const k = run.vAffects[v * NI + i] === 1 ? v : 0;
    const e = 2 * (run.nSeries * 4 + k * NI + i);
    const bins = L.vHistOffset.length > 1 ? L.vHistOffset[1]! - L.vHistOffset[0]! - 2 : 0;
    return {
      median: histQuantile(
        acc.counts,
        L.vHistOffset[k * NI + i]!,
        bins,
        run.vLo[i]!,
        run.vHi[i]!,
        N,
        0.5,
        acc.extrema[e]!,
        acc.extrema[e + 1]!,
      ),
      pMeet: acc.counts[L.vEvents + k * NI + i]! / N,
    };
  };
  const labels = run.variantLabels;
  const hasSensitivity = labels.some((l) => l.kind === 'plus');
  const hasSwaps = labels.some((l) => l.kind === 'swap');
  const sensitivity: SensitivityResult[] | null = hasSensitivity ? [] : null;
  const attribution: AttributionResult[] | null = hasSwaps ? [] : null;
  OUTPUTS.forEach((o, i) => {
    const base = variantStat(0, i);
    if (sensitivity) {
      const rows = DRIVERS.map((d) => {
        const effect = (kind: 'plus' | 'minus'): DriverEffect => {
          const v = labels.findIndex((l) => l.kind === kind && l.driver === d.id);
          return { driver: d.id, value: run.vValue[run.vStart[v]!]!, ...variantStat(v, i) };
        };
        return { driver: d.id, low: effect('minus'), high: effect('plus') };
      });
      rows.sort(
        (x, y) =>
          Math.abs(y.high.pMeet - y.low.pMeet) - Math.abs(x.high.pMeet - x.low.pMeet) ||
          Math.abs(y.high.median - y.low.median) - Math.abs(x.high.median - x.low.median),
      );
      sensitivity.push({
        output: o.id,
        baseMedian: base.median,
        basePMeet: base.pMeet,
        drivers: rows,
      });
    }
    if (attribution) {
      const swaps = labels.flatMap((l, v) => {
        if (l.kind !== 'swap') return [];
        const st = variantStat(v, i);
        return [
          {
            driver: l.driver,
            value: run.vValue[run.vStart[v]!]!,
            ...st,
            dMedian: st.median - base.median,
            dPMeet: st.pMeet - base.pMeet,
          },
        ];
      });
      const allIdx = labels.findIndex((l) => l.kind === 'swap_all');
      attribution.push({
        output: o.id,
        baseMedian: base.median,
        basePMeet: base.pMeet,
        swaps,
        all: allIdx >= 0 ? variantStat(allIdx, i) : null,
      });
    }
  });

  return {
    modelVersion: run.modelVersion,
    scenarioName: scenario.name,
    seed: run.seed,
    paths: N,
    requestedPaths: run.paths,
    final,
    blockSize: BLOCK_SIZE,
    outputs,
    counties,
    aggregates,
    sensitivity,
    attribution,
    warnings: meta.warnings,
  };
}

function requiredOf(
  meta: CompiledMeta,
  threshold: number,
  id: OutputId,
  actuals: readonly number[],
  annual: AnnualStats,
): RequiredStats {
  const o = OUTPUTS.find((x) => x.id === id)!;
  const weights = vector4(meta.params, `quarter_weights.${id}`);
  const r = requiredGrowth(o.kind, threshold, o.comparator, weights, actuals);
  const k = actuals.length;
  let scenarioMedian: number | null = null;
  if (k < 4) {
    const ak = actuals[k - 1]!;
    const med = annual.percentiles.p50;
    const Wk = cumulativeShares(weights)[k]!;
    scenarioMedian = o.kind === 'growth' ? (med - Wk * ak) / (1 - Wk) : med - ak;
  }
  return { ...r, pAchieve: annual.pMeet, scenarioMedian };
}
