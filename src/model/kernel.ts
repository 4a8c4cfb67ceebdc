/**
 * The Monte Carlo kernel: runs blocks [blockStart, blockEnd) of a compiled run and returns
 * mergeable accumulators (histogram counts, event counts, extrema, per-block sums).
 *
 * Per path:
 * 1. common factors and driver-specific draws give each driver's standardised surprise z_j;
 *    the driver's value is value + sd × z_j, clamped to its bounds, and its deviation δ_j;
 * 2. outputs, upstream first: dev_i = Σ links × δ + Σ links × dev_upstream + residual;
 * 3. each series' four year-to-date figures: base + a × dev + Σ b × quarterly draws (ytd.ts);
 *    counties scale the drivers' effects by their exposures and add their own shocks;
 *    aggregates weight the counties;
 * 4. variants: annual outcomes with some drivers moved, on the same draws.
 *
 * The work is done column by column over a block (all paths of one stage, then the next), which
 * keeps every inner loop short and monomorphic and keeps one histogram hot in cache at a time.
 *
 * Draws come from three streams per block — (seed, block, 0): factors, drivers, residuals;
 * (seed, block, 1): quarterly scatter of city outputs; (seed, block, 2): counties — so adding
 * counties never changes the city's numbers. Scratch memory is fixed by the block size and the
 * layout, independent of the number of paths; nothing is allocated per path.
 */
import { NF, NI, NJ } from './linear';
import { fillNormals } from './normal';
import { seedStream } from './rng';
import {
  BLOCK_SIZE as BS,
  type AccumulatorBuffers,
  type CompiledRun,
  type PartialResult,
} from './run-types';
import { Recorder } from './recorder';

const f64 = (xs: readonly number[]): Float64Array => Float64Array.from(xs);

/** Scratch buffers for one block; every value is written before it is read. */
interface Scratch {
  key: string;
  bufA: Float64Array;
  bufB: Float64Array;
  bufC: Float64Array;
  z: Float64Array;
  delta: Float64Array;
  dev: Float64Array;
  resid: Float64Array;
  raw: Float64Array;
  d: Float64Array;
  x: Float64Array;
  keep: Float64Array;
  vd: Float64Array;
}

// Reused across calls of the same shape (a worker runs many chunks of one run), so a long run
// makes no garbage beyond the accumulators it returns. JS threads are single-threaded, so a
// module-level buffer is never used by two calls at once.
let cached: Scratch | null = null;

function scratchFor(KA: number, KB: number, KC: number, keepLen: number, vdLen: number): Scratch {
  const key = `${KA}/${KB}/${KC}/${keepLen}/${vdLen}`;
  if (cached?.key === key) return cached;
  cached = {
    key,
    bufA: new Float64Array(BS * KA),
    bufB: new Float64Array(BS * KB),
    bufC: new Float64Array(BS * KC),
    z: new Float64Array(NJ * BS),
    delta: new Float64Array(NJ * BS),
    dev: new Float64Array(NI * BS),
    resid: new Float64Array(NI * BS),
    raw: new Float64Array(NI * BS),
    d: new Float64Array(BS),
    x: new Float64Array(BS),
    keep: new Float64Array(keepLen),
    vd: new Float64Array(vdLen),
  };
  return cached;
}

/**
 * Run blocks [blockStart, blockEnd) of `run`. `reuse` may pass the arrays of an already merged
 * result to be refilled instead of allocating new ones.
 */
