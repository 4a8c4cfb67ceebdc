import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Backend, Keyed } from './backend';
import {
  DB_NAME,
  DB_VERSION,
  UPGRADES,
  runUpgrades,
  type UpgradeDb,
  type UpgradeTx,
} from './schema';
import type { StorageProblem, StoreName } from './types';

export interface IdbOpenOptions {
  /** Where IndexedDB comes from; defaults to the page's `indexedDB` (tests pass their own). */
  factory?: () => IDBFactory | undefined;
  name?: string;
  version?: number;
  steps?: readonly ((db: UpgradeDb, tx: UpgradeTx) => void)[];
  /** Another window is upgrading the database: this connection has been closed. */
  onVersionChange?: () => void;
  /** The browser closed the connection (e.g. the user cleared site data). */
  onTerminated?: () => void;
}

export type IdbOpenResult =
  { ok: true; backend: IdbBackend } | { ok: false; problem: StorageProblem };

function describe(err: unknown): string {
  if (err instanceof Error || err instanceof DOMException) return `${err.name}: ${err.message}`;
  return String(err);
}

/**
 * Opens the app's database, creating or upgrading its stores. Never throws: a browser without
 * IndexedDB, one that refuses it (private mode, disabled storage), a failed upgrade, or a
 * database held open at an older version by another window all come back as a problem, and the
 * caller falls back to memory. A failed upgrade aborts its transaction, so the data on disk
 * stays exactly as it was.
 */
export function openIdbBackend(options: IdbOpenOptions = {}): Promise<IdbOpenResult> {
  const unavailable = (detail: string): IdbOpenResult => ({
    ok: false,
    problem: { kind: 'unavailable', detail },
  });
  let request: IDBOpenDBRequest;
  try {
    const factory = options.factory ? options.factory() : globalThis.indexedDB;
    if (!factory) return Promise.resolve(unavailable('IndexedDB is not supported'));
    request = factory.open(options.name ?? DB_NAME, options.version ?? DB_VERSION);
  } catch (err) {
    // Some browsers throw on merely touching `indexedDB` in private mode or sandboxed frames.
    return Promise.resolve(unavailable(describe(err)));
  }
  return new Promise((resolve) => {
    let settled = false;
    let upgradeError: unknown = null;
    const settle = (result: IdbOpenResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.onupgradeneeded = (event) => {
      try {
        const raw = request.transaction;
        if (!raw) throw new Error('no upgrade transaction');
        const tx = wrap(raw) as unknown as UpgradeTx;
        // The open request reports an aborted upgrade; its `done` need not (no unhandled rejection).
        tx.done.catch(() => undefined);
        runUpgrades(
          wrap(request.result),
          tx,
          event.oldVersion,
          event.newVersion ?? options.version ?? DB_VERSION,
          options.steps ?? UPGRADES,
        );
      } catch (err) {
        upgradeError = err;
        request.transaction?.abort();
      }
    };
    request.onblocked = () =>
      settle({
        ok: false,
        problem: { kind: 'blocked', detail: 'another window holds an older version open' },
      });
    request.onsuccess = () => {
      const db = request.result;
      // Blocked earlier and given up on: do not hold a connection nobody uses.
      if (settled) db.close();
      else settle({ ok: true, backend: new IdbBackend(wrap(db), options) });
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle(unavailable(describe(upgradeError ?? request.error)));
    };
  });
}

/** Asks the browser to commit now rather than when the task ends (helps writes at `pagehide`). */
function commitNow(tx: IDBPTransaction<unknown, StoreName[], 'readwrite'>): void {
  const raw = tx as unknown as { commit?: () => void };
  if (typeof raw.commit === 'function') raw.commit();
}

/** Aborts a transaction whose requests could not all be issued, without an unhandled rejection. */
function abandon(tx: IDBPTransaction<unknown, StoreName[], 'readwrite'>): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

export class IdbBackend implements Backend {
  readonly kind = 'indexeddb';

  constructor(
    private readonly db: IDBPDatabase<unknown>,
    hooks: Pick<IdbOpenOptions, 'onVersionChange' | 'onTerminated'> = {},
  ) {
    // Tell the app first (it starts copying what it needs, see AppStorage), then close at once
    // so that the other window's upgrade is not blocked: started transactions still complete.
    db.addEventListener('versionchange', () => {
      hooks.onVersionChange?.();
      db.close();
    });
    db.addEventListener('close', () => hooks.onTerminated?.());
  }

  get(store: StoreName, id: string): Promise<unknown> {
    return this.db.get(store, id);
  }

  getAll(store: StoreName): Promise<unknown[]> {
    return this.db.getAll(store);
  }

  async put(store: StoreName, value: Keyed): Promise<void> {
    await this.putAll([{ store, value }]);
  }

  putAll(entries: readonly { store: StoreName; value: Keyed }[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const stores = [...new Set(entries.map((e) => e.store))];
    const tx = this.db.transaction(stores, 'readwrite');
    let requests: Promise<unknown>[];
    try {
      requests = entries.map((e) => tx.objectStore(e.store).put(e.value));
    } catch (err) {
      // A request that throws (quota, uncloneable value) leaves earlier ones pending: undo them.
      abandon(tx);
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    commitNow(tx);
    return Promise.all([...requests, tx.done]).then(() => undefined);
  }

  async delete(store: StoreName, id: string): Promise<void> {
    const tx = this.db.transaction([store], 'readwrite');
    const request = tx.objectStore(store).delete(id);
    commitNow(tx);
    await Promise.all([request, tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
