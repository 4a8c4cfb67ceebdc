/**
 * Files over an import's size limit are refused before they are read, with a message naming the
 * size and the limit where that import shows its errors; nothing stored changes. Each file is a
 * valid one padded with spaces past the limit, so that without the check it would be imported.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model/presets';
import { defaultDeck } from '../../src/present/default-deck';
import { DB_NAME } from '../../src/state/storage/schema';
import { encodeScenario } from '../../src/state/url-scenario';
import {
  MAX_BACKUP_FILE_BYTES,
  MAX_BOUNDARY_FILE_BYTES,
  MAX_CSV_FILE_BYTES,
  MAX_DECK_FILE_BYTES,
} from '../../src/ui/read-file';
import { MAX_SCENARIO_FILE_BYTES } from '../../src/ui/workbench/scenario-io';
import { e2e, openApp, waitForMapIdle, type AppSession } from './harness';
import { zoneDrawn, zoneGeometry } from './plan-helpers';
import { waitForScene } from './present-helpers';

const WAIT = { timeout: 60_000 };
const preset = PRESETS[0]!.scenario;

/** `text` followed by spaces up to `size` bytes (JSON and CSV readers skip them). */
function padded(text: string, size: number): Buffer {
  const buffer = Buffer.alloc(size, ' ');
  buffer.write(text, 0, 'utf8');
  return buffer;
}

/** Every record of every IndexedDB store, as text (to compare before and after). */
async function storedRecords(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const out: Record<string, unknown[]> = {};
    for (const store of [...db.objectStoreNames]) {
      out[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    }
    db.close();
    return JSON.stringify(out);
  }, DB_NAME);
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

