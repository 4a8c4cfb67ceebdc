/**
 * Number hygiene for layouts: every coordinate a layout returns is finite and rounded to two
 * decimals, so that SVG output is small, stable across platforms (golden tests) and never
 * contains NaN or Infinity.
 */

/**
 * Values beyond this magnitude are treated as missing. A growth rate or probability of 10⁹ is
 * a bug upstream, and drawing it would squash every real value into one pixel (and spans near
 * Number.MAX_VALUE overflow to Infinity inside the scales).
 */
export const MAX_MAGNITUDE = 1e9;

/** True for a finite number of plausible magnitude: the only values a chart draws. */
export function usable(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
}

/** Rounds to two decimals; non-finite becomes 0 (a last guard: layouts never pass one). */
export function r2(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Clamps into [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * The extent of the usable values, padded by `pad` of the span on each side and at least
 * `minSpan` wide (so a flat series still gets a readable axis). Null when nothing is usable.
 */
export function paddedExtent(
  values: Iterable<number | null | undefined>,
  pad = 0.08,
  minSpan = 1,
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!usable(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return null;
  let span = hi - lo;
  if (span < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
    span = minSpan;
  }
  return [lo - span * pad, hi + span * pad];
}

/** Number of decimals in a value as written (6.5 → 1, 3 → 0), at most `max`. */
export function decimalsOf(value: number, max = 2): number {
  for (let d = 0; d < max; d += 1) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return max;
}
