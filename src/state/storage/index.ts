/**
 * Persistent storage for the app's features: scenarios, decks, baselines, settings and
 * autosave slots in IndexedDB, with a memory fallback. See README.md in this folder.
 *
 *   const storage = await appStorage();
 *   const scenarios = storage.collection(scenarioKind);   // scenarioKind: RecordKind<Scenario>
 *   await scenarios.save({ name: '基准情景', value: scenario });
 *   const saved = await scenarios.list();                  // LoadedRecord<Scenario>[]
 */
import { AppStorage } from './storage';

let opening: Promise<AppStorage> | null = null;

/** The page's one storage, opened on first use. Never rejects: it may be memory-only. */
export function appStorage(): Promise<AppStorage> {
  opening ??= AppStorage.open();
  return opening;
}

export {
  AppStorage,
  isQuotaError,
  type ImportReport,
  type StorageOpenOptions,
  type SyncStore,
} from './storage';
export { Collection, InvalidRecordError, type ImportOutcome } from './collection';
export { createAutosave, type Autosaver, type AutosaveOptions } from './autosave';
export { BUNDLE_FORMAT, bundleFileName, checkBundle, type ExportBundle } from './bundle';
export { DB_NAME, DB_VERSION } from './schema';
export type {
  DataFormat,
  LoadedRecord,
  Migration,
  RecordKind,
  RecordStore,
  StorageProblem,
  StorageProblemKind,
  Validation,
  Validator,
} from './types';
export { downloadBackup, downloadJson } from './download';
