/**
 * The fan chart's input: quantiles of year-to-date values by quarter, per scenario, and the
 * cleaning that makes any input drawable (non-finite values dropped, quantiles ordered).
 */
import { usable } from './numbers';
import type { TargetSpec, ValueUnit } from './format-value';
import type { LocalText } from './text';

/**
 * Quantiles of one quarter's year-to-date value across the simulated paths, in the chart's
 * unit (for growth: percent, 6.5 means 6.5%). p10, p90 and mean are shown in the tooltip and
 * table; the bands use p5, p25, p50, p75, p95.
 */
export interface QuarterQuantiles {
  p5: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  mean: number;
}

/** One scenario's projection: `quarters[0]` is 1–3月累计 … `quarters[3]` is 全年. */
export interface FanScenario {
  id: string;
  label: LocalText;
  /** Missing or non-finite quarters are not drawn (the line breaks there). */
  quarters: readonly (QuarterQuantiles | null | undefined)[];
}

/** What a fan chart shows. */
export interface FanChartData {
  /** The indicator, e.g. { zh: '地区生产总值增速', en: 'GDP growth' }. */
  title: LocalText;
  /** The values' unit; growth charts use '%'. */
  unit: ValueUnit;
  /** One scenario, or 2–4 to compare (more than 4 are ignored: they would not stay legible). */
  scenarios: readonly FanScenario[];
  target?: TargetSpec | null;
  /** Published year-to-date values entered by the user, by quarter; null where not yet out. */
  actuals?: readonly (number | null | undefined)[] | null;
}

/** A quarter's values after cleaning: finite, ordered; optional ones null. */
export interface CleanQuantiles {
  p5: number;
  p10: number | null;
  p25: number;
  p50: number;
  p75: number;
  p90: number | null;
  p95: number;
  mean: number | null;
}

/** The four year-to-date periods: 1–3月累计, 1–6月累计, 1–9月累计, 全年. */
export const QUARTERS = [1, 2, 3, 4] as const;
const ORDERED = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;
const REQUIRED = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/**
 * Cleans one quarter: null unless p5, p25, p50, p75 and p95 are usable numbers. Quantiles
 * are monotone by construction; they are sorted anyway, so that a malformed summary can never
 * draw an inverted band.
 */
export function cleanQuantiles(raw: QuarterQuantiles | null | undefined): CleanQuantiles | null {
  if (!raw || typeof raw !== 'object') return null;
  if (!REQUIRED.every((k) => usable(raw[k]))) return null;
  const present = ORDERED.filter((k) => usable(raw[k]));
  const sorted = present.map((k) => raw[k]).sort((a, b) => a - b);
  const out: Record<string, number | null> = { p10: null, p90: null };
  present.forEach((k, i) => (out[k] = sorted[i] ?? null));
  return {
    p5: out.p5 ?? 0,
    p10: out.p10 ?? null,
    p25: out.p25 ?? 0,
    p50: out.p50 ?? 0,
    p75: out.p75 ?? 0,
    p90: out.p90 ?? null,
    p95: out.p95 ?? 0,
    mean: usable(raw.mean) ? raw.mean : null,
  };
}
