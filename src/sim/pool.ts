/**
 * A pool of simulation workers, generic over how a worker is made (browser Web Worker or Node
 * `worker_threads`). It runs tasks — a range of blocks of a compiled run — and returns partial
 * results. It:
 * - starts workers lazily, up to `size`, only when there is work;
 * - detects a worker's death (error event, exit, a task timeout), replaces the worker and retries
 *   the task once; if that fails too, or workers cannot be created, it runs everything inline
 *   with the same kernel (`mode` becomes 'inline');
 * - cancels a job by dropping its queued tasks and terminating the workers busy with it;
 * - keeps up to PIPELINE_DEPTH tasks in flight per worker (once every worker has one), so that a
 *   worker goes from one task straight to the next without waiting for the page to take its
 *   result. In Chromium the page's share of that wait can be long: after a discrete input
 *   (a key press) the page's message tasks are deferred until the next frame is drawn, up to
 *   about 50 ms, and a worker waiting for its next task would sit idle all that time.
 *
 * Comlink never settles a call to a dead worker, so every call races against the worker's
 * failure signal and a timeout: the pool never hangs.
 */
import * as Comlink from 'comlink';
import { runBlocks } from '../model/kernel';
import {
  BLOCK_SIZE,
  type AccumulatorBuffers,
  type CompiledRun,
  type PartialResult,
} from '../model/run-types';
import type { SimulationWorkerApi } from '../../workers/simulation.worker';
import type { WorkerFactory, WorkerHandle } from './worker-handle';

export interface PoolOptions {
  /** How to make a worker; null runs every task inline. */
  factory: WorkerFactory | null;
  /** Maximum number of workers. */
  size: number;
  /** A task taking longer than this counts as a crashed worker (ms; default 120 000). */
  taskTimeoutMs?: number;
  /**
   * On cancel, a worker busy with a task of at least this many paths is terminated; a smaller
   * task (a few ms) is left to finish and its result dropped, which keeps the worker warm for the
   * next slider move. Default 16 384 paths.
   */
  terminateAbovePaths?: number;
  /**
   * Called when a worker died during a task and the task is retried on a fresh worker (the app
   * shows a notice: the results are unaffected, but the user should know).
   */
  onWorkerRestart?: (error: Error) => void;
}

/** Supplies arrays to refill when a task starts (see AccumulatorBuffers). */
export type BufferSource = () => AccumulatorBuffers | undefined;

interface Task {
  buffers?: BufferSource;
  /** Set when the job was cancelled while this task was running on a worker left to finish. */
  cancelled?: boolean;
  run: CompiledRun;
  blockStart: number;
  blockEnd: number;
  job: number;
  attempts: number;
  resolve: (part: PartialResult) => void;
  reject: (error: unknown) => void;
}

/** Tasks sent to one worker before its first answer comes back (see the file comment). */
const PIPELINE_DEPTH = 2;

interface Slot {
  handle: WorkerHandle;
  api: Comlink.Remote<SimulationWorkerApi>;
  /** Tasks sent to this worker and not answered yet, in the order the worker runs them. */
  tasks: Task[];
  /** Settles (rejects) when the worker dies. */
  dead: Promise<never>;
  kill: (error: Error) => void;
}

