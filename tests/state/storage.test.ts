import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import {
  AppStorage,
  BUNDLE_FORMAT,
  DB_VERSION,
  InvalidRecordError,
  type ExportBundle,
} from '../../src/state/storage';
import { ALL_STORES } from '../../src/state/storage/types';
import { freshDbName, note, noteKind, type Note } from './fixtures';

async function open(name = freshDbName()): Promise<AppStorage> {
  const storage = await AppStorage.open({ name });
  expect(storage.mode).toBe('indexeddb');
  return storage;
}

describe('AppStorage on IndexedDB', () => {
  it('creates every object store at the current database version', async () => {
    const name = freshDbName();
    await open(name);
    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    db.close();
  });

  it('saves, lists, reads and removes records, and keeps them across a reopen', async () => {
    const name = freshDbName();
    const storage = await open(name);
    const notes = storage.collection(noteKind);
    const a = await notes.save({ name: '基准', value: note('a') });
    const b = await notes.save({ name: 'Downturn', value: note('b', 'x', ['t']) });
    expect(a.id).not.toBe(b.id);

    const reopened = (await open(name)).collection(noteKind);
    const list = await reopened.list();
    expect(list.map((r) => r.ok && r.value.title).sort()).toEqual(['a', 'b']);
    const got = await reopened.get(b.id);
    expect(got).toMatchObject({ ok: true, name: 'Downturn', value: note('b', 'x', ['t']) });

    await reopened.remove(a.id);
    expect(await reopened.get(a.id)).toBeUndefined();
    expect(await reopened.list()).toHaveLength(1);
  });

  it('saving under an existing id keeps its creation time and updates the rest', async () => {
    const notes = (await open()).collection(noteKind);
    const { id } = await notes.save({ name: 'v1', value: note('first') });
    const before = await notes.get(id);
    await new Promise((r) => setTimeout(r, 5));
    await notes.save({ id, name: 'v2', value: note('second') });
    const after = await notes.get(id);
    if (!before?.ok || !after?.ok) throw new Error('record missing');
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.name).toBe('v2');
    expect(after.value.title).toBe('second');
  });

  it('refuses to save a value the feature validator rejects, writing nothing', async () => {
    const notes = (await open()).collection(noteKind);
    const bad = { title: '', body: 'x', tags: [] } as Note;
    await expect(notes.save({ name: 'bad', value: bad })).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    await expect(notes.save({ name: 'bad', value: bad })).rejects.toThrow('"title" is missing');
    expect(await notes.list()).toEqual([]);
  });

  it('lists a record it cannot read with the reason, and never deletes it', async () => {
    const name = freshDbName();
    const storage = await open(name);
    const notes = storage.collection(noteKind);
    await notes.save({ name: 'good', value: note('good') });
    const db = await openDB(name);
    await db.put('scenarios', {
      id: 'broken',
      name: 'broken one',
      schemaVersion: 3,
      createdAt: '2023-01-01T00:00:00Z',
      updatedAt: '2023-01-01T00:00:00Z',
      data: { title: 42 },
    });
    await db.put('scenarios', { id: 'no-envelope', something: true });
    db.close();

    const list = await notes.list();
    expect(list).toHaveLength(3);
    expect(list.find((r) => r.id === 'broken')).toMatchObject({
      ok: false,
      name: 'broken one',
      message: '"title" is missing',
    });
    expect(list.find((r) => r.id === 'no-envelope')).toMatchObject({ ok: false });
    const raw = await openDB(name);
    expect(await raw.count('scenarios')).toBe(3);
    raw.close();
  });

  it('stores and validates settings', async () => {
    const storage = await open();
    const isNumber = (v: unknown) =>
      typeof v === 'number' ? { ok: true as const, value: v } : { ok: false as const, message: '' };
    expect(await storage.getSetting('paths', isNumber)).toBeUndefined();
    await storage.setSetting('paths', 10_000);
    expect(await storage.getSetting('paths', isNumber)).toBe(10_000);
    await storage.setSetting('paths', 'lots');
    expect(await storage.getSetting('paths', isNumber)).toBeUndefined();
  });
});

