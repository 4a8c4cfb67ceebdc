import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStorage, isQuotaError, type StorageProblem } from '../../src/state/storage';
import { freshDbName, note, noteKind } from './fixtures';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Makes every IndexedDB `put` throw, as a browser with a full quota does. */
function fillTheQuota(): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw quotaError();
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a full storage quota', () => {
  it('recognises the quota error by name and by legacy code', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('keeps the app working in memory, warns once, and keeps earlier records', async () => {
    const storage = await AppStorage.open({ name: freshDbName() });
    const notes = storage.collection(noteKind);
    await notes.save({ name: 'saved before', value: note('before') });
    const problems: StorageProblem[] = [];
    storage.onProblem((p) => problems.push(p));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    fillTheQuota();
    await notes.save({ name: 'after', value: note('after') });
    await notes.save({ name: 'after 2', value: note('after 2') });
    await storage.setSetting('k', 1);

    expect(storage.mode).toBe('memory');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('quota');
    expect(problems[0]?.detail).toContain('QuotaExceededError');
    const titles = (await notes.list()).map((r) => r.ok && r.value.title);
    expect(titles.sort()).toEqual(['after', 'after 2', 'before']);

    // "Export all as JSON" holds everything, including what never reached the disk.
    const bundle = await storage.exportAll();
    expect(bundle.source).toBe('memory');
    expect(bundle.records.scenarios).toHaveLength(3);
    expect(bundle.settings).toMatchObject([{ id: 'k', value: 1 }]);
  });

  it('a listener added after the fallback still hears about it', async () => {
    const storage = await AppStorage.open({ name: freshDbName() });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fillTheQuota();
    await storage.collection(noteKind).save({ name: 'x', value: note('x') });
    const heard: string[] = [];
    storage.onProblem((p) => heard.push(p.kind));
    expect(heard).toEqual(['quota']);
  });

  it('an autosave that hits the quota lands in memory and can still be read', async () => {
    const storage = await AppStorage.open({ name: freshDbName() });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fillTheQuota();
    await storage.writeAutosave('workbench', noteKind, note('draft'));
    expect(storage.problem?.kind).toBe('quota');
    expect(await storage.readAutosave('workbench', noteKind)).toMatchObject({
      ok: true,
      value: note('draft'),
    });
  });

  it('does not lose what is on disk: after the quota clears, a new page finds the old records', async () => {
    const name = freshDbName();
    const first = await AppStorage.open({ name });
    await first.collection(noteKind).save({ name: 'kept', value: note('kept') });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fillTheQuota();
    await first.collection(noteKind).save({ name: 'lost on close', value: note('memory') });
    vi.restoreAllMocks();

    const next = await AppStorage.open({ name });
    expect(next.mode).toBe('indexeddb');
    const titles = (await next.collection(noteKind).list()).map((r) => r.ok && r.value.title);
    expect(titles).toEqual(['kept']);
  });
});

describe('IndexedDB unavailable', () => {
  it('a browser that throws on touching IndexedDB gets memory storage and a warning', async () => {
    const storage = await AppStorage.open({
      factory: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(storage.mode).toBe('memory');
    expect(storage.problem).toMatchObject({ kind: 'unavailable' });
    expect(storage.problem?.detail).toContain('SecurityError');
    const notes = storage.collection(noteKind);
    await notes.save({ name: 'in memory', value: note('m') });
    expect(await notes.list()).toHaveLength(1);
  });

  it('a browser without IndexedDB gets memory storage', async () => {
    const storage = await AppStorage.open({ factory: () => undefined });
    expect(storage.problem).toEqual({ kind: 'unavailable', detail: 'IndexedDB is not supported' });
  });

  it('an open request that fails (e.g. a database from a newer app) falls back to memory', async () => {
    const name = freshDbName();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 50);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    newer.close();
    const storage = await AppStorage.open({ name });
    expect(storage.mode).toBe('memory');
    expect(storage.problem?.kind).toBe('unavailable');
    expect(storage.problem?.detail).toContain('VersionError');
  });

  it('another window upgrading the database moves this one to memory, with the records copied', async () => {
    const name = freshDbName();
    const storage = await AppStorage.open({ name });
    await storage.collection(noteKind).save({ name: 'x', value: note('x') });
    const problem = new Promise<StorageProblem>((resolve) => {
      storage.onProblem(resolve);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const upgrade = indexedDB.open(name, 2);
    await new Promise((resolve) => (upgrade.onsuccess = resolve));
    upgrade.result.close();
    expect((await problem).kind).toBe('versionchange');
    expect(storage.mode).toBe('memory');
    await storage.collection(noteKind).save({ name: 'y', value: note('y') });
    expect(await storage.collection(noteKind).list()).toHaveLength(2);
  });
});
