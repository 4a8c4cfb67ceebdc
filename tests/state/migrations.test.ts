import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { AppStorage, DB_VERSION } from '../../src/state/storage';
import { openIdbBackend } from '../../src/state/storage/backend-idb';
import { UPGRADES, runUpgrades, type UpgradeDb } from '../../src/state/storage/schema';
import { freshDbName, note, noteKind } from './fixtures';

/**
 * A database exactly as version 1 of the app left it, built with raw IndexedDB calls (not with
 * the app's code, which may change): five stores keyed by `id`, records in envelopes.
 */
async function versionOneDatabase(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(db) {
      for (const store of ['scenarios', 'decks', 'baselines', 'settings', 'autosave']) {
        db.createObjectStore(store, { keyPath: 'id' });
      }
    },
  });
  const at = '2023-03-15T01:30:00.000Z';
  await db.put('scenarios', {
    id: 'v1-note',
    name: '一季度情景',
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    data: { text: 'GDP 6.5%\nQ1 actuals entered' },
  });
  await db.put('scenarios', {
    id: 'v2-note',
    name: 'v2',
    schemaVersion: 2,
    createdAt: at,
    updatedAt: at,
    data: { title: 'Gulei', body: 'fast ramp-up' },
  });
  await db.put('settings', { id: 'paths', value: 10000, updatedAt: at });
  await db.put('autosave', { id: 'workbench', schemaVersion: 1, savedAt: at, data: { text: 'x' } });
  db.close();
}

