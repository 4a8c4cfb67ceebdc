/**
 * The shapes that travel between the main thread and the workers: the run request, the compiled
 * run (flat arrays of numbers, cheap to structured-clone) and a worker's partial result (typed
 * arrays, transferred without copying).
 */
import type { CountyInput } from './counties';
import type { DriverId } from './drivers';
import type { GrowthOutputId } from './outputs';
import type { Scenario } from './scenario';

/** Fixed number of paths per block; with the seed it fixes every random number of a run. */
export const BLOCK_SIZE = 1024;
/** Paths of the coarse first result in progressive runs (two blocks). */
export const FIRST_BATCH_PATHS = 2 * BLOCK_SIZE;
/** Bins of the year-to-date histograms of city outputs and aggregates. */
export const MAIN_BINS = 2048;
/** Bins of county histograms and of sensitivity/compare variants. */
export const MINOR_BINS = 1024;
/** Version of the model equations and kernel; part of every result and of the golden file. */
export const MODEL_VERSION = 'zz2023-model-1';

/** What to run. */
export interface RunRequest {
  scenario: Scenario;
  /** Counties (data from geodata/plan/counties.json); none → no county detail. */
  counties?: readonly CountyInput[];
  /** Indicators projected per county; default ['gdp']. */
  countyIndicators?: readonly GrowthOutputId[];
  /** Overrides `scenario.paths`. */
  paths?: number;
  /** Also compute ±1 sd sensitivity of every output to every driver (tornado data). */
  sensitivity?: boolean;
  /** Also attribute the gap to this scenario, driver by driver (compare view). */
  compareTo?: Scenario;
}

/** What a variant changes, for labelling its results. */
export type VariantLabel =
  | { kind: 'base' }
  | { kind: 'plus' | 'minus'; driver: DriverId }
  | { kind: 'swap'; driver: DriverId }
  | { kind: 'swap_all' };

/** A compiled run: everything the kernel needs, as plain numbers. */
export interface CompiledRun {
  modelVersion: string;
  seed: number;
  paths: number;
  nBlocks: number;
  // Drivers (DRIVERS order).
  drvValue: number[];
  drvSd: number[];
  drvMin: number[];
  drvMax: number[];
  drvPlan: number[];
  drvLevel: number[];
  loadings: number[];
  idio: number[];
  // Outputs (OUTPUTS order), evaluated in `order`.
  order: number[];
  dStart: number[];
  dFrom: number[];
  dCoef: number[];
  oStart: number[];
  oFrom: number[];
  oCoef: number[];
  residSd: number[];
  /** Total links B[i * NJ + j] (for variants and counties). */
  B: number[];
  // Series: city outputs first (one per output, OUTPUTS order), then counties, then aggregates.
  nSeries: number;
  seriesKind: number[];
  seriesOutput: number[];
  base: number[];
  a: number[];
  b: number[];
  tau: number[];
  floor: number[];
  threshold: number[];
  /** +1: met at ≥ threshold; −1: met at ≤ threshold. */
  cmp: number[];
  sf1: number[];
  sf2: number[];
  lo: number[];
  hi: number[];
  bins: number[];
  /** County series: coefficient on each driver deviation (B × multiplier), and own sd. */
  countyCoef: number[];
  countySd: number[];
  /** Aggregate series s: county series aggFrom[aggStart[k] .. aggStart[k+1]) with weights. */
  aggStart: number[];
  aggFrom: number[];
  aggWeight: number[];
  // Variants (index 0 is the base run).
  nVariants: number;
  vStart: number[];
  vDriver: number[];
  vValue: number[];
  vSd: number[];
  /** 1 when variant v moves output i: vAffects[v * NI + i]. */
  vAffects: number[];
  vLo: number[];
  vHi: number[];
  variantLabels: VariantLabel[];
  layout: AccumulatorLayout;
}

/** Offsets of every accumulator inside the flat arrays of a partial result. */
export interface AccumulatorLayout {
  /** Histogram of series s, quarter q starts at histOffset[s * 4 + q] (bins + 2 slots). */
  histOffset: number[];
  /** Variant v, output i annual histogram starts at vHistOffset[v * NI + i]. */
  vHistOffset: number[];
  /** Event counts: met, shortfall > sf1, shortfall > sf2 per series: events + s * 3. */
  events: number;
  /** Met counts per variant and output: vEvents + v * NI + i. */
  vEvents: number;
  countsLength: number;
  /** Extrema: min at 2 * k, max at 2 * k + 1, k = s * 4 + q then NS*4 + v * NI + i. */
  extremaLength: number;
  /** Per block: 4 YTD sums and 1 shortfall sum per series. */
  sumsPerBlock: number;
}

/** The two large arrays of a partial result, which a later task may fill again. */
export interface AccumulatorBuffers {
  counts: Uint32Array;
  extrema: Float64Array;
}

/** What a worker returns for a range of blocks; merged in block order by merge.ts. */
export interface PartialResult {
  blockStart: number;
  blockEnd: number;
  paths: number;
  counts: Uint32Array;
  extrema: Float64Array;
  /** (blockEnd − blockStart) × sumsPerBlock sums, block by block. */
  blockSums: Float64Array;
}
