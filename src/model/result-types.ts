/**
 * The result of a run, as the app's charts, tables, map and exports consume it. Plain data
 * (JSON-serialisable); every number is finite.
 */
import type { CountyMultipliers } from './counties';
import type { DriverId } from './drivers';
import type { OutputDef, OutputId } from './outputs';

/** The percentiles reported for every distribution. */
export interface Percentiles {
  p5: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
}
export const PERCENTILE_LEVELS: readonly (keyof Percentiles)[] = [
  'p5',
  'p10',
  'p25',
  'p50',
  'p75',
  'p90',
  'p95',
];

/** One cumulative year-to-date period (1–3月 … 全年). */
export interface QuarterStats {
  quarter: 1 | 2 | 3 | 4;
  labelZh: string;
  labelEn: string;
  /** Growth in % (growth outputs) or cumulative amount (level outputs). */
  percentiles: Percentiles;
  mean: number;
  /** The zero-variance (central) projection. */
  central: number;
  /** The published figure when the user entered it, else null. */
  actual: number | null;
}

/** How far an outcome falls short of the target, max(0, threshold − outcome) (or above a cap). */
export interface ShortfallStats {
  /** Percentiles of the shortfall over all paths (0 where the target is met). */
  percentiles: Pick<Percentiles, 'p50' | 'p75' | 'p90' | 'p95'>;
  mean: number;
  /** Shortfall sizes (0.5 and 1 pp; or 1 % and 5 % of a level target, in its unit). */
  steps: [number, number];
  /** Probability that the shortfall exceeds each step. */
  pAbove: [number, number];
}

/** The full-year outcome and the probability of meeting the target. */
export interface AnnualStats {
  percentiles: Percentiles;
  mean: number;
  central: number;
  /** Probability of meeting the target (≥ target; ≤ target + tolerance for a cap). */
  pMeet: number;
  shortfall: ShortfallStats;
}

/** What the remaining quarters must deliver, given the actuals entered. */
export interface RequiredStats {
  quartersKnown: number;
  /** Growth (%) the remaining quarters need on average, or the amount they must add; null if k = 4. */
  required: number | null;
  metAlready: boolean | null;
  /** Probability, under the scenario, that the remaining quarters deliver it (= pMeet). */
  pAchieve: number;
  /** What the scenario's median implies for the remaining quarters (same unit as `required`). */
  scenarioMedian: number | null;
}

/** Projection of one output. */
export interface OutputResult {
  id: OutputId;
  registerId: string;
  kind: OutputDef['kind'];
  nameZh: string;
  nameEn: string;
  unit: OutputDef['unit'];
  basis: OutputDef['basis'];
  comparator: OutputDef['comparator'];
  target: number;
  /** The value compared with: the target, or target + tolerance for a cap. */
  threshold: number;
  quarters: QuarterStats[];
  annual: AnnualStats;
  required: RequiredStats | null;
  samples: number;
}

/** Projection of one county for one indicator (growth only; no levels are needed). */
export interface CountyResult {
  adcode: string;
  name_zh: string;
  indicator: OutputId;
  /** The county's central growth anchor (its own assumption, or the city target). */
  anchor: number;
  /** The city's target rate the probability refers to. */
  threshold: number;
  multipliers: CountyMultipliers;
  quarters: QuarterStats[];
  annual: AnnualStats;
  samples: number;
}

/** Effect of moving one driver on one output (common random numbers). */
export interface DriverEffect {
  driver: DriverId;
  /** The driver value used (in the driver's unit). */
  value: number;
  median: number;
  pMeet: number;
}

/** Tornado data for one output: each driver at −1 sd and +1 sd. */
export interface SensitivityResult {
  output: OutputId;
  baseMedian: number;
  basePMeet: number;
  /** Sorted by the swing of pMeet, largest first. */
  drivers: { driver: DriverId; low: DriverEffect; high: DriverEffect }[];
}

/** Attribution of the gap to another scenario for one output, driver by driver. */
export interface AttributionResult {
  output: OutputId;
  baseMedian: number;
  basePMeet: number;
  /** This scenario with one driver set as in the other scenario. */
  swaps: (DriverEffect & { dMedian: number; dPMeet: number })[];
  /** All differing drivers at once (when more than one differs). */
  all: { median: number; pMeet: number } | null;
}

/** A run's result. `final` is false for the coarse first batch of a progressive run. */
export interface SimulationResult {
  modelVersion: string;
  scenarioName: string;
  seed: number;
  /** Paths this result is based on. */
  paths: number;
  /** Paths the run was asked for. */
  requestedPaths: number;
  final: boolean;
  blockSize: number;
  outputs: OutputResult[];
  counties: CountyResult[];
  /** City figures aggregated from counties (only when every county has a user-entered weight). */
  aggregates: OutputResult[];
  sensitivity: SensitivityResult[] | null;
  attribution: AttributionResult[] | null;
  warnings: string[];
}