describe('importing a single file', () => {
  it('a bad import is reported and leaves every saved record as it was', async () => {
    const storage = await open();
    const notes = storage.collection(noteKind);
    const { id } = await notes.save({ name: 'keep me', value: note('keep') });
    const before = await storage.exportAll();

    for (const text of ['{"title": "x", "body"', '[]', '{"title":"t","body":"b","tags":[1]}']) {
      const outcome = await notes.importJson(text, { name: 'import' });
      expect(outcome.ok).toBe(false);
    }
    const outcome = await notes.importJson('{"text":"A\\nB"}', { name: 'old', version: 9 });
    expect(outcome).toMatchObject({ ok: false });

    const after = await storage.exportAll();
    expect(after.records).toEqual(before.records);
    expect(await notes.get(id)).toMatchObject({ ok: true, value: note('keep') });
  });

  it('a good import is added as a new record, even when identical to a saved one', async () => {
    const notes = (await open()).collection(noteKind);
    const { id } = await notes.save({ name: 'mine', value: note('same') });
    const outcome = await notes.importJson(JSON.stringify(note('same')), { name: 'theirs' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.record.id).not.toBe(id);
    expect(outcome.record.name).toBe('theirs');
    expect(await notes.list()).toHaveLength(2);
  });

  it('migrates an imported file of an older data version', async () => {
    const notes = (await open()).collection(noteKind);
    const outcome = await notes.importJson('{"text":"Title\\nBody"}', { name: 'v1', version: 1 });
    expect(outcome).toMatchObject({ ok: true, record: { value: note('Title', 'Body') } });
  });
});

describe('export all and import a backup', () => {
  async function seeded(): Promise<{ storage: AppStorage; bundle: ExportBundle }> {
    const storage = await open();
    const notes = storage.collection(noteKind);
    await notes.save({ name: 'one', value: note('1') });
    await notes.save({ name: 'two', value: note('2') });
    await storage.setSetting('lang', 'en');
    return { storage, bundle: await storage.exportAll() };
  }

  it('exports every store as JSON that survives a round trip through text', async () => {
    const { bundle } = await seeded();
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    expect(bundle.source).toBe('indexeddb');
    expect(bundle.records.scenarios).toHaveLength(2);
    expect(bundle.records.decks).toEqual([]);
    expect(bundle.settings).toMatchObject([{ id: 'lang', value: 'en' }]);
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });

  it('imports a backup into another browser profile', async () => {
    const { bundle } = await seeded();
    const other = await open();
    other.collection(noteKind);
    const result = await other.importAll(JSON.parse(JSON.stringify(bundle)));
    // Two records and one setting.
    expect(result).toEqual({ ok: true, report: { added: 3, unchanged: 0, renamed: 0 } });
    const list = await other.collection(noteKind).list();
    expect(list.map((r) => r.ok && r.value.title).sort()).toEqual(['1', '2']);
    const isString = (v: unknown) =>
      typeof v === 'string' ? { ok: true as const, value: v } : { ok: false as const, message: '' };
    expect(await other.getSetting('lang', isString)).toBe('en');
  });

  it('never overwrites a setting this browser already has, and leaves autosave slots out', async () => {
    const { bundle } = await seeded();
    bundle.autosave = [
      { id: 'workbench', schemaVersion: 3, savedAt: bundle.exportedAt, data: note('theirs') },
    ];
    const other = await open();
    await other.setSetting('lang', 'zh-CN');
    expect(await other.importAll(bundle)).toMatchObject({ report: { added: 2, unchanged: 1 } });
    const isString = (v: unknown) =>
      typeof v === 'string' ? { ok: true as const, value: v } : { ok: false as const, message: '' };
    expect(await other.getSetting('lang', isString)).toBe('zh-CN');
    expect(await other.readAutosave('workbench', noteKind)).toBeUndefined();
  });

  it('skips identical records and gives a new id to a different record with a taken id', async () => {
    const { storage, bundle } = await seeded();
    const first = bundle.records.scenarios[0];
    if (!first) throw new Error('no record');
    const changed = { ...first, data: note('changed') };
    const mixed = { ...bundle, records: { ...bundle.records, scenarios: [first, changed] } };
    // Two records with one id in one file are refused outright.
    expect(await storage.importAll(mixed)).toMatchObject({ ok: false });
    const onlyChanged = { ...bundle, records: { ...bundle.records, scenarios: [changed] } };
    expect(await storage.importAll(bundle)).toMatchObject({ report: { unchanged: 3, added: 0 } });
    expect(await storage.importAll(onlyChanged)).toMatchObject({ report: { renamed: 1 } });
    const titles = (await storage.collection(noteKind).list()).map((r) => r.ok && r.value.title);
    expect(titles.sort()).toEqual(['1', '2', 'changed']);
  });

  it('refuses a whole backup when one record is invalid, writing nothing', async () => {
    const { bundle } = await seeded();
    const target = await open();
    const notes = target.collection(noteKind);
    await notes.save({ name: 'existing', value: note('existing') });
    const before = await target.exportAll();
    const [good, other] = bundle.records.scenarios;
    if (!good || !other) throw new Error('no records');
    const bad = { ...other, data: { title: 'no body' } };
    const result = await target.importAll({
      ...bundle,
      records: { ...bundle.records, scenarios: [good, bad] },
    });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('"body" is missing');
    expect((await target.exportAll()).records).toEqual(before.records);
  });

  it('names what is wrong with a file that is not a backup', async () => {
    const storage = await open();
    for (const [json, words] of [
      [null, 'not a backup'],
      [{ format: 'something-else' }, 'not a backup'],
      [{ format: BUNDLE_FORMAT, bundleVersion: 99, records: {} }, 'version 99'],
      [{ format: BUNDLE_FORMAT, bundleVersion: 1, records: { decks: {} } }, 'records.decks'],
      [{ format: BUNDLE_FORMAT, bundleVersion: 1, records: { decks: [{ id: 'x' }] } }, 'decks #1'],
      [
        { format: BUNDLE_FORMAT, bundleVersion: 1, records: {}, settings: [{ v: 1 }] },
        'settings #1',
      ],
    ] as const) {
      const result = await storage.importAll(json);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(words);
    }
  });
});