/** The error a cancelled job rejects with. */
export function abortError(): Error {
  return typeof DOMException === 'function'
    ? new DOMException('The simulation was cancelled', 'AbortError')
    : Object.assign(new Error('The simulation was cancelled'), { name: 'AbortError' });
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private inline: boolean;
  private disposed = false;
  /** Inline tasks scheduled but not yet run (a cancel removes them). */
  private readonly inlinePending = new Set<Task>();
  /** Why the pool fell back to inline, if it did. */
  fallbackReason: string | null = null;
  /** Workers created so far (for tests and diagnostics). */
  created = 0;
  /** Workers replaced after dying during a task (each with its task retried). */
  restarts = 0;

  constructor(private readonly options: PoolOptions) {
    this.inline = options.factory === null;
  }

  /** 'workers' until workers fail or are unavailable, then 'inline'. */
  get mode(): 'workers' | 'inline' {
    return this.inline ? 'inline' : 'workers';
  }

  /** Workers that can run at once (1 when inline). */
  get parallelism(): number {
    return this.inline ? 1 : this.options.size;
  }

  /**
   * Run blocks [blockStart, blockEnd) of `run` for job `job`. `buffers`, called when the task
   * starts, may hand over arrays of a merged result to refill.
   */
  runTask(
    run: CompiledRun,
    blockStart: number,
    blockEnd: number,
    job: number,
    buffers?: BufferSource,
  ): Promise<PartialResult> {
    if (this.disposed) return Promise.reject(new Error('the simulation engine was disposed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ run, blockStart, blockEnd, job, attempts: 0, resolve, reject, buffers });
      this.pump();
    });
  }

  /** Start all workers now and wait until they answer (optional; the pool starts lazily). */
  async warmUp(): Promise<void> {
    while (!this.inline && this.slots.length < this.options.size) {
      if (!this.createSlot()) break;
    }
    await Promise.all(
      this.slots.map((s) => Promise.race([s.api.ping(), s.dead]).catch(() => undefined)),
    );
  }

  /** Cancel a job: drop its queued tasks and terminate workers busy with it. */
  cancelJob(job: number): void {
    for (let k = this.queue.length - 1; k >= 0; k--) {
      const t = this.queue[k]!;
      if (t.job === job) {
        this.queue.splice(k, 1);
        t.reject(abortError());
      }
    }
    for (const t of [...this.inlinePending]) {
      if (t.job === job) {
        this.inlinePending.delete(t);
        t.reject(abortError());
      }
    }
    const limit = this.options.terminateAbovePaths ?? 16_384;
    for (const slot of [...this.slots]) {
      const mine = slot.tasks.filter((t) => t.job === job && !t.cancelled);
      if (mine.length === 0) continue;
      if (mine.some((t) => (t.blockEnd - t.blockStart) * BLOCK_SIZE >= limit)) {
        // Other jobs' tasks sent to this worker go back to the front of the queue.
        const others = slot.tasks.filter((t) => t.job !== job && !t.cancelled);
        slot.tasks = [];
        this.removeSlot(slot);
        this.queue.unshift(...others);
      } else {
        for (const t of mine) t.cancelled = true;
      }
      for (const t of mine) t.reject(abortError());
    }
    this.pump();
  }

  /**
   * Debugging and tests only (reached from the console through `window.__zzEngine`, never from
   * the UI): kill a worker busy with a task, as a crash would. Its failure is then handled like
   * any other: the worker is replaced and the task retried. False when no worker is busy.
   */
  killBusyWorker(): boolean {
    const slot = this.slots.find((s) => s.tasks.some((t) => !t.cancelled));
    if (!slot) return false;
    if (slot.handle.crash) {
      slot.handle.crash();
    } else {
      slot.handle.terminate();
      slot.kill(new Error('the worker was killed'));
    }
    return true;
  }

  /** Terminate every worker and reject queued tasks. */
  dispose(): void {
    this.disposed = true;
    for (const t of [...this.queue.splice(0), ...this.inlinePending]) {
      t.reject(new Error('the simulation engine was disposed'));
    }
    this.inlinePending.clear();
    for (const slot of [...this.slots]) {
      for (const t of slot.tasks) t.reject(new Error('the simulation engine was disposed'));
      slot.tasks = [];
      this.removeSlot(slot);
    }
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.disposed) {
      if (this.inline) {
        const task = this.queue.shift()!;
        this.runInline(task);
        continue;
      }
      // An idle worker first, then a new one, then a busy one with room in its pipeline.
      let slot = this.slots.find((s) => s.tasks.length === 0);
      if (!slot && this.slots.length < this.options.size) slot = this.createSlot() ?? undefined;
      if (!slot && this.inline) continue;
      slot ??= this.slots.find((s) => s.tasks.length < PIPELINE_DEPTH);
      if (!slot) return;
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private createSlot(): Slot | null {
    let handle: WorkerHandle;
    try {
      handle = this.options.factory!();
      this.created++;
    } catch (e) {
      this.fallBack(`workers unavailable: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    let kill: (error: Error) => void = () => undefined;
    const dead = new Promise<never>((_, reject) => (kill = reject));
    dead.catch(() => undefined);
    const slot: Slot = {
      handle,
      api: Comlink.wrap<SimulationWorkerApi>(handle.endpoint),
      tasks: [],
      dead,
      kill,
    };
    handle.onFailure((error) => slot.kill(error));
    this.slots.push(slot);
    return slot;
  }

  private removeSlot(slot: Slot): void {
    const k = this.slots.indexOf(slot);
    if (k >= 0) this.slots.splice(k, 1);
    slot.kill(new Error('worker terminated'));
    try {
      slot.handle.terminate();
    } catch {
      // Already gone.
    }
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    const timeoutMs = this.options.taskTimeoutMs ?? 120_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`a simulation task took longer than ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    const reuse = task.buffers?.();
    const call = reuse
      ? slot.api.runBlocks(
          task.run,
          task.blockStart,
          task.blockEnd,
          Comlink.transfer(reuse, [reuse.counts.buffer, reuse.extrema.buffer] as Transferable[]),
        )
      : slot.api.runBlocks(task.run, task.blockStart, task.blockEnd);
    Promise.race([call, slot.dead, timeout]).then(
      (part) => {
        clearTimeout(timer);
        const k = slot.tasks.indexOf(task);
        if (k < 0) return; // its worker was terminated meanwhile
        slot.tasks.splice(k, 1);
        if (!task.cancelled) task.resolve(part);
        this.pump();
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!slot.tasks.includes(task)) return;
        // The worker is lost with every task sent to it: the others go back to the queue as
        // they were (they did not fail themselves); this one is retried or run inline below.
        const others = slot.tasks.filter((t) => t !== task && !t.cancelled);
        slot.tasks = [];
        this.removeSlot(slot);
        this.queue.unshift(...others);
        if (task.cancelled) {
          this.pump();
          return;
        }
        if (task.attempts === 0) {
          task.attempts++;
          this.restarts++;
          this.queue.unshift(task);
          const reason = error instanceof Error ? error : new Error(String(error));
          try {
            this.options.onWorkerRestart?.(reason);
          } catch (e) {
            queueMicrotask(() => {
              throw e;
            });
          }
        } else {
          this.fallBack(
            `a worker failed twice: ${error instanceof Error ? error.message : String(error)}`,
          );
          this.queue.unshift(task);
        }
        this.pump();
      },
    );
  }

  private fallBack(reason: string): void {
    if (this.inline) return;
    this.inline = true;
    this.fallbackReason = reason;
    for (const slot of [...this.slots]) {
      this.queue.unshift(...slot.tasks.filter((t) => !t.cancelled));
      slot.tasks = [];
      this.removeSlot(slot);
    }
  }

  private runInline(task: Task): void {
    // A macrotask per task keeps the page responsive and lets a cancel land between tasks.
    this.inlinePending.add(task);
    setTimeout(() => {
      if (!this.inlinePending.delete(task)) return; // cancelled or disposed meanwhile
      try {
        task.resolve(runBlocks(task.run, task.blockStart, task.blockEnd, task.buffers?.()));
      } catch (e) {
        task.reject(e);
      }
    }, 0);
  }
}
