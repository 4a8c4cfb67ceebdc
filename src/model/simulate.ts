/**
 * Run a whole simulation in the current thread: compile, run every block, merge, summarise.
 * The worker pool (src/sim) does the same with blocks spread over workers; this is the inline
 * path, the reference for tests, and the fallback when workers are unavailable.
 */
import { compileRun } from './compile';
import { runBlocks } from './kernel';
import { RunAccumulator } from './merge';
import type { SimulationResult } from './result-types';
import type { RunRequest } from './run-types';
import { summarise } from './summarise';

/** Simulate a validated request synchronously. */
export function simulate(request: RunRequest): SimulationResult {
  const { run, meta } = compileRun(request);
  const acc = new RunAccumulator(run);
  acc.add(runBlocks(run, 0, run.nBlocks));
  return summarise(run, meta, acc, true);
}