describe.skipIf(!e2e.available)('import size limits (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('a deck file and a backup over their limits are refused with their size; nothing stored changes', async () => {
    session = await openApp('#/present', { viewport: { width: 1600, height: 900 } });
    const { page } = session;
    page.setDefaultTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 0);

    // Something stored: the built-in deck edited becomes a saved copy.
    await page.fill('#present-deck-title-zh', '已保存的简报');
    await page.waitForFunction(
      () => document.querySelector('.present-editor__status')?.textContent === '已自动保存',
      undefined,
      WAIT,
    );
    const decks = await page.locator('#present-deck option').allTextContents();
    const before = await storedRecords(page);
    expect(before).toContain('已保存的简报');

    // A valid deck, one byte over the limit.
    const deck = { ...defaultDeck(), title: { zh: '过大的简报', en: 'Too large' } };
    await page.setInputFiles('#present-import', {
      name: 'huge-deck.json',
      mimeType: 'application/json',
      buffer: padded(JSON.stringify(deck), MAX_DECK_FILE_BYTES + 1),
    });
    const message = page.locator('.present-editor__message[data-level="error"]');
    await message.filter({ hasText: '文件过大' }).waitFor(WAIT);
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('huge-deck.json');
    expect(text).toContain('已有简报均未改动');
    expect(text).toContain('文件过大（16.000001 MB），最多16 MB。');
    expect(await page.locator('#present-deck option').allTextContents()).toEqual(decks);
    expect(await storedRecords(page)).toBe(before);

    // A valid backup adding one scenario, padded past the backup limit.
    const backup = {
      format: 'zhangzhou-2023-simulator/backup',
      bundleVersion: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      dbVersion: 1,
      source: 'indexeddb',
      records: {
        scenarios: [
          {
            id: 'from-a-huge-backup',
            name: '过大备份中的情景',
            schemaVersion: 1,
            createdAt: '2024-01-01T00:00:00.000Z',
            updatedAt: '2024-01-01T00:00:00.000Z',
            data: { ...preset, name: '过大备份中的情景' },
          },
        ],
      },
      settings: [],
      autosave: [],
    };
    await page.locator('[data-action="open-settings"]').click();
    await page.locator('dialog[open]').waitFor(WAIT);
    const beforeBackup = await storedRecords(page);
    await page.setInputFiles('dialog[open] input[type="file"]', {
      name: 'huge-backup.json',
      mimeType: 'application/json',
      buffer: padded(JSON.stringify(backup), MAX_BACKUP_FILE_BYTES + 2_400_000),
    });
    const status = page.locator('dialog[open] .settings__status[role="status"]');
    await status.filter({ hasText: '文件过大' }).waitFor(WAIT);
    expect(await status.textContent()).toBe(
      '导入失败，未做任何更改：文件过大（52.4 MB），最多50 MB。',
    );
    expect(await status.getAttribute('class')).toContain('settings__error');
    expect(await storedRecords(page)).toBe(beforeBackup);
    expect(await storedRecords(page)).not.toContain('过大备份中的情景');
    expect(session.consoleErrors).toEqual([]);
  }, 240_000);

  it('a boundary, a baseline CSV and a scenario for comparison over their limits are refused where each shows its errors', async () => {
    session = await openApp('#/atlas?zone=zone.gulei', { viewport: { width: 1600, height: 900 } });
    const { page } = session;
    page.setDefaultTimeout(60_000);
    await waitForMapIdle(page);
    await page.locator('#place-panel[data-place="zone.gulei"]').waitFor({ state: 'visible' });
    const outline = await zoneGeometry(page, 'zone.gulei');
    const before = await storedRecords(page);

    // A valid GeoJSON outline for Gulei, past the boundary limit.
    const ring = [
      [117.56, 23.85],
      [117.64, 23.85],
      [117.64, 23.95],
      [117.56, 23.95],
      [117.56, 23.85],
    ];
    const geojson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
      ],
    };
    await page.setInputFiles('#place-panel input[data-action="import-boundary"]', {
      name: 'huge.geojson',
      mimeType: 'application/geo+json',
      buffer: padded(JSON.stringify(geojson), MAX_BOUNDARY_FILE_BYTES + 500_000),
    });
    const alert = page.locator('#place-panel .import-message--error[role="alert"]');
    await alert.waitFor({ state: 'visible', ...WAIT });
    expect(await alert.textContent()).toBe(
      '未能导入“huge.geojson”：文件过大（10.5 MB），最多10 MB。原边界保持不变。',
    );
    expect(await zoneGeometry(page, 'zone.gulei')).toEqual(outline);
    expect(await zoneDrawn(page, 'zone.gulei')).toBe('indicative');
    // The message follows the language.
    await page.locator('[data-action="toggle-language"]').click();
    await alert.filter({ hasText: 'too large' }).waitFor(WAIT);
    expect(await alert.textContent()).toContain(
      'The file is too large (10.5 MB); the limit is 10 MB.',
    );
    await page.locator('[data-action="toggle-language"]').click();
    await alert.filter({ hasText: '文件过大' }).waitFor(WAIT);
    expect(await storedRecords(page)).toBe(before);

    // A baseline CSV with a figure, past the CSV limit.
    await go(page, '#/baseline');
    await page.locator('#baseline-levels').waitFor(WAIT);
    const gdp = await page.locator('#bl-level-gdp-2022').inputValue();
    const beforeCsv = await storedRecords(page);
    await page.setInputFiles('#baseline-csv-file', {
      name: 'huge.csv',
      mimeType: 'text/csv',
      buffer: padded(
        '代码,名称,数值\nbaseline.gdp_2022,地区生产总值,6000\n',
        MAX_CSV_FILE_BYTES + 1,
      ),
    });
    const result = page.locator('#baseline-import-result.baseline-import-result--error');
    await result.filter({ hasText: '文件过大' }).waitFor(WAIT);
    expect(await result.getAttribute('role')).toBe('alert');
    expect(await result.textContent()).toContain('文件过大（4.000001 MB），最多4 MB。');
    expect(await result.textContent()).toContain('huge.csv');
    expect(await page.locator('#bl-level-gdp-2022').inputValue()).toBe(gdp);
    expect(await storedRecords(page)).toBe(beforeCsv);

    // A valid scenario file for comparison, past the scenario file limit.
    const a = await encodeScenario(PRESETS[0]!.scenario);
    const b = await encodeScenario(PRESETS[1]!.scenario);
    await go(page, `#/compare?a=${a}&b=${b}`);
    await page.locator('#compare-chips li').nth(1).waitFor(WAIT);
    await page.locator('#compare-import-file').setInputFiles({
      name: 'huge-scenario.json',
      mimeType: 'application/json',
      buffer: padded(
        JSON.stringify({ ...preset, name: '过大的情景' }),
        MAX_SCENARIO_FILE_BYTES + 1,
      ),
    });
    const messages = page.locator('#compare-messages[role="alert"]');
    await messages.filter({ hasText: '过大' }).waitFor(WAIT);
    expect(await messages.textContent()).toContain(
      '“huge-scenario.json”过大（1.000001 MB），情景文件最多1 MB，未添加。',
    );
    expect(await page.locator('#compare-chips li').count()).toBe(2);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  }, 240_000);
});
