/**
 * Streams one block's values into the accumulators of a partial result: fixed-bin histograms,
 * event counts (target met, shortfall beyond each step), extrema, and per-block sums. Memory is
 * fixed by the layout; values are never stored.
 */
import { NI } from './linear';
import type { AccumulatorBuffers, CompiledRun, PartialResult } from './run-types';

export class Recorder {
  private readonly counts: Uint32Array;
  private readonly extrema: Float64Array;
  private readonly blockSums: Float64Array;
  private readonly lo: Float64Array;
  private readonly invW: Float64Array;
  private readonly vInvW: Float64Array;
  private readonly vBins: number;
  private sumBase = 0;
  private paths = 0;

  /**
   * @param reuse arrays of a consumed earlier result to fill again (zeroed here), so a long run
   *   allocates no new accumulators; ignored when their sizes do not match this run.
   */
  constructor(
    private readonly run: CompiledRun,
    nBlocks: number,
    reuse?: AccumulatorBuffers,
  ) {
    const L = run.layout;
    const fits =
      reuse?.counts.length === L.countsLength && reuse.extrema.length === L.extremaLength;
    this.counts = fits ? reuse.counts.fill(0) : new Uint32Array(L.countsLength);
    this.extrema = fits ? reuse.extrema : new Float64Array(L.extremaLength);
    // Extrema start empty (also when refilling reused arrays).
    for (let k = 0; k < this.extrema.length; k += 2) {
      this.extrema[k] = Infinity;
      this.extrema[k + 1] = -Infinity;
    }
    this.blockSums = new Float64Array(nBlocks * L.sumsPerBlock);
    this.lo = Float64Array.from(run.lo);
    this.invW = new Float64Array(run.nSeries * 4);
    for (let k = 0; k < this.invW.length; k++) {
      this.invW[k] = run.bins[k >> 2]! / (run.hi[k]! - run.lo[k]!);
    }
    this.vBins = L.vHistOffset.length > 1 ? L.vHistOffset[1]! - L.vHistOffset[0]! - 2 : 0;
    this.vInvW = new Float64Array(NI);
    for (let i = 0; i < NI; i++) this.vInvW[i] = this.vBins / (run.vHi[i]! - run.vLo[i]!);
  }

  /** Start block number `index` (relative to the chunk) of `n` paths. */
  beginBlock(index: number, n: number): void {
    this.sumBase = index * this.run.layout.sumsPerBlock;
    this.paths += n;
  }

  /** Record the year-to-date values x[0..n) of series s, quarter q. */
  record(s: number, q: number, x: Float64Array, n: number): void {
    const run = this.run;
    const k = s * 4 + q;
    const off = run.layout.histOffset[k]!;
    const nb = run.bins[s]!;
    const lo = this.lo[k]!;
    const inv = this.invW[k]!;
    const counts = this.counts;
    let mn = this.extrema[2 * k]!;
    let mx = this.extrema[2 * k + 1]!;
    let sum = 0;
    for (let p = 0; p < n; p++) {
      const v = x[p]!;
      const bin = Math.floor((v - lo) * inv);
      counts[off + (bin < 0 ? 0 : bin >= nb ? nb + 1 : bin + 1)]!++;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
      sum += v;
    }
    this.extrema[2 * k] = mn;
    this.extrema[2 * k + 1] = mx;
    this.blockSums[this.sumBase + s * 5 + q] = sum;
    if (q !== 3) return;
    // The full year: target met, shortfall and its steps.
    const thr = run.threshold[s]!;
    const up = run.cmp[s]! > 0;
    const st1 = run.sf1[s]!;
    const st2 = run.sf2[s]!;
    let met = 0;
    let over1 = 0;
    let over2 = 0;
    let sfSum = 0;
    for (let p = 0; p < n; p++) {
      const sf = up ? thr - x[p]! : x[p]! - thr;
      if (sf <= 0) {
        met++;
      } else {
        sfSum += sf;
        if (sf > st1) over1++;
        if (sf > st2) over2++;
      }
    }
    const ev = run.layout.events + s * 3;
    counts[ev]! += met;
    counts[ev + 1]! += over1;
    counts[ev + 2]! += over2;
    this.blockSums[this.sumBase + s * 5 + 4] = sfSum;
  }

  /** Record annual values x[0..n) of output i under variant v. */
  recordVariant(v: number, i: number, x: Float64Array, n: number): void {
    const run = this.run;
    const L = run.layout;
    const off = L.vHistOffset[v * NI + i]!;
    const nb = this.vBins;
    const lo = run.vLo[i]!;
    const inv = this.vInvW[i]!;
    const thr = run.threshold[i]!;
    const up = run.cmp[i]! > 0;
    const counts = this.counts;
    const ke = 2 * (run.nSeries * 4 + v * NI + i);
    let mn = this.extrema[ke]!;
    let mx = this.extrema[ke + 1]!;
    let met = 0;
    for (let p = 0; p < n; p++) {
      const val = x[p]!;
      const bin = Math.floor((val - lo) * inv);
      counts[off + (bin < 0 ? 0 : bin >= nb ? nb + 1 : bin + 1)]!++;
      if (val < mn) mn = val;
      if (val > mx) mx = val;
      if (up ? val >= thr : val <= thr) met++;
    }
    this.extrema[ke] = mn;
    this.extrema[ke + 1] = mx;
    counts[L.vEvents + v * NI + i]! += met;
  }

  /** The partial result of blocks [start, end). */
  result(start: number, end: number): PartialResult {
    return {
      blockStart: start,
      blockEnd: end,
      paths: this.paths,
      counts: this.counts,
      extrema: this.extrema,
      blockSums: this.blockSums,
    };
  }
}
