/**
 * Worker factory over Node `worker_threads`, for the CLI, the benchmark and the tests. Each
 * worker boots tsx (worker-boot.mjs) and loads node-worker-entry.ts, so the same TypeScript model
 * runs with no build step, from a clean clone.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { WorkerFactory, WorkerHandle } from '../../src/sim/worker-handle';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

const boot = new URL('./worker-boot.mjs', import.meta.url);
const entry = new URL('./node-worker-entry.ts', import.meta.url).href;

/** Create one simulation worker thread. */
export const nodeWorkerFactory: WorkerFactory = (): WorkerHandle => {
  const worker = new Worker(boot, { workerData: { entry } });
  let exited = false;
  return {
    endpoint: nodeEndpoint(worker),
    terminate: () => {
      exited = true;
      void worker.terminate();
    },
    onFailure(listener) {
      worker.on('error', (e: Error) => listener(e));
      worker.on('exit', (code: number) => {
        if (!exited) listener(new Error(`simulation worker exited with code ${code}`));
      });
    },
  };
};

/** Number of worker threads to use by default on this machine. */
export function defaultNodePoolSize(): number {
  return Math.max(1, availableParallelism());
}