describe('a database from version 1 opens under the current code', () => {
  it('keeps and reads every record, migrating old data on reading', async () => {
    const name = freshDbName();
    await versionOneDatabase(name);
    const storage = await AppStorage.open({ name });
    expect(storage.mode).toBe('indexeddb');
    expect(storage.problem).toBeNull();

    const list = await storage.collection(noteKind).list();
    expect(list).toHaveLength(2);
    expect(list.find((r) => r.id === 'v1-note')).toMatchObject({
      ok: true,
      name: '一季度情景',
      value: note('GDP 6.5%', 'Q1 actuals entered'),
      migratedFrom: 1,
    });
    expect(list.find((r) => r.id === 'v2-note')).toMatchObject({
      ok: true,
      value: note('Gulei', 'fast ramp-up'),
      migratedFrom: 2,
    });
    const isNumber = (v: unknown) =>
      typeof v === 'number' ? { ok: true as const, value: v } : { ok: false as const, message: '' };
    expect(await storage.getSetting('paths', isNumber)).toBe(10000);
    expect(await storage.readAutosave('workbench', noteKind)).toMatchObject({
      ok: true,
      value: note('x', ''),
      migratedFrom: 1,
    });

    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('reading never rewrites the stored data; saving writes the current version', async () => {
    const name = freshDbName();
    await versionOneDatabase(name);
    const notes = (await AppStorage.open({ name })).collection(noteKind);
    const read = await notes.get('v1-note');
    let db = await openDB(name);
    expect(await db.get('scenarios', 'v1-note')).toMatchObject({
      schemaVersion: 1,
      data: { text: 'GDP 6.5%\nQ1 actuals entered' },
    });
    db.close();

    if (!read?.ok) throw new Error('not readable');
    await notes.save({ id: read.id, name: read.name, value: read.value });
    db = await openDB(name);
    expect(await db.get('scenarios', 'v1-note')).toMatchObject({
      schemaVersion: noteKind.version,
      data: note('GDP 6.5%', 'Q1 actuals entered'),
      createdAt: '2023-03-15T01:30:00.000Z',
    });
    db.close();
  });
});

describe('record migrations', () => {
  async function withRecord(schemaVersion: number, data: unknown) {
    const name = freshDbName();
    await versionOneDatabase(name);
    const db = await openDB(name);
    const at = '2023-06-30T00:00:00.000Z';
    await db.put('scenarios', {
      id: 'r',
      name: 'r',
      schemaVersion,
      createdAt: at,
      updatedAt: at,
      data,
    });
    db.close();
    return { name, notes: (await AppStorage.open({ name })).collection(noteKind) };
  }

  it('data from a newer app is reported, not read and not deleted', async () => {
    const { name, notes } = await withRecord(7, { anything: true });
    const got = await notes.get('r');
    expect(got).toMatchObject({ ok: false });
    if (got && !got.ok) expect(got.message).toContain('newer version');
    const db = await openDB(name);
    expect(await db.get('scenarios', 'r')).toMatchObject({ schemaVersion: 7 });
    db.close();
  });

  it('a migration that fails is reported with its step, and the record is kept', async () => {
    const { name, notes } = await withRecord(1, { text: 42 });
    const got = await notes.get('r');
    expect(got).toMatchObject({ ok: false });
    if (got && !got.ok)
      expect(got.message).toBe('migration from data version 1 failed: v1 note has no text');
    const db = await openDB(name);
    expect(await db.get('scenarios', 'r')).toMatchObject({ data: { text: 42 } });
    db.close();
  });

  it('a missing migration step is reported', async () => {
    const { name } = await withRecord(2, { title: 't', body: 'b' });
    const gappy = { ...noteKind, migrations: { 1: noteKind.migrations?.[1] ?? (() => null) } };
    const got = await (await AppStorage.open({ name })).collection(gappy).get('r');
    expect(got).toMatchObject({ ok: false, message: 'no migration from data version 2 to 3' });
  });

  it('a migration that mutates its input cannot change the data being imported', async () => {
    const mutating = {
      ...noteKind,
      migrations: {
        ...noteKind.migrations,
        2: (data: unknown) => Object.assign(data as object, { tags: ['mutated'] }),
      },
    };
    const source = await AppStorage.open({ name: freshDbName() });
    const bundle = await source.exportAll();
    const at = '2023-06-30T00:00:00.000Z';
    const v2 = { id: 'r', name: 'r', schemaVersion: 2, createdAt: at, updatedAt: at };
    bundle.records.scenarios = [{ ...v2, data: { title: 't', body: 'b' } }];

    const target = await AppStorage.open({ name: freshDbName() });
    target.collection(mutating);
    expect(await target.importAll(bundle)).toMatchObject({ ok: true });
    expect(bundle.records.scenarios[0]?.data).toEqual({ title: 't', body: 'b' });
    const stored = (await target.exportAll()).records.scenarios[0];
    expect(stored).toEqual({ ...v2, data: { title: 't', body: 'b' } });
    expect(await target.collection(mutating).get('r')).toMatchObject({
      ok: true,
      value: { tags: ['mutated'] },
      migratedFrom: 2,
    });
  });
});

describe('database upgrade steps', () => {
  it('there is exactly one step per database version', () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  it('a later step runs on a version-1 database inside one transaction and keeps its data', async () => {
    const name = freshDbName();
    await versionOneDatabase(name);
    const steps = [
      ...UPGRADES,
      (db: UpgradeDb) => void db.createObjectStore('exports', { keyPath: 'id' }),
    ];
    const result = await openIdbBackend({ name, version: 2, steps });
    if (!result.ok) throw new Error(result.problem.detail);
    expect(await result.backend.getAll('scenarios')).toHaveLength(2);
    result.backend.close();
    const db = await openDB(name);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames]).toContain('exports');
    db.close();
  });

  it('a failing step aborts the upgrade: the version-1 database is left untouched', async () => {
    const name = freshDbName();
    await versionOneDatabase(name);
    const steps = [
      ...UPGRADES,
      (db: UpgradeDb) => {
        db.createObjectStore('half-made', { keyPath: 'id' });
        throw new Error('step 2 is broken');
      },
    ];
    const result = await openIdbBackend({ name, version: 2, steps });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    if (!result.ok) expect(result.problem.detail).toContain('step 2 is broken');
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).not.toContain('half-made');
    expect(await db.count('scenarios')).toBe(2);
    db.close();
  });

  it('runUpgrades refuses a version it has no step for', () => {
    const fake = {} as UpgradeDb;
    expect(() => runUpgrades(fake, {} as never, 0, DB_VERSION + 1)).toThrow(
      `no upgrade step to database version ${DB_VERSION + 1}`,
    );
  });
});
