import { createAutosave, type AutosaveOptions, type Autosaver } from './autosave';
import { MemoryBackend, type Backend } from './backend';
import { openIdbBackend, type IdbOpenOptions } from './backend-idb';
import { BUNDLE_FORMAT, BUNDLE_VERSION, checkBundle, type ExportBundle } from './bundle';
import { Collection } from './collection';
import { decodeData, newId, sameJson } from './records';
import { DB_VERSION } from './schema';
import {
  ALL_STORES,
  RECORD_STORES,
  type AutosaveEntry,
  type DataFormat,
  type Envelope,
  type LoadedRecord,
  type RecordKind,
  type RecordStore,
  type SettingEntry,
  type StorageProblem,
  type StoreName,
  type Validator,
} from './types';

export interface ImportReport {
  /** Records and settings added. */
  added: number;
  /** Records already present with the same id and data, and settings already set here. */
  unchanged: number;
  /** Records whose id was taken by different data: imported under a new id. */
  renamed: number;
}

/** Synchronous storage for autosave rescues (localStorage in the page). */
export type SyncStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StorageOpenOptions extends Omit<
  IdbOpenOptions,
  'onVersionChange' | 'onTerminated'
> {
  /** Where autosave rescues go; the page's localStorage by default, null for none. */
  syncStore?: SyncStore | null;
}

const RESCUE_PREFIX = 'zz.autosave-rescue.';

function pageLocalStorage(): SyncStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function describe(err: unknown): string {
  if (err instanceof Error || err instanceof DOMException) return `${err.name}: ${err.message}`;
  return String(err);
}

/** True for the browser's "storage full" error, however it arrives. */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown } | null;
  return e?.name === 'QuotaExceededError' || e?.code === 22;
}

/**
 * The app's persistent storage: IndexedDB when the browser allows it, memory otherwise.
 *
 * It never stops the app. If IndexedDB cannot be opened, or a write fails (a full quota, or the
 * database taken away by another window), it switches to memory — copying what it can still
 * read — reports a `StorageProblem` to its listeners (the app shows a warning with "export all
 * as JSON"), and carries on. Nothing already on disk is deleted by any of this.
 */
export class AppStorage {
  private backend: Backend;
  private problemValue: StorageProblem | null;
  private readonly listeners = new Set<(problem: StorageProblem) => void>();
  private readonly kinds = new Map<RecordStore, RecordKind<unknown>>();
  private switching: Promise<void> | null = null;

  private constructor(
    backend: Backend,
    problem: StorageProblem | null,
    private readonly syncStore: SyncStore | null,
  ) {
    this.backend = backend;
    this.problemValue = problem;
  }

  /** Opens IndexedDB, or falls back to memory with a problem to report. Never rejects. */
  static async open(options: StorageOpenOptions = {}): Promise<AppStorage> {
    const { syncStore: givenSyncStore, ...idbOptions } = options;
    const syncStore = givenSyncStore === undefined ? pageLocalStorage() : givenSyncStore;
    let storage: AppStorage | null = null;
    const result = await openIdbBackend({
      ...idbOptions,
      onVersionChange: () =>
        void storage?.fallBackToMemory({
          kind: 'versionchange',
          detail: 'another window upgraded the database',
        }),
      onTerminated: () =>
        void storage?.fallBackToMemory({
          kind: 'failed',
          detail: 'the browser closed the database',
        }),
    });
    storage = result.ok
      ? new AppStorage(result.backend, null, syncStore)
      : new AppStorage(new MemoryBackend(), result.problem, syncStore);
    return storage;
  }

  /** Storage in memory only, for tests and for pages that must not persist anything. */
  static inMemory(): AppStorage {
    return new AppStorage(new MemoryBackend(), null, null);
  }

  /** 'indexeddb' while saving to the browser's storage; 'memory' after a fallback. */
  get mode(): Backend['kind'] {
    return this.backend.kind;
  }

  get problem(): StorageProblem | null {
    return this.problemValue;
  }

  /** Calls `listener` with the current problem, if any, and with every later one. */
  onProblem(listener: (problem: StorageProblem) => void): () => void {
    this.listeners.add(listener);
    if (this.problemValue) listener(this.problemValue);
    return () => this.listeners.delete(listener);
  }