export function runBlocks(
  run: CompiledRun,
  blockStart: number,
  blockEnd: number,
  reuse?: AccumulatorBuffers,
): PartialResult {
  const start = Math.max(0, Math.min(blockStart, run.nBlocks));
  const end = Math.max(start, Math.min(blockEnd, run.nBlocks));
  const rec = new Recorder(run, end - start, reuse);
  const S = run.nSeries;
  const V = run.nVariants;

  const drvValue = f64(run.drvValue);
  const drvSd = f64(run.drvSd);
  const drvMin = f64(run.drvMin);
  const drvMax = f64(run.drvMax);
  const drvPlan = f64(run.drvPlan);
  const loadings = f64(run.loadings);
  const idio = f64(run.idio);
  const residSd = f64(run.residSd);
  const base = f64(run.base);
  const ca = f64(run.a);
  const cb = f64(run.b);
  const floors = f64(run.floor);
  const cCoef = f64(run.countyCoef);

  // Draw layout per path: offsets of each series' draws in streams B and C.
  const KA = NF + NJ + NI;
  const offB = new Int32Array(S).fill(-1);
  const offC = new Int32Array(S).fill(-1);
  let KB = 0;
  let KC = 0;
  for (let s = 0; s < S; s++) {
    const hasTau = run.tau[s]! > 0;
    if (run.seriesKind[s] === 0 && hasTau) {
      offB[s] = KB;
      KB += 4;
    } else if (run.seriesKind[s] === 1) {
      offC[s] = KC;
      KC += hasTau ? 5 : 1;
    }
  }
  const hasAggregates = run.aggStart.length > 1;
  const { bufA, bufB, bufC, z, delta, dev, resid, raw, d, x, keep, vd } = scratchFor(
    KA,
    KB,
    KC,
    hasAggregates ? S * 4 * BS : 0,
    V > 1 ? NJ * BS : 0,
  );

  for (let blk = start; blk < end; blk++) {
    const n = Math.min(BS, run.paths - blk * BS);
    rec.beginBlock(blk - start, n);
    fillNormals(seedStream(run.seed, blk, 0), bufA, 0, n * KA);
    if (KB > 0) fillNormals(seedStream(run.seed, blk, 1), bufB, 0, n * KB);
    if (KC > 0) fillNormals(seedStream(run.seed, blk, 2), bufC, 0, n * KC);

    // 1. Drivers.
    for (let j = 0; j < NJ; j++) {
      const v0 = drvValue[j]!;
      const sd = drvSd[j]!;
      const lo = drvMin[j]!;
      const hi = drvMax[j]!;
      const plan = drvPlan[j]!;
      const level = run.drvLevel[j] === 1;
      const id = idio[j]!;
      const l0 = loadings[j * NF]!;
      const l1 = loadings[j * NF + 1]!;
      const l2 = loadings[j * NF + 2]!;
      const o = j * BS;
      for (let p = 0; p < n; p++) {
        const pa = p * KA;
        const zj =
          id * bufA[pa + NF + j]! + l0 * bufA[pa]! + l1 * bufA[pa + 1]! + l2 * bufA[pa + 2]!;
        z[o + p] = zj;
        let v = v0 + sd * zj;
        v = v < lo ? lo : v > hi ? hi : v;
        delta[o + p] = level ? (100 * (v - plan)) / plan : v - plan;
      }
    }
    // 2. Outputs, upstream first.
    for (const i of run.order) {
      const o = i * BS;
      const rs = residSd[i]!;
      const col = NF + NJ + i;
      for (let p = 0; p < n; p++) {
        const r = rs * bufA[p * KA + col]!;
        resid[o + p] = r;
        dev[o + p] = r;
      }
      for (let k = run.dStart[i]!; k < run.dStart[i + 1]!; k++) {
        const c = run.dCoef[k]!;
        const from = run.dFrom[k]! * BS;
        for (let p = 0; p < n; p++) dev[o + p]! += c * delta[from + p]!;
      }
      for (let k = run.oStart[i]!; k < run.oStart[i + 1]!; k++) {
        const c = run.oCoef[k]!;
        const from = run.oFrom[k]! * BS;
        for (let p = 0; p < n; p++) {
          dev[o + p]! += c * dev[from + p]!;
          resid[o + p]! += c * resid[from + p]!;
        }
      }
    }
    // 3. Series.
    for (let s = 0; s < S; s++) {
      const kind = run.seriesKind[s]!;
      if (kind === 2) {
        const g = s - (S - (run.aggStart.length - 1));
        for (let q = 0; q < 4; q++) {
          x.fill(0, 0, n);
          for (let m = run.aggStart[g]!; m < run.aggStart[g + 1]!; m++) {
            const w = run.aggWeight[m]!;
            const from = (run.aggFrom[m]! * 4 + q) * BS;
            for (let p = 0; p < n; p++) x[p]! += w * keep[from + p]!;
          }
          rec.record(s, q, x, n);
        }
        continue;
      }
      const i = run.seriesOutput[s]!;
      if (kind === 0) {
        d.set(dev.subarray(i * BS, i * BS + n));
      } else {
        const sd = run.countySd[s]!;
        const c0 = offC[s]!;
        for (let p = 0; p < n; p++) d[p] = resid[i * BS + p]! + sd * bufC[p * KC + c0]!;
        for (let j = 0; j < NJ; j++) {
          const c = cCoef[s * NJ + j]!;
          if (c === 0) continue;
          for (let p = 0; p < n; p++) d[p]! += c * delta[j * BS + p]!;
        }
      }
      const buf = kind === 0 ? bufB : bufC;
      const stride = kind === 0 ? KB : KC;
      const u0 = kind === 0 ? offB[s]! : offC[s]! + 1;
      const fl = floors[s]!;
      for (let q = 0; q < 4; q++) {
        const k4 = s * 4 + q;
        const bq = base[k4]!;
        const aq = ca[k4]!;
        if (run.tau[s]! > 0) {
          const b0 = cb[k4 * 4]!;
          const b1 = cb[k4 * 4 + 1]!;
          const b2 = cb[k4 * 4 + 2]!;
          const b3 = cb[k4 * 4 + 3]!;
          for (let p = 0; p < n; p++) {
            const pu = p * stride + u0;
            x[p] =
              bq +
              aq * d[p]! +
              (b0 * buf[pu]! + b1 * buf[pu + 1]! + b2 * buf[pu + 2]! + b3 * buf[pu + 3]!);
          }
        } else {
          for (let p = 0; p < n; p++) x[p] = bq + aq * d[p]!;
        }
        if (kind === 0 && q === 3) raw.set(x.subarray(0, n), i * BS);
        for (let p = 0; p < n; p++) if (x[p]! < fl) x[p] = fl;
        if (hasAggregates && kind === 1) keep.set(x.subarray(0, n), k4 * BS);
        rec.record(s, q, x, n);
      }
    }
    // 4. Variants (index 0 is the base; only when there are others).
    if (V > 1) {
      for (let v = 0; v < V; v++) {
        const c0 = run.vStart[v]!;
        const c1 = run.vStart[v + 1]!;
        for (let c = c0; c < c1; c++) {
          const j = run.vDriver[c]!;
          const value = run.vValue[c]!;
          const sd = run.vSd[c]!;
          const lo = drvMin[j]!;
          const hi = drvMax[j]!;
          const plan = drvPlan[j]!;
          const level = run.drvLevel[j] === 1;
          for (let p = 0; p < n; p++) {
            let w = value + sd * z[j * BS + p]!;
            w = w < lo ? lo : w > hi ? hi : w;
            const dj = level ? (100 * (w - plan)) / plan : w - plan;
            vd[(c - c0) * BS + p] = dj - delta[j * BS + p]!;
          }
        }
        for (let i = 0; i < NI; i++) {
          if (run.vAffects[v * NI + i] !== 1) continue;
          const a3 = ca[i * 4 + 3]!;
          const fl = floors[i]!;
          for (let p = 0; p < n; p++) x[p] = raw[i * BS + p]!;
          for (let c = c0; c < c1; c++) {
            const bij = a3 * run.B[i * NJ + run.vDriver[c]!]!;
            if (bij === 0) continue;
            const o = (c - c0) * BS;
            for (let p = 0; p < n; p++) x[p]! += bij * vd[o + p]!;
          }
          for (let p = 0; p < n; p++) if (x[p]! < fl) x[p] = fl;
          rec.recordVariant(v, i, x, n);
        }
      }
    }
  }
  return rec.result(start, end);
}
