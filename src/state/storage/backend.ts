import type { StoreName } from './types';

/** A stored value: every store is keyed by `id`. */
export interface Keyed {
  id: string;
}

/**
 * The few operations the app needs from a key-value store with named object stores.
 * Two implementations: IndexedDB (backend-idb.ts) and memory (below), which takes over when
 * IndexedDB is unavailable or full so that the app keeps working.
 */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get(store: StoreName, id: string): Promise<unknown>;
  getAll(store: StoreName): Promise<unknown[]>;
  /**
   * Writes one value. Implementations start the write synchronously, before their first
   * `await`, so that a write issued from a `pagehide` handler is on its way before the page goes.
   */
  put(store: StoreName, value: Keyed): Promise<void>;
  /** Writes several values in one transaction: all of them or none. */
  putAll(entries: readonly { store: StoreName; value: Keyed }[]): Promise<void>;
  delete(store: StoreName, id: string): Promise<void>;
  close(): void;
}

/** Keeps everything in this page's memory: lost when the page closes. Values are deep-copied. */
export class MemoryBackend implements Backend {
  readonly kind = 'memory';
  private readonly stores = new Map<StoreName, Map<string, unknown>>();

  private store(name: StoreName): Map<string, unknown> {
    let store = this.stores.get(name);
    if (!store) {
      store = new Map();
      this.stores.set(name, store);
    }
    return store;
  }

  get(store: StoreName, id: string): Promise<unknown> {
    const value = this.store(store).get(id);
    return Promise.resolve(value === undefined ? undefined : structuredClone(value));
  }

  getAll(store: StoreName): Promise<unknown[]> {
    return Promise.resolve([...this.store(store).values()].map((v) => structuredClone(v)));
  }

  put(store: StoreName, value: Keyed): Promise<void> {
    this.store(store).set(value.id, structuredClone(value));
    return Promise.resolve();
  }

  putAll(entries: readonly { store: StoreName; value: Keyed }[]): Promise<void> {
    // Copy first so that an uncloneable value leaves nothing half-written.
    const copies = entries.map((e) => ({ store: e.store, value: structuredClone(e.value) }));
    for (const { store, value } of copies) this.store(store).set(value.id, value);
    return Promise.resolve();
  }

  delete(store: StoreName, id: string): Promise<void> {
    this.store(store).delete(id);
    return Promise.resolve();
  }

  close(): void {
    // Nothing to release.
  }
}