  /** The records of one kind; the kind's validator is also used when importing backups. */
  collection<T>(kind: RecordKind<T>): Collection<T> {
    this.kinds.set(kind.store, kind);
    return new Collection(kind, {
      read: (op) => this.read(op),
      write: (op) => this.write(op),
      now: () => new Date().toISOString(),
    });
  }

  async getSetting<T>(key: string, validate: Validator<T>): Promise<T | undefined> {
    const entry = (await this.read((b) => b.get('settings', key))) as SettingEntry | undefined;
    if (!entry) return undefined;
    const checked = validate(entry.value);
    return checked.ok ? checked.value : undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const entry: SettingEntry = { id: key, value, updatedAt: new Date().toISOString() };
    await this.write((b) => b.put('settings', entry));
  }

  /**
   * Reads an editor's autosave slot: validated and migrated, or why it cannot be read. A state
   * rescued into localStorage as the last page closed wins when it is newer, and is moved into
   * the database.
   */
  async readAutosave<T>(slot: string, format: DataFormat<T>): Promise<LoadedRecord<T> | undefined> {
    let entry = (await this.read((b) => b.get('autosave', slot))) as AutosaveEntry | undefined;
    const rescued = this.rescued(slot);
    if (rescued && (!entry || rescued.savedAt > entry.savedAt)) {
      entry = rescued;
      await this.write((b) => b.put('autosave', rescued));
    }
    if (rescued && this.mode === 'indexeddb') this.forgetRescue(slot);
    if (!entry) return undefined;
    const decoded = decodeData(format, entry.schemaVersion, entry.data);
    if (!decoded.ok) return { ok: false, id: slot, name: slot, message: decoded.message };
    return {
      ok: true,
      id: slot,
      name: slot,
      createdAt: entry.savedAt,
      updatedAt: entry.savedAt,
      value: decoded.value,
      ...(decoded.migratedFrom !== undefined ? { migratedFrom: decoded.migratedFrom } : {}),
    };
  }

  /** Writes an editor's state to its autosave slot now (see `autosaver` for the debounced form). */
  writeAutosave<T>(slot: string, format: DataFormat<T>, value: T): Promise<void> {
    const entry: AutosaveEntry = {
      id: slot,
      schemaVersion: format.version,
      savedAt: new Date().toISOString(),
      data: value,
    };
    return this.write((b) => b.put('autosave', entry));
  }

  /** A debounced saver for an editor's slot, flushed when the page is hidden or closed. */
  autosaver<T>(
    slot: string,
    format: DataFormat<T>,
    options: Omit<AutosaveOptions<T>, 'write' | 'rescue'> = {},
  ): Autosaver<T> {
    return createAutosave({
      ...options,
      write: (value) => this.writeAutosave(slot, format, value),
      rescue: (value) => {
        const entry: AutosaveEntry = {
          id: slot,
          schemaVersion: format.version,
          savedAt: new Date().toISOString(),
          data: value,
        };
        this.syncStore?.setItem(RESCUE_PREFIX + slot, JSON.stringify(entry));
      },
    });
  }

  private rescued(slot: string): AutosaveEntry | null {
    try {
      const raw = this.syncStore?.getItem(RESCUE_PREFIX + slot);
      const entry = raw ? (JSON.parse(raw) as Partial<AutosaveEntry> | null) : null;
      const valid =
        entry?.id === slot &&
        typeof entry.savedAt === 'string' &&
        Number.isInteger(entry.schemaVersion) &&
        'data' in entry;
      return valid ? (entry as AutosaveEntry) : null;
    } catch {
      return null;
    }
  }

  private forgetRescue(slot: string): void {
    try {
      this.syncStore?.removeItem(RESCUE_PREFIX + slot);
    } catch {
      // Storage refused: the copy is harmless, it is older than the database from now on.
    }
  }

  /** Everything stored, as one JSON-ready object ("export all as JSON"). */
  async exportAll(): Promise<ExportBundle> {
    const all = async <V>(store: StoreName): Promise<V[]> =>
      (await this.read((b) => b.getAll(store))) as V[];
    const records = {} as Record<RecordStore, Envelope[]>;
    for (const store of RECORD_STORES) records[store] = await all<Envelope>(store);
    return {
      format: BUNDLE_FORMAT,
      bundleVersion: BUNDLE_VERSION,
      exportedAt: new Date().toISOString(),
      dbVersion: DB_VERSION,
      source: this.backend.kind,
      records,
      settings: await all<SettingEntry>('settings'),
      autosave: await all<AutosaveEntry>('autosave'),
    };
  }

