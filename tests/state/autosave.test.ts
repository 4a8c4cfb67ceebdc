import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppStorage, createAutosave, type AutosaveOptions } from '../../src/state/storage';
import type { Lifecycle } from '../../src/state/storage/autosave';
import { freshDbName, note, noteKind } from './fixtures';

/** A stand-in for the page's window and document, whose events the tests fire. */
function fakePage(): Lifecycle & { hide: () => void; show: () => void; close: () => void } {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return {
    window: win,
    document: doc,
    hide: () => {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    show: () => {
      doc.visibilityState = 'visible';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    close: () => win.dispatchEvent(new Event('pagehide')),
  };
}

function recorder(extra: Partial<AutosaveOptions<number>> = {}) {
  const page = fakePage();
  const writes: { value: number; at: number }[] = [];
  const saver = createAutosave<number>({
    write: (value) => {
      writes.push({ value, at: Date.now() });
      return Promise.resolve();
    },
    lifecycle: page,
    ...extra,
  });
  return { page, writes, saver };
}

describe('debounced autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the latest state once the edits pause', () => {
    const { writes, saver } = recorder({ delayMs: 300 });
    saver.schedule(1);
    vi.advanceTimersByTime(100);
    saver.schedule(2);
    vi.advanceTimersByTime(100);
    saver.schedule(3);
    expect(writes).toEqual([]);
    expect(saver.pending).toBe(true);
    vi.advanceTimersByTime(300);
    expect(writes.map((w) => w.value)).toEqual([3]);
    expect(saver.pending).toBe(false);
  });

  it('while edits keep coming, no change waits longer than maxWaitMs', () => {
    const { writes, saver } = recorder({ delayMs: 300, maxWaitMs: 1000 });
    const start = Date.now();
    // A slider dragged for 5 s, one change every 50 ms: the quiet delay never passes.
    const changedAt = new Map<number, number>();
    for (let i = 1; i <= 100; i++) {
      saver.schedule(i);
      changedAt.set(i, Date.now());
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(1000);
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(writes.at(-1)?.value).toBe(100);
    // Every change is on disk within maxWaitMs of being made.
    let previousWrite = start;
    for (const w of writes) {
      expect(w.at - previousWrite).toBeLessThanOrEqual(1000);
      previousWrite = w.at;
    }
    for (const [value, at] of changedAt) {
      const saved = writes.find((w) => w.value >= value);
      expect(saved, `change ${value}`).toBeDefined();
      expect((saved?.at ?? Infinity) - at).toBeLessThanOrEqual(1000);
    }
  });

  it('writes at once, synchronously, when the page is closed', () => {
    const { page, writes, saver } = recorder({ delayMs: 300 });
    saver.schedule(7);
    page.close();
    // No timer ran: the write started inside the pagehide event itself.
    expect(writes.map((w) => w.value)).toEqual([7]);
  });

  it('writes when the page is hidden, not when it is shown again', () => {
    const { page, writes, saver } = recorder();
    saver.schedule(1);
    page.show();
    expect(writes).toEqual([]);
    page.hide();
    expect(writes.map((w) => w.value)).toEqual([1]);
    page.hide();
    expect(writes).toHaveLength(1);
  });

  it('flush with nothing pending writes nothing; dispose flushes and stops listening', async () => {
    const { page, writes, saver } = recorder();
    await saver.flush();
    expect(writes).toEqual([]);
    saver.schedule(5);
    await saver.dispose();
    expect(writes.map((w) => w.value)).toEqual([5]);
    saver.schedule(6);
    page.close();
    expect(writes).toHaveLength(1);
  });

  it('a failing write is reported, and flush still settles', async () => {
    const errors: unknown[] = [];
    const saver = createAutosave<number>({
      write: () => Promise.reject(new Error('disk on fire')),
      lifecycle: null,
      onError: (err) => errors.push(err),
    });
    saver.schedule(1);
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('disk on fire');
  });
});

describe('autosave slots in IndexedDB', () => {
  it('a state scheduled just before the tab closes is on disk for the next page', async () => {
    const name = freshDbName();
    const page = fakePage();
    const storage = await AppStorage.open({ name });
    const saver = storage.autosaver('workbench', noteKind, { lifecycle: page, delayMs: 60_000 });
    saver.schedule(note('half-typed'));
    page.close();
    await saver.flush();

    const next = await AppStorage.open({ name });
    expect(await next.readAutosave('workbench', noteKind)).toMatchObject({
      ok: true,
      value: note('half-typed'),
    });
  });

  it('a state rescued as the page closed is recovered when the database write was cut off', async () => {
    const kept = new Map<string, string>();
    const syncStore = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
    };
    const page = fakePage();
    const closing = await AppStorage.open({ name: freshDbName(), syncStore });
    const saver = closing.autosaver('workbench', noteKind, { lifecycle: page, delayMs: 60_000 });
    saver.schedule(note('rescued'));
    page.close();
    expect(kept.size).toBe(1);

    // The next page opens a database the write never reached (here: another one).
    const next = await AppStorage.open({ name: freshDbName(), syncStore });
    expect(await next.readAutosave('workbench', noteKind)).toMatchObject({
      ok: true,
      value: note('rescued'),
    });
    // Moved into the database, and the copy forgotten.
    expect(kept.size).toBe(0);
    expect(await next.readAutosave('workbench', noteKind)).toMatchObject({
      value: note('rescued'),
    });
  });

  it('an older rescued copy never replaces a newer saved state', async () => {
    const kept = new Map<string, string>([
      [
        'zz.autosave-rescue.workbench',
        JSON.stringify({
          id: 'workbench',
          schemaVersion: 3,
          savedAt: '2020-01-01T00:00:00.000Z',
          data: note('old'),
        }),
      ],
    ]);
    const syncStore = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
    };
    const storage = await AppStorage.open({ name: freshDbName(), syncStore });
    await storage.writeAutosave('workbench', noteKind, note('new'));
    expect(await storage.readAutosave('workbench', noteKind)).toMatchObject({ value: note('new') });
    expect(kept.size).toBe(0);
  });

  it('an autosave slot in an unreadable state says why', async () => {
    const storage = AppStorage.inMemory();
    await storage.writeAutosave('workbench', { ...noteKind, version: 9 }, note('x'));
    expect(await storage.readAutosave('workbench', noteKind)).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer version') as unknown,
    });
    expect(await storage.readAutosave('nothing-here', noteKind)).toBeUndefined();
  });
});
