/**
 * What the pool needs from a worker, whatever runs it: a comlink endpoint, a way to terminate it,
 * and a way to hear that it died. Browsers supply Web Workers (browser-worker.ts); Node tests and
 * the CLI supply `worker_threads` workers through comlink's node adapter
 * (scripts/sim/node-workers.ts).
 */
import type { Endpoint } from 'comlink';

export interface WorkerHandle {
  endpoint: Endpoint;
  terminate(): void;
  /** Register a listener for the worker failing (error event, unexpected exit). */
  onFailure(listener: (error: Error) => void): void;
  /**
   * Debugging and tests only: stop the worker abruptly, as a crash would, so that its failure
   * listeners hear of it (`WorkerPool.killBusyWorker`). Optional.
   */
  crash?(): void;
}

/** Creates one worker; may throw when workers are unavailable (the pool then runs inline). */
export type WorkerFactory = () => WorkerHandle;
