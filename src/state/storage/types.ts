/**
 * Types shared by the storage layer and the features that use it. The storage layer does not
 * know any feature's data format: features hand it a `DataFormat` (a version, a validator and
 * migrations) and it keeps their JSON in versioned envelopes.
 */

/** Object stores holding named, user-visible records. */
export const RECORD_STORES = ['scenarios', 'decks', 'baselines'] as const;
export type RecordStore = (typeof RECORD_STORES)[number];

/** Every object store of the database. All use `id` as their key path. */
export const ALL_STORES = [...RECORD_STORES, 'settings', 'autosave'] as const;
export type StoreName = (typeof ALL_STORES)[number];

/** What a validator returns: the typed value, or a message that names the problem. */
export type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks untrusted JSON. Must not throw (a throw is reported as a failed validation anyway). */
export type Validator<T> = (json: unknown) => Validation<T>;

/** Turns data of version n into data of version n + 1. Pure; may throw on bad input. */
export type Migration = (data: unknown) => unknown;

/**
 * A feature's data format, as the feature defines it.
 * - `version`: the version this build writes (an integer ≥ 1; start at 1).
 * - `validate`: accepts data of the current version only.
 * - `migrations[n]`: upgrades version-n data to n + 1, for every n from 1 to version − 1. Never
 *   change a shipped migration; add the next one and bump `version`.
 */
export interface DataFormat<T> {
  version: number;
  validate: Validator<T>;
  migrations?: Readonly<Record<number, Migration>>;
}

/** A data format that lives in one of the record stores (scenarios, decks, baselines). */
export interface RecordKind<T> extends DataFormat<T> {
  store: RecordStore;
}

/** What sits in a record store: the feature's JSON in an envelope. */
export interface Envelope {
  id: string;
  name: string;
  /** Version of `data` (the feature's format version when it was written). */
  schemaVersion: number;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  data: unknown;
}

/** What sits in the settings store. */
export interface SettingEntry {
  id: string;
  value: unknown;
  updatedAt: string;
}

/** What sits in the autosave store: one slot per editor (e.g. 'workbench'). */
export interface AutosaveEntry {
  id: string;
  schemaVersion: number;
  savedAt: string;
  data: unknown;
}

/** A record as a feature reads it: validated (and migrated), or the reason it cannot be read. */
export type LoadedRecord<T> =
  | {
      ok: true;
      id: string;
      name: string;
      createdAt: string;
      updatedAt: string;
      value: T;
      /** Set when the stored data was of an older version and was migrated on reading. */
      migratedFrom?: number;
    }
  | { ok: false; id: string; name: string; message: string };

/** Why the app is not (or no longer) saving to IndexedDB. */
export type StorageProblemKind =
  /** IndexedDB is missing or refused (private mode, disabled, sandboxed). */
  | 'unavailable'
  /** Another window holds the database open at an older version. */
  | 'blocked'
  /** The browser's storage quota is full. */
  | 'quota'
  /** Reading or writing failed for another reason. */
  | 'failed'
  /** Another window upgraded the database; this window must reload to use it. */
  | 'versionchange';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The browser's own words (for the console and support), not for display alone. */
  detail: string;
}
