/**
 * The main-thread bridge: the one object the app (and the CLI) uses to run simulations.
 *
 * It owns a WorkerPool and turns a run request into tasks over blocks of paths:
 * - progressive refinement: the first two blocks (2048 paths) go out first, one per worker, and
 *   their merged result is reported at once with `final: false`; the remaining blocks follow and
 *   the final result is the merge of all blocks — identical to a non-progressive run;
 * - progress after every task, monotone in the number of paths done;
 * - cancellation through an AbortSignal, which terminates the workers busy with the run;
 * - results that do not depend on the number of workers (blocks merge in index order).
 */
import { compileRun } from '../model/compile';
import { attributeCentral, type CentralAttribution } from '../model/central';
import { RunAccumulator } from '../model/merge';
import type { SimulationResult } from '../model/result-types';
import {
  BLOCK_SIZE,
  FIRST_BATCH_PATHS,
  type AccumulatorBuffers,
  type RunRequest,
} from '../model/run-types';
import { changedDrivers, type DriverSetting, type Scenario } from '../model/scenario';
import type { DriverId } from '../model/drivers';
import { summarise } from '../model/summarise';
import {
  checkPaths,
  formatIssues,
  validateScenario,
  type ValidationIssue,
} from '../model/validate';
import { WorkerPool, abortError } from './pool';
import type { WorkerFactory } from './worker-handle';

/** Blocks in the coarse first batch of a progressive run (2048 paths). */
const FIRST_BLOCKS = FIRST_BATCH_PATHS / BLOCK_SIZE;

export interface EngineOptions {
  /** How to make a worker; null runs inline. */
  factory: WorkerFactory | null;
  /** Number of workers (e.g. navigator.hardwareConcurrency). */
  size: number;
  /** A task slower than this counts as a crashed worker (ms). */
  taskTimeoutMs?: number;
  /** On cancel, terminate workers busy with at least this many paths (default 16 384). */
  terminateAbovePaths?: number;
  /** A worker died during a task and was replaced; the task is retried once (see pool.ts). */
  onWorkerRestart?: (error: Error) => void;
}

export interface RunProgress {
  /** Paths finished so far (never decreases within a run). */
  done: number;
  total: number;
  fraction: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Called after every finished task. */
  onProgress?: (progress: RunProgress) => void;
  /** Called with the coarse result (`final: false`) and then the final one. */
  onResult?: (result: SimulationResult) => void;
  /** Report a coarse result from the first 2048 paths first (default true). */
  progressive?: boolean;
}

/** Two scenarios side by side, with what explains the gap between them. */
export interface CompareResult {
  a: SimulationResult;
  b: SimulationResult;
  changed: { id: DriverId; from: DriverSetting; to: DriverSetting }[];
  /** Exact decomposition of the central gap, per output and driver. */
  central: CentralAttribution[];
}

/** A request that failed validation; `issues` name the fields. */
export class ScenarioError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(formatIssues(issues));
    this.name = 'ScenarioError';
  }
}

export class SimulationEngine {
  private readonly pool: WorkerPool;
  private job = 0;

  constructor(options: EngineOptions) {
    this.pool = new WorkerPool(options);
  }

  /** 'workers', or 'inline' when workers are unavailable or failed. */
  get mode(): 'workers' | 'inline' {
    return this.pool.mode;
  }

  /** Workers created so far (diagnostics and tests). */
  get workersCreated(): number {
    return this.pool.created;
  }

  /** Workers replaced after dying during a task. */
  get workerRestarts(): number {
    return this.pool.restarts;
  }

  /** Debugging and tests only: kill a busy worker as a crash would (see WorkerPool). */
  killBusyWorker(): boolean {
    return this.pool.killBusyWorker();
  }

  /** Start the workers ahead of the first run (optional). */
  warmUp(): Promise<void> {
    return this.pool.warmUp();
  }

  /** Terminate the workers. */
  dispose(): void {
    this.pool.dispose();
  }