  /**
   * Imports a backup. All or nothing: every record must pass its envelope check and, for kinds
   * the app has registered, its feature's migrations and validator; otherwise nothing is
   * written and the message names the first bad record. Nothing is ever overwritten: an
   * identical record is skipped, a different one with a taken id gets a new id, and a setting
   * this browser already has keeps its value here (features validate settings on reading).
   */
  async importAll(
    json: unknown,
  ): Promise<{ ok: true; report: ImportReport } | { ok: false; message: string }> {
    const checked = checkBundle(json);
    if (!checked.ok) return checked;
    const { records, settings } = checked.value;
    for (const { store, envelope } of records) {
      const kind = this.kinds.get(store);
      if (!kind) continue;
      const decoded = decodeData(kind, envelope.schemaVersion, envelope.data);
      if (!decoded.ok) {
        return { ok: false, message: `${store} "${envelope.name}": ${decoded.message}` };
      }
    }
    const report: ImportReport = { added: 0, unchanged: 0, renamed: 0 };
    const writes: { store: StoreName; value: Envelope | SettingEntry }[] = [];
    for (const { store, envelope } of records) {
      const existing = (await this.read((b) => b.get(store, envelope.id))) as Envelope | undefined;
      if (!existing) {
        writes.push({ store, value: envelope });
        report.added++;
      } else if (
        existing.schemaVersion === envelope.schemaVersion &&
        sameJson(existing.data, envelope.data)
      ) {
        report.unchanged++;
      } else {
        writes.push({ store, value: { ...envelope, id: newId() } });
        report.renamed++;
      }
    }
    for (const setting of settings) {
      const existing = await this.read((b) => b.get('settings', setting.id));
      if (existing === undefined) {
        writes.push({ store: 'settings', value: setting });
        report.added++;
      } else {
        report.unchanged++;
      }
    }
    await this.write((b) => b.putAll(writes));
    return { ok: true, report };
  }

  private async read<R>(op: (backend: Backend) => Promise<R>): Promise<R> {
    if (this.switching) await this.switching;
    try {
      return await op(this.backend);
    } catch (err) {
      if (this.backend.kind === 'memory') throw err;
      await this.fallBackToMemory({ kind: 'failed', detail: describe(err) });
      return op(this.backend);
    }
  }

  /**
   * Runs a write. It is issued synchronously when no fallback is in progress (see Backend.put).
   * If IndexedDB refuses it, the storage moves to memory and the write is repeated there.
   */
  private async write(op: (backend: Backend) => Promise<void>): Promise<void> {
    if (this.switching) await this.switching;
    const backend = this.backend;
    try {
      await op(backend);
    } catch (err) {
      if (backend.kind === 'memory') throw err;
      await this.fallBackToMemory({
        kind: isQuotaError(err) ? 'quota' : 'failed',
        detail: describe(err),
      });
      await op(this.backend);
    }
  }

  /** Moves to memory, copying what IndexedDB can still give; reports the problem once. */
  private fallBackToMemory(problem: StorageProblem): Promise<void> {
    if (this.backend.kind === 'memory') return this.switching ?? Promise.resolve();
    this.switching ??= (async () => {
      const old = this.backend;
      const memory = new MemoryBackend();
      // Every read is issued now, synchronously: a connection about to close (another window
      // is upgrading) still completes the transactions it has already started.
      const reads = ALL_STORES.map((store) =>
        old.getAll(store).then(
          (values) => ({ store, values: values as { id: string }[] }),
          () => ({ store, values: [] }),
        ),
      );
      for (const { store, values } of await Promise.all(reads)) {
        await memory.putAll(values.map((value) => ({ store, value })));
      }
      try {
        old.close();
      } catch {
        // Already closed.
      }
      this.backend = memory;
      this.problemValue = problem;
      console.warn(`storage: now in memory only (${problem.kind}: ${problem.detail})`);
      for (const listener of this.listeners) listener(problem);
    })().finally(() => {
      this.switching = null;
    });
    return this.switching;
  }
}
