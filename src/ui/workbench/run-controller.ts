/**
 * The workbench's run loop: every edit starts a run and cancels the one before, so the screen
 * always follows the latest input. The engine reports a coarse result (2,048 paths) at once and
 * the full one when it is done; both go to the listener, marked by `result.final`.
 *
 * The sensitivity (tornado) costs about seventeen runs, so it runs separately, after the main
 * result is final and the input has been quiet for a moment: while a slider moves, only the
 * main run competes for the workers. Until it arrives the previous tornado stays, marked stale.
 */
import type { SimulationResult } from '../../model/result-types';
import type { RunRequest } from '../../model/run-types';
import type { RunOptions, RunProgress } from '../../sim/engine';

/** What the controller needs from the engine (a fake in unit tests). */
export interface RunEngine {
  run(request: RunRequest, options?: RunOptions): Promise<SimulationResult>;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface RunSnapshot {
  status: RunStatus;
  /** The result on screen: coarse (`final: false`) or final; null before the first. */
  result: SimulationResult | null;
  /** Progress of the current run (null when none is running). */
  progress: RunProgress | null;
  /** The current run's requested paths. */
  requested: number;
  /** Why the last run failed. */
  error: string | null;
  /** The last sensitivity result (its `sensitivity` field holds the tornado data). */
  sensitivity: SimulationResult | null;
  /** True while the sensitivity belongs to an earlier scenario and a newer one is on its way. */
  sensitivityStale: boolean;
  /** Increments with every run; listeners can tell a new run from an update of the same one. */
  generation: number;
}

export type RunEvent = 'start' | 'coarse' | 'final' | 'progress' | 'sensitivity' | 'status';

export interface RunControllerOptions {
  /** Quiet time after a final result before the sensitivity run starts (ms; default 250). */
  sensitivityDelayMs?: number;
}

const isAbort = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';

export class RunController {
  private mainAbort: AbortController | null = null;
  private sensAbort: AbortController | null = null;
  private sensTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly delay: number;
  private snapshot: RunSnapshot = {
    status: 'idle',
    result: null,
    progress: null,
    requested: 0,
    error: null,
    sensitivity: null,
    sensitivityStale: false,
    generation: 0,
  };

  constructor(
    private readonly engine: RunEngine,
    private readonly listener: (state: RunSnapshot, event: RunEvent) => void,
    options: RunControllerOptions = {},
  ) {
    this.delay = options.sensitivityDelayMs ?? 250;
  }

  get state(): RunSnapshot {
    return this.snapshot;
  }

  /**
   * Runs `main` now, cancelling whatever runs; afterwards `sensitivity` (when given) once the
   * input has been quiet for a moment.
   */
  run(main: RunRequest, sensitivity: RunRequest | null): void {
    this.stopAll();
    const generation = this.snapshot.generation + 1;
    const abort = new AbortController();
    this.mainAbort = abort;
    const requested = main.paths ?? main.scenario.paths;
    this.update(
      {
        status: 'running',
        progress: { done: 0, total: requested, fraction: 0 },
        requested,
        error: null,
        generation,
        sensitivityStale: this.snapshot.sensitivity !== null,
      },
      'start',
    );
    const current = (): boolean => this.snapshot.generation === generation && !abort.signal.aborted;
    // The engine's share of the input-to-chart time (read by npm run bench:ui).
    const started = performance.now();
    const measure = (name: string): void => {
      performance.measure(name, { start: started, end: performance.now() });
    };
    this.engine
      .run(main, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (current()) this.update({ progress }, 'progress');
        },
        onResult: (result) => {
          if (!current()) return;
          measure(result.final ? 'wb:engine-final' : 'wb:engine-coarse');
          if (!result.final) {
            this.update({ result }, 'coarse');
            return;
          }
          this.mainAbort = null;
          this.update({ result, status: 'done', progress: null }, 'final');
          if (sensitivity) this.scheduleSensitivity(sensitivity, generation);
        },
      })
      .catch((err: unknown) => {
        if (this.snapshot.generation !== generation || isAbort(err)) return;
        this.mainAbort = null;
        const error = err instanceof Error ? err.message : String(err);
        this.update({ status: 'error', error, progress: null }, 'status');
      });
  }

  /** Stops the refinement of the current run; the coarse result stays on screen. */
  cancel(): void {
    if (this.snapshot.status !== 'running') return;
    this.stopAll();
    this.update({ status: 'cancelled', progress: null }, 'status');
  }

  /** Stops everything (the view is left). */
  dispose(): void {
    this.stopAll();
  }

  private stopAll(): void {
    if (this.sensTimer !== null) clearTimeout(this.sensTimer);
    this.sensTimer = null;
    this.mainAbort?.abort();
    this.mainAbort = null;
    this.sensAbort?.abort();
    this.sensAbort = null;
  }

  private scheduleSensitivity(request: RunRequest, generation: number): void {
    this.sensTimer = setTimeout(() => {
      this.sensTimer = null;
      if (this.snapshot.generation !== generation) return;
      const abort = new AbortController();
      this.sensAbort = abort;
      this.engine
        .run(request, { signal: abort.signal, progressive: false })
        .then((sensitivity) => {
          if (this.snapshot.generation !== generation || abort.signal.aborted) return;
          this.sensAbort = null;
          this.update({ sensitivity, sensitivityStale: false }, 'sensitivity');
        })
        .catch((err: unknown) => {
          if (isAbort(err) || this.snapshot.generation !== generation) return;
          this.sensAbort = null;
          // The main result stands; the tornado says it could not be computed.
          console.error(err);
          this.update({ sensitivity: null, sensitivityStale: false }, 'sensitivity');
        });
    }, this.delay);
  }

  private update(patch: Partial<RunSnapshot>, event: RunEvent): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listener(this.snapshot, event);
  }
}