  /** Run a request; resolves with the final result. Rejects with ScenarioError or AbortError. */
  run(request: RunRequest, options: RunOptions = {}): Promise<SimulationResult> {
    const checked = validateScenario(request.scenario, { counties: request.counties });
    if (!checked.ok) return Promise.reject(new ScenarioError(checked.errors));
    const issues = request.paths === undefined ? [] : checkPaths(request.paths, 'paths');
    if (issues.length > 0) return Promise.reject(new ScenarioError(issues));
    if (options.signal?.aborted) return Promise.reject(abortError());
    const { run, meta } = compileRun({ ...request, scenario: checked.scenario });
    const job = ++this.job;
    const progressive = (options.progressive ?? true) && run.nBlocks > FIRST_BLOCKS;
    const tasks = planTasks(
      run.nBlocks,
      progressive ? FIRST_BLOCKS : 0,
      this.pool.parallelism,
      this.pool.mode,
    );
    const acc = new RunAccumulator(run);
    const coarse = progressive ? new RunAccumulator(run) : null;
    let coarseLeft = progressive ? FIRST_BLOCKS : 0;
    let remaining = tasks.length;
    let done = 0;
    // Arrays of merged partials, handed to later tasks to refill: a long run allocates no new
    // accumulators, so memory stays flat however many paths it has.
    const spare: AccumulatorBuffers[] = [];
    const buffers = (): AccumulatorBuffers | undefined => spare.pop();
    const fallback = (): string[] =>
      this.pool.fallbackReason ? [`ran inline: ${this.pool.fallbackReason}`] : [];

    return new Promise<SimulationResult>((resolve, reject) => {
      let settled = false;
      const onAbort = (): void => {
        if (settled) return;
        settled = true;
        this.pool.cancelJob(job);
        reject(abortError());
      };
      const settle = (fn: () => void): void => {
        settled = true;
        options.signal?.removeEventListener('abort', onAbort);
        fn();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      for (const t of tasks) {
        this.pool.runTask(run, t.start, t.end, job, buffers).then(
          (part) => {
            if (settled) return;
            acc.add(part);
            done += part.paths;
            if (t.coarse && coarse) {
              coarse.add(part);
              if (--coarseLeft === 0 && !acc.complete) {
                const r = summarise(run, meta, coarse, false);
                r.warnings = [...r.warnings, ...fallback()];
                callSafely(() => options.onResult?.(r));
                if (settled) return;
              }
            }
            callSafely(() =>
              options.onProgress?.({ done, total: run.paths, fraction: done / run.paths }),
            );
            if (settled) return; // a callback cancelled the run
            if (--remaining > 0) {
              spare.push({ counts: part.counts, extrema: part.extrema });
              return;
            }
            const result = summarise(run, meta, acc, true);
            result.warnings = [...result.warnings, ...fallback()];
            callSafely(() => options.onResult?.(result));
            settle(() => resolve(result));
          },
          (error: unknown) => {
            if (settled) return;
            this.pool.cancelJob(job);
            settle(() => reject(error instanceof Error ? error : new Error(String(error))));
          },
        );
      }
    });
  }

  /**
   * Run scenario A (`base`) and scenario B side by side. A's result carries `attribution`: the
   * effect of setting each differing driver as in B, on the same random draws.
   */
  async compare(
    base: RunRequest,
    other: Scenario,
    options: RunOptions = {},
  ): Promise<CompareResult> {
    const total = { a: 0, b: 0 };
    const progress = (key: 'a' | 'b') => (p: RunProgress) => {
      total[key] = p.done;
      const all = 2 * (base.paths ?? base.scenario.paths);
      options.onProgress?.({
        done: total.a + total.b,
        total: all,
        fraction: (total.a + total.b) / all,
      });
    };
    const [a, b] = await Promise.all([
      this.run(
        { ...base, compareTo: other },
        { signal: options.signal, onProgress: progress('a'), progressive: false },
      ),
      this.run(
        { ...base, scenario: { ...other, seed: base.scenario.seed }, sensitivity: false },
        { signal: options.signal, onProgress: progress('b'), progressive: false },
      ),
    ]);
    return {
      a,
      b,
      changed: changedDrivers(base.scenario, other),
      central: attributeCentral(base.scenario, other),
    };
  }
}

/** Split blocks into tasks: the coarse blocks one by one, then chunks sized for the pool. */
export function planTasks(
  nBlocks: number,
  coarseBlocks: number,
  workers: number,
  mode: 'workers' | 'inline',
): { start: number; end: number; coarse: boolean }[] {
  const tasks: { start: number; end: number; coarse: boolean }[] = [];
  let b = 0;
  for (; b < Math.min(coarseBlocks, nBlocks); b++)
    tasks.push({ start: b, end: b + 1, coarse: true });
  const rest = nBlocks - b;
  const w = Math.max(1, workers);
  let chunk =
    rest <= 8 * w ? Math.ceil(rest / w) : Math.min(64, Math.max(8, Math.ceil(rest / (4 * w))));
  if (mode === 'inline') chunk = Math.min(chunk, 4);
  for (; b < nBlocks; b += chunk)
    tasks.push({ start: b, end: Math.min(nBlocks, b + chunk), coarse: false });
  return tasks;
}

/** A throwing callback must not break the run; report it asynchronously instead. */
function callSafely(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    queueMicrotask(() => {
      throw e;
    });
  }
}
