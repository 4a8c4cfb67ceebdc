import type { Scenario } from '../model/scenario';

/** Why the scenario changed, so listeners can decide what to redo (e.g. skip autosave on load). */
export type ChangeReason = 'edit' | 'undo' | 'redo' | 'replace';

export interface StoreOptions {
  /** Undo steps kept; older ones are dropped. */
  historyLimit?: number;
}

/**
 * The scenario being edited, with undo and redo. Edits are pure functions from the old
 * scenario to a new one; scenarios are never mutated, so history entries are safe to share.
 *
 * Consecutive edits with the same `coalesceKey` (a slider being dragged) merge into one undo
 * step, so Ctrl+Z undoes the whole drag rather than one pixel of it.
 */
export class ScenarioStore {
  private current: Scenario;
  private readonly past: Scenario[] = [];
  private readonly future: Scenario[] = [];
  private lastKey: string | null = null;
  private readonly listeners = new Set<(s: Scenario, reason: ChangeReason) => void>();
  private readonly limit: number;

  constructor(initial: Scenario, options: StoreOptions = {}) {
    this.current = initial;
    this.limit = options.historyLimit ?? 200;
  }

  get scenario(): Scenario {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Applies an edit. Returns false (and records nothing) when the edit changes nothing. */
  update(edit: (s: Scenario) => Scenario, coalesceKey?: string): boolean {
    const next = edit(this.current);
    if (next === this.current || sameScenario(next, this.current)) return false;
    const merge = coalesceKey !== undefined && coalesceKey === this.lastKey;
    if (!merge) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future.length = 0;
    this.lastKey = coalesceKey ?? null;
    this.current = next;
    this.emit('edit');
    return true;
  }

  /** Ends a coalescing run, so the next edit with the same key starts a new undo step. */
  commit(): void {
    this.lastKey = null;
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (!previous) return false;
    this.future.push(this.current);
    this.current = previous;
    this.lastKey = null;
    this.emit('undo');
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (!next) return false;
    this.past.push(this.current);
    this.current = next;
    this.lastKey = null;
    this.emit('redo');
    return true;
  }

  /**
   * Replaces the scenario (load, import, preset). By default it is one undoable step;
   * `resetHistory` starts afresh (used when restoring after a reload).
   */
  replace(scenario: Scenario, resetHistory = false): void {
    if (resetHistory) {
      this.past.length = 0;
    } else if (!sameScenario(scenario, this.current)) {
      this.past.push(this.current);
    }
    this.future.length = 0;
    this.lastKey = null;
    this.current = scenario;
    this.emit('replace');
  }

  subscribe(listener: (s: Scenario, reason: ChangeReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(reason: ChangeReason): void {
    for (const listener of this.listeners) listener(this.current, reason);
  }
}

/** Structural equality of two scenarios (they are plain JSON data). */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so equal scenarios give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        ),
      );
    }
    return v;
  });
}
