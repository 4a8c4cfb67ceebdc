/**
 * Web Worker factory for the browser. Vite bundles the worker as its own file (module worker, ES
 * format per vite.config.ts), so it is precached and works offline. It is started through a
 * one-line `blob:` wrapper so that it runs under the page's Content-Security-Policy (a worker
 * loaded straight from a URL would get no policy from our <meta> element: see
 * src/pwa/worker-url.ts).
 */
import workerUrl from '../../workers/simulation.worker.ts?worker&url';
import { workerUrlUnderPageCsp } from '../pwa/worker-url';
import type { WorkerFactory, WorkerHandle } from './worker-handle';

let wrappedUrl: string | null = null;

/** Create a simulation Web Worker. Throws where `Worker` is missing (the pool falls back inline). */
export const browserWorkerFactory: WorkerFactory = (): WorkerHandle => {
  wrappedUrl ??= workerUrlUnderPageCsp(workerUrl, 'module');
  const worker = new Worker(wrappedUrl, { type: 'module', name: 'simulation' });
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
    crash() {
      // What a worker dying of an uncaught error looks like from the page: it stops, and its
      // object fires an error event (through the same listeners as a real one).
      worker.terminate();
      worker.dispatchEvent(new ErrorEvent('error', { message: 'the worker was killed' }));
    },
  };
};

/** Number of workers for this device: `navigator.hardwareConcurrency`, at least 1, at most 16. */
export function defaultPoolSize(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
  return Math.max(1, Math.min(16, Number.isFinite(n) && n > 0 ? n : 2));
}
