/**
 * Web Worker factory for the browser. Vite bundles the worker from this URL (module worker, ES
 * format per vite.config.ts), so it works offline from the built app.
 */
import type { WorkerFactory, WorkerHandle } from './worker-handle';

/** Create a simulation Web Worker. Throws where `Worker` is missing (the pool falls back inline). */
export const browserWorkerFactory: WorkerFactory = (): WorkerHandle => {
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onFailure(listener) {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        listener(new Error(`simulation worker failed: ${e.message || 'script error'}`));
      });
      worker.addEventListener('messageerror', () => {
        listener(new Error('simulation worker sent a message that could not be read'));
      });
    },
  };
};

/** Number of workers for this device: `navigator.hardwareConcurrency`, at least 1, at most 16. */
export function defaultPoolSize(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(16, Number.isFinite(n) && n > 0 ? n : 2));
}
