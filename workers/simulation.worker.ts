/**
 * Simulation worker: a thin comlink entry around the pure kernel in src/model.
 *
 * It is stateless: each call carries the compiled run (a few KB of plain numbers) and a range of
 * blocks, and returns the mergeable partial result with its typed arrays transferred, not
 * copied. The main thread merges partials in block order (src/model/merge.ts), so results do
 * not depend on which worker ran which blocks.
 *
 * In a browser the worker is created by src/sim/browser-worker.ts and exposes itself on `self`.
 * Under Node `worker_threads` there is no `self`; scripts/sim/node-worker-entry.ts exposes the
 * same `simulationApi` through comlink's node adapter.
 */
import * as Comlink from 'comlink';
import { runBlocks } from '../src/model/kernel';
import type { AccumulatorBuffers, CompiledRun, PartialResult } from '../src/model/run-types';

export const simulationApi = {
  /**
   * Run blocks [blockStart, blockEnd) of `run`; typed arrays are transferred back. `reuse` are
   * arrays of an already merged result, transferred here to be refilled (no new allocation).
   */
  runBlocks(
    run: CompiledRun,
    blockStart: number,
    blockEnd: number,
    reuse?: AccumulatorBuffers,
  ): PartialResult {
    const part = runBlocks(run, blockStart, blockEnd, reuse);
    return Comlink.transfer(part, [
      part.counts.buffer,
      part.extrema.buffer,
      part.blockSums.buffer,
    ] as Transferable[]);
  },
  /** Answers when the worker has loaded; used to warm the pool up. */
  ping(): string {
    return 'ok';
  },
};

/** The worker's API as the main thread sees it (import with `import type`). */
export type SimulationWorkerApi = typeof simulationApi;

// A browser worker global has `self` with `postMessage`; Node has neither.
if (typeof self !== 'undefined' && typeof self.postMessage === 'function') {
  Comlink.expose(simulationApi);
}
