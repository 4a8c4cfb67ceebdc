/**
 * Entry point of the simulation bridge for the app. See README.md in this folder.
 *
 *   const engine = createSimulationEngine();
 *   await engine.run({ scenario, counties, sensitivity: true }, { onResult, onProgress, signal });
 */
import { browserWorkerFactory, defaultPoolSize } from './browser-worker';
import { SimulationEngine, type EngineOptions } from './engine';

/**
 * An engine with a pool of `navigator.hardwareConcurrency` Web Workers (started lazily), or an
 * inline engine where Web Workers do not exist. Options override either choice.
 */
export function createSimulationEngine(options: Partial<EngineOptions> = {}): SimulationEngine {
  const hasWorkers = typeof Worker !== 'undefined';
  return new SimulationEngine({
    factory:
      options.factory !== undefined ? options.factory : hasWorkers ? browserWorkerFactory : null,
    size: options.size ?? defaultPoolSize(),
    taskTimeoutMs: options.taskTimeoutMs,
    terminateAbovePaths: options.terminateAbovePaths,
    onWorkerRestart: options.onWorkerRestart,
  });
}

export {
  SimulationEngine,
  ScenarioError,
  planTasks,
  type CompareResult,
  type EngineOptions,
  type RunOptions,
  type RunProgress,
} from './engine';
export { WorkerPool, abortError } from './pool';
export type { WorkerFactory, WorkerHandle } from './worker-handle';
