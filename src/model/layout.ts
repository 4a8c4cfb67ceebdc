/**
 * Where each accumulator lives in the flat arrays a worker returns. One layout per compiled run;
 * every worker and the merge use the same offsets.
 */
import { NI } from './linear';
import { MINOR_BINS, type AccumulatorLayout } from './run-types';

/**
 * Lay out histograms (each with an underflow and an overflow slot), event counts, extrema and
 * per-block sums for series with the given bin counts and `nVariants` variants.
 */
export function layoutAccumulators(bins: readonly number[], nVariants: number): AccumulatorLayout {
  const histOffset: number[] = [];
  let off = 0;
  for (const nb of bins) {
    for (let q = 0; q < 4; q++) {
      histOffset.push(off);
      off += nb + 2;
    }
  }
  const vHistOffset: number[] = [];
  for (let v = 0; v < nVariants; v++) {
    for (let i = 0; i < NI; i++) {
      vHistOffset.push(off);
      off += MINOR_BINS + 2;
    }
  }
  const events = off;
  off += bins.length * 3;
  const vEvents = off;
  off += nVariants * NI;
  return {
    histOffset,
    vHistOffset,
    events,
    vEvents,
    countsLength: off,
    extremaLength: (bins.length * 4 + nVariants * NI) * 2,
    sumsPerBlock: bins.length * 5,
  };
}
