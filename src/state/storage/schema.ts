import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { ALL_STORES, type StoreName } from './types';

/** The IndexedDB database of the app (one per origin). */
export const DB_NAME = 'zhangzhou-2023-simulator';

/**
 * The database's structural version: which object stores and indexes exist. It is not the
 * version of any feature's data (that is each record's `schemaVersion`, see records.ts).
 */
export const DB_VERSION = 1;

export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, StoreName[], 'versionchange'>;

/**
 * `UPGRADES[v - 1]` takes a database from version v − 1 to v. Steps run in order inside the
 * one `versionchange` transaction, so an upgrade is all or nothing. A shipped step is never
 * edited: to change the layout, append a step and bump DB_VERSION; tests/state/migrations.test.ts
 * keeps checking that a version-1 database, with its records, opens under the newest code.
 */
export const UPGRADES: readonly ((db: UpgradeDb, tx: UpgradeTx) => void)[] = [
  // Version 1: scenarios, decks, baselines, settings and autosave, each keyed by `id`.
  (db) => {
    for (const store of ALL_STORES) db.createObjectStore(store, { keyPath: 'id' });
  },
];

/** Runs the steps from `oldVersion` up to `newVersion` (called from `upgradeneeded`). */
export function runUpgrades(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  steps: readonly ((db: UpgradeDb, tx: UpgradeTx) => void)[] = UPGRADES,
): void {
  if (newVersion > steps.length) {
    throw new Error(`no upgrade step to database version ${newVersion}`);
  }
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = steps[v - 1];
    if (!step) throw new Error(`no upgrade step to database version ${v}`);
    step(db, tx);
  }
}
