/**
 * Quantiles from fixed-bin histograms. A histogram over [lo, hi) has `bins` equal bins plus an
 * underflow slot (before) and an overflow slot (after). Within a bin the empirical distribution
 * is taken as uniform, so a quantile is interpolated linearly; it is then clamped to the exact
 * observed minimum and maximum (which makes degenerate distributions exact: a zero-variance run
 * returns its single value for every percentile).
 */

/**
 * The p-quantile (0 ≤ p ≤ 1) of `total` values binned in `counts[off .. off + bins + 2)`.
 * Returns NaN only when `total` is 0, which callers never pass.
 */
export function histQuantile(
  counts: Uint32Array,
  off: number,
  bins: number,
  lo: number,
  hi: number,
  total: number,
  p: number,
  min: number,
  max: number,
): number {
  if (total <= 0) return NaN;
  if (!(max > min)) return min;
  const target = p * total;
  let cum = counts[off]!;
  if (target <= cum && cum > 0) return min;
  const width = (hi - lo) / bins;
  let x = max;
  for (let k = 0; k < bins; k++) {
    const c = counts[off + 1 + k]!;
    if (c > 0 && cum + c >= target) {
      x = lo + width * (k + (target - cum) / c);
      break;
    }
    cum += c;
  }
  return x < min ? min : x > max ? max : x;
}
