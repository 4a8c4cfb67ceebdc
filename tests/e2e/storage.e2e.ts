import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type {} from '../../src/pwa/platform';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';

/** Waits for the page's storage to be open and returns its mode. */
async function storageMode(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => window.__zzPlatform?.storage?.mode, undefined, {
    timeout: 20_000,
  });
  return (await handle.jsonValue()) as string;
}

/** Saves a record through the real storage API, as a feature would. */
function saveNote(page: Page, name: string): Promise<string> {
  return page.evaluate(async (n) => {
    const storage = window.__zzPlatform!.storage!;
    const notes = storage.collection({
      store: 'scenarios',
      version: 1,
      validate: (json: unknown) => ({ ok: true as const, value: json }),
    });
    const { id } = await notes.save({ name: n, value: { title: n, drivers: [1, 2, 3] } });
    return id;
  }, name);
}

function listNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const notes = window.__zzPlatform!.storage!.collection({
      store: 'scenarios',
      version: 1,
      validate: (json: unknown) => ({ ok: true as const, value: json }),
    });
    return (await notes.list()).map((r) => r.name).sort();
  });
}

describe.skipIf(!e2e.available)('storage in the browser (IndexedDB)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('saved records survive a reload, with no warning', async () => {
    session = await openApp();
    const { page } = session;
    expect(await storageMode(page)).toBe('indexeddb');
    await saveNote(page, '基准情景');
    await page.reload();
    expect(await storageMode(page)).toBe('indexeddb');
    expect(await listNames(page)).toEqual(['基准情景']);
    expect(await page.locator('[data-notice-id="storage-problem"]').count()).toBe(0);
  });

  it('a full quota shows the warning, keeps working in memory, and exports everything', async () => {
    session = await openApp('', {
      setup: (context) =>
        context.addInitScript(() => {
          IDBObjectStore.prototype.put = function put(): IDBRequest {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
    });
    const { page } = session;
    await waitForMapIdle(page);
    expect(await storageMode(page)).toBe('indexeddb');
    await saveNote(page, 'edited while full');

    const notice = page.locator('[data-notice-id="storage-problem"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('浏览器存储空间已满');
    // Announced: warnings go to the assertive live region.
    expect(
      await page
        .locator('.notices [aria-live="assertive"] [data-notice-id="storage-problem"]')
        .count(),
    ).toBe(1);
    expect(await storageMode(page)).toBe('memory');
    expect(await listNames(page)).toEqual(['edited while full']);
    await page.screenshot({ path: screenshotPath('storage-quota.png') });

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: '全部导出为 JSON' }).click();
    const file = screenshotPath('storage-backup.json');
    await (await download).saveAs(file);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      source: string;
      records: { scenarios: { name: string; data: unknown }[] };
    };
    expect(bundle.format).toBe('zhangzhou-2023-simulator/backup');
    expect(bundle.source).toBe('memory');
    expect(bundle.records.scenarios).toMatchObject([
      { name: 'edited while full', data: { title: 'edited while full', drivers: [1, 2, 3] } },
    ]);

    // Keyboard: the notice's buttons are reachable, and Escape dismisses it.
    await notice.getByRole('button', { name: '关闭此通知' }).focus();
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });
    expect(session.offHost).toEqual([]);
  });

  it('IndexedDB unavailable (private mode): a warning, and the app still works', async () => {
    session = await openApp('', {
      setup: (context) =>
        context.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', {
            configurable: true,
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }),
    });
    const { page } = session;
    await waitForMapIdle(page);
    const notice = page.locator('[data-notice-id="storage-problem"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('无法使用浏览器存储');
    expect(await storageMode(page)).toBe('memory');
    await saveNote(page, 'kept in memory');
    expect(await listNames(page)).toEqual(['kept in memory']);
    // The warning follows the language switch.
    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-notice-id="storage-problem"]')
        ?.textContent?.includes('Browser storage is not available'),
    );
    expect(await notice.getByRole('button', { name: 'Export all as JSON' }).count()).toBe(1);
    // The rest of the app is unaffected: a unit can still be selected from the keyboard.
    await page.locator('button[data-adcode]').first().focus();
    await page.keyboard.press('Enter');
    await page.screenshot({ path: screenshotPath('storage-unavailable.png') });
    expect(session.consoleErrors).toEqual([]);
  });

  it('closing the tab mid-edit keeps the state scheduled just before', async () => {
    session = await openApp();
    const { page, context } = session;
    expect(await storageMode(page)).toBe('indexeddb');
    await page.evaluate(() => {
      const storage = window.__zzPlatform!.storage!;
      const format = {
        version: 1,
        validate: (json: unknown) => ({ ok: true as const, value: json }),
      };
      // A long quiet delay: only the pagehide flush can have saved it.
      const saver = storage.autosaver('e2e-editor', format, { delayMs: 60_000, maxWaitMs: 60_000 });
      saver.schedule({ text: 'typed a moment before closing' });
    });
    await page.close({ runBeforeUnload: true });
    await page.waitForEvent('close');

    const next = await context.newPage();
    await next.goto(page.url());
    await storageMode(next);
    const saved = await next.evaluate(async () => {
      const storage = window.__zzPlatform!.storage!;
      const format = {
        version: 1,
        validate: (json: unknown) => ({ ok: true as const, value: json }),
      };
      return storage.readAutosave('e2e-editor', format);
    });
    expect(saved).toMatchObject({ ok: true, value: { text: 'typed a moment before closing' } });
  });
});
