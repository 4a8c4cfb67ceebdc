/**
 * The user's baseline for this browser: loaded from the `baselines` store, kept in memory,
 * saved on every change, and offered to the engine and the dashboard.
 *
 *   await loadBaseline();                        // once at start (never rejects)
 *   const run = applyBaseline(scenario);         // fills scenario.counties.weights when usable
 *   projectedLevelFor('gdp', 6.2);               // 2023 level in 亿元 when the 2022 level is entered
 *   const off = onBaselineChange((b) => …);      // re-run or re-render when entries change
 *
 * The current baseline is the newest readable record of the store; edits are written back to
 * it. Records that cannot be read (e.g. saved by a newer version of the app) are left untouched
 * and reported, never overwritten.
 */
import type { GrowthOutputId } from '../model/outputs';
import { defaultScenario, type Scenario } from '../model/scenario';
import { appStorage, type Collection } from './storage';
import { baselineKind, emptyBaseline, type BaselineData } from './baseline-kind';
import { applyBaselineTo, projectedLevel, type ProjectedLevel } from './baseline-rules';

/** Name of the stored record (shown in backups). */
export const BASELINE_RECORD_NAME = '2022年基础数据 Baseline 2022';

export interface BaselineLoadInfo {
  /** Stored records that could not be read, with the reason (left untouched). */
  unreadable: { id: string; message: string }[];
}

/** One baseline with its storage; the app uses the shared instance below. */
export class BaselineState {
  private current: BaselineData = emptyBaseline();
  private recordId: string | undefined;
  private readonly listeners = new Set<(b: BaselineData) => void>();
  private loading: Promise<BaselineLoadInfo> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly collection: () => Promise<Collection<BaselineData>>) {}

  get baseline(): BaselineData {
    return this.current;
  }

  /** Reads the store once (later calls return the same promise). Never rejects. */
  load(): Promise<BaselineLoadInfo> {
    this.loading ??= this.read().catch((err: unknown) => ({
      unreadable: [{ id: '?', message: err instanceof Error ? err.message : String(err) }],
    }));
    return this.loading;
  }

  private async read(): Promise<BaselineLoadInfo> {
    const records = await (await this.collection()).list();
    const unreadable = records.flatMap((r) => (r.ok ? [] : [{ id: r.id, message: r.message }]));
    const newest = records.find((r) => r.ok);
    if (newest?.ok) {
      this.recordId = newest.id;
      this.current = newest.value;
      this.emit();
    }
    return { unreadable };
  }

  /**
   * Validates and saves `next`, then makes it current and tells the listeners. Throws (and
   * changes nothing) when the data is invalid or the write fails.
   */
  save(next: BaselineData): Promise<void> {
    // One write at a time: the first save of a new record must know its id before the next.
    const run = this.writing.then(() => this.write(next));
    this.writing = run.catch(() => undefined);
    return run;
  }

  /**
   * Applies `change` to the baseline as it is when this write's turn comes (after every write
   * queued before it) and saves the result. Editors use this rather than `save(next)` built from
   * the baseline they last drew: two quick edits (one field, Tab, the next field) would
   * otherwise both start from the same drawing, and the second would undo the first.
   */
  edit(change: (current: BaselineData) => BaselineData): Promise<void> {
    const run = this.writing.then(async () => {
      await this.load();
      await this.write(change(this.current));
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(next: BaselineData): Promise<void> {
    await this.load();
    const collection = await this.collection();
    const { id } = await collection.save({
      ...(this.recordId !== undefined ? { id: this.recordId } : {}),
      name: BASELINE_RECORD_NAME,
      value: next,
    });
    this.recordId = id;
    this.current = next;
    this.emit();
  }

  subscribe(listener: (b: BaselineData) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.current);
  }
}

let shared: BaselineState | null = null;

/** The page's baseline, backed by the app storage. */
export function baselineState(): BaselineState {
  shared ??= new BaselineState(async () => (await appStorage()).collection(baselineKind));
  return shared;
}

/** Loads the page's baseline (once). Never rejects. */
export function loadBaseline(): Promise<BaselineLoadInfo> {
  return baselineState().load();
}

/** The current baseline entries (empty until loaded). */
export function currentBaseline(): BaselineData {
  return baselineState().baseline;
}

export function onBaselineChange(listener: (b: BaselineData) => void): () => void {
  return baselineState().subscribe(listener);
}

/**
 * The scenario with the user's county weights filled in when they are complete and add up to
 * 100% (so the engine aggregates city totals from the counties); unchanged otherwise, and
 * unchanged when the scenario carries weights of its own.
 */
export function applyBaseline(scenario: Scenario): Scenario {
  return applyBaselineTo(scenario, currentBaseline());
}

/**
 * The user's county weights as the engine takes them (shares adding up to 1, every county), or
 * null while they are missing, incomplete or do not add up. For run-request builders that take
 * county data apart from the scenario (the workbench's `buildRunRequest(…, { baseline })`).
 */
export function baselineCountyWeights(): { weights: Record<string, number> } | null {
  const weights = applyBaselineTo(defaultScenario(), currentBaseline()).counties.weights;
  return weights ? { weights } : null;
}

/** The 2023 level for a projected growth, when the user has entered the 2022 level; else null. */
export function projectedLevelFor(
  output: GrowthOutputId,
  growthPercent: number,
): ProjectedLevel | null {
  return projectedLevel(output, growthPercent, currentBaseline());
}
