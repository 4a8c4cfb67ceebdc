/**
 * Merging partial results. Counts are integers and extrema are min/max, so they merge exactly in
 * any order. Floating-point sums do not: (a + b) + c may differ from a + (b + c) in the last bit.
 * So each block's sums are kept separate and folded into the total strictly in block-index
 * order, whichever worker finished first. With the fixed block size, results are then
 * bit-identical for any number of workers, and memory stays flat (only blocks that arrived
 * ahead of a gap wait, and at most the in-flight chunks can be ahead).
 */
import { BLOCK_SIZE, type CompiledRun, type PartialResult } from './run-types';

/** Accumulates partial results of one run. */
export class RunAccumulator {
  readonly counts: Uint32Array;
  readonly extrema: Float64Array;
  /** Sums of blocks [0, nextBlock), folded in order. */
  readonly sums: Float64Array;
  /** Paths in blocks [0, nextBlock). */
  prefixPaths = 0;
  /** All paths received, including blocks waiting behind a gap. */
  receivedPaths = 0;
  private nextBlock = 0;
  private readonly pending = new Map<number, { sums: Float64Array; paths: number }>();
  private readonly perBlock: number;

  constructor(private readonly run: CompiledRun) {
    this.counts = new Uint32Array(run.layout.countsLength);
    this.extrema = new Float64Array(run.layout.extremaLength);
    for (let k = 0; k < this.extrema.length; k += 2) {
      this.extrema[k] = Infinity;
      this.extrema[k + 1] = -Infinity;
    }
    this.sums = new Float64Array(run.layout.sumsPerBlock);
    this.perBlock = run.layout.sumsPerBlock;
  }

  /** Add one partial result (any order). */
  add(part: PartialResult): void {
    const c = this.counts;
    for (let k = 0; k < c.length; k++) c[k]! += part.counts[k]!;
    const e = this.extrema;
    for (let k = 0; k < e.length; k += 2) {
      if (part.extrema[k]! < e[k]!) e[k] = part.extrema[k]!;
      if (part.extrema[k + 1]! > e[k + 1]!) e[k + 1] = part.extrema[k + 1]!;
    }
    for (let b = part.blockStart; b < part.blockEnd; b++) {
      const off = (b - part.blockStart) * this.perBlock;
      const paths = Math.min(BLOCK_SIZE, this.run.paths - b * BLOCK_SIZE);
      this.pending.set(b, { sums: part.blockSums.slice(off, off + this.perBlock), paths });
    }
    this.receivedPaths += part.paths;
    this.fold();
  }

  /** True when every block of the run has been added. */
  get complete(): boolean {
    return this.nextBlock >= this.run.nBlocks;
  }

  /** True when the blocks received so far form a prefix [0, k) with no gap. */
  get contiguous(): boolean {
    return this.pending.size === 0;
  }

  private fold(): void {
    for (;;) {
      const next = this.pending.get(this.nextBlock);
      if (!next) return;
      for (let k = 0; k < this.perBlock; k++) this.sums[k]! += next.sums[k]!;
      this.prefixPaths += next.paths;
      this.pending.delete(this.nextBlock);
      this.nextBlock++;
    }
  }
}
