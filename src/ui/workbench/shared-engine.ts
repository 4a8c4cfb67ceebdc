/**
 * One simulation engine for the whole page: the workbench, the compare view and the presenter
 * share its pool of workers (started lazily, on the first run), instead of each starting
 * `hardwareConcurrency` workers of its own on a 2-core laptop.
 */
import { createSimulationEngine, type SimulationEngine } from '../../sim';
import { notices } from '../notices';
import { workerRestartNotice } from '../worker-notice';

/**
 * What the page exposes on `window.__zzEngine` for the end-to-end tests and the console: how the
 * engine runs, and a way to kill a busy worker as a crash would (to see the restart). Nothing
 * in the UI reaches `killBusyWorker`.
 */
export interface EngineHandle {
  /** 'workers', or 'inline' after workers failed or were unavailable. */
  mode: () => 'workers' | 'inline';
  workersCreated: () => number;
  /** Workers replaced after dying mid-task. */
  restarts: () => number;
  killBusyWorker: () => boolean;
}

declare global {
  interface Window {
    __zzEngine?: EngineHandle;
  }
}

let engine: SimulationEngine | null = null;

/** The page's engine, created on first use. A worker restart is told to the user in a notice. */
export function sharedEngine(): SimulationEngine {
  if (engine) return engine;
  const e = createSimulationEngine({
    onWorkerRestart: () => notices().show(workerRestartNotice()),
  });
  engine = e;
  window.__zzEngine = {
    mode: () => e.mode,
    workersCreated: () => e.workersCreated,
    restarts: () => e.workerRestarts,
    killBusyWorker: () => e.killBusyWorker(),
  };
  return e;
}
