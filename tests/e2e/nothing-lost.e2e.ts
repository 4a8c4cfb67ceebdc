/**
 * Nothing lost: a saved scenario, an edited deck and entered baseline figures survive a reload
 * and every kind of bad import (a damaged backup, a bad scenario file, a bad deck file, a bad
 * CSV); and closing the tab in the middle of editing a deck or a baseline figure loses at most
 * the last second (the workbench and the storage layer have their own tests of this).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, OUTPUT_DIR, openApp, waitForMapIdle, type AppSession } from './harness';
import { waitForScene } from './present-helpers';
import { setDriver, waitFinal } from './workbench-helpers';

const WAIT = { timeout: 60_000 };
const FILES = join(OUTPUT_DIR, 'nothing-lost');

function fileWith(name: string, text: string): string {
  mkdirSync(FILES, { recursive: true });
  const path = join(FILES, name);
  writeFileSync(path, text);
  return path;
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

/** What the user has kept, read from the views the way they show it. */
async function kept(
  page: Page,
): Promise<{ scenarios: string[]; decks: string[]; gdp2022: string }> {
  await go(page, '#/workbench');
  await waitFinal(page);
  await page.locator('.wb-library__item .wb-library__name').first().waitFor(WAIT);
  const scenarios = await page.locator('.wb-library__item .wb-library__name').allTextContents();
  await go(page, '#/present');
  await page
    .locator('#present-deck option')
    .nth(1)
    .waitFor({ state: 'attached', ...WAIT });
  const decks = await page.locator('#present-deck option').allTextContents();
  await go(page, '#/baseline');
  await page.locator('#baseline-levels').waitFor(WAIT);
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>('#bl-level-gdp-2022')?.value !== '',
    undefined,
    WAIT,
  );
  const gdp2022 = await page.locator('#bl-level-gdp-2022').inputValue();
  return { scenarios, decks, gdp2022 };
}

/** Closes the tab as a user does (pagehide, no chance to finish anything) and opens it again. */
async function closeAndReopen(context: BrowserContext, page: Page): Promise<Page> {
  const url = page.url();
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto(url);
  return next;
}

describe.skipIf(!e2e.available)('nothing lost (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('a saved scenario, an edited deck and baseline figures survive a reload and every bad import', async () => {
    session = await openApp('#/workbench', { viewport: { width: 1600, height: 900 } });
    const { page } = session;
    page.setDefaultTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitFinal(page);

    // A scenario saved in "my scenarios".
    await setDriver(page, 'external_demand', '4');
    await page.getByRole('button', { name: '另存为我的情景' }).click();
    await page.locator('#wb-library-name').fill('保留的情景');
    await page.locator('.wb-library__save button[type="submit"]').click();
    await page.locator('.wb-library__item .wb-library__name', { hasText: '保留的情景' }).waitFor();

    // A deck edited (the built-in one is copied first, then autosaved).
    await go(page, '#/present');
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    await page.fill('#present-deck-title-zh', '保留的简报');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#present-deck option')].some((o) =>
          o.textContent?.includes('保留的简报'),
        ),
      undefined,
      WAIT,
    );
    await page.waitForFunction(
      () => document.querySelector('.present-editor__status')?.textContent === '已自动保存',
      undefined,
      WAIT,
    );

    // A baseline figure entered.
    await go(page, '#/baseline');
    await page.locator('#baseline-levels').waitFor(WAIT);
    await page.locator('#bl-level-gdp-2022').fill('5700');
    await page.locator('#bl-level-gdp-2022').press('Tab');
    await page.waitForFunction(
      () =>
        document
          .querySelector('tr[data-slot="baseline.gdp_2022"] .origin')
          ?.getAttribute('data-origin') === 'user',
    );

    const expected = (k: Awaited<ReturnType<typeof kept>>): void => {
      expect(k.scenarios).toContain('保留的情景');
      expect(k.decks.some((d) => d.includes('保留的简报'))).toBe(true);
      expect(Number(k.gdp2022)).toBe(5700);
    };
    await page.reload();
    const afterReload = await kept(page);
    expected(afterReload);

    // A damaged backup (its second scenario is invalid): refused as a whole, nothing changed.
    const backup = {
      format: 'zhangzhou-2023-simulator/backup',
      bundleVersion: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      dbVersion: 1,
      source: 'indexeddb',
      records: {
        scenarios: [
          {
            id: 'x-1',
            name: '新情景',
            schemaVersion: 1,
            createdAt: '2024-01-01T00:00:00.000Z',
            updatedAt: '2024-01-01T00:00:00.000Z',
            data: { version: 1, name: '新情景', seed: 1, paths: 10000 },
          },
          {
            id: 'x-2',
            name: '坏情景',
            schemaVersion: 1,
            createdAt: '2024-01-01T00:00:00.000Z',
            updatedAt: '2024-01-01T00:00:00.000Z',
            data: { version: 1, name: '', paths: -5 },
          },
        ],
      },
      settings: [],
      autosave: [],
    };
    await page.locator('[data-action="open-settings"]').click();
    await page.locator('dialog[open]').waitFor(WAIT);
    await page.setInputFiles(
      'dialog[open] input[type="file"]',
      fileWith('backup.json', JSON.stringify(backup)),
    );
    await page.waitForFunction(() =>
      document.querySelector('.settings__status')?.textContent?.includes('导入失败，未做任何更改'),
    );
    expect(await page.locator('.settings__status').textContent()).toContain('坏情景');
    await page.keyboard.press('Escape');

    // A bad scenario file, a bad deck file and a bad CSV: each refused with its reason.
    await go(page, '#/workbench');
    await waitFinal(page);
    await page.setInputFiles(
      '#wb-import',
      fileWith('bad-scenario.json', '{"version":1,"name":"x","paths":0}'),
    );
    await page.locator('.wb-toolbar__messages').filter({ hasText: 'paths' }).waitFor(WAIT);
    await go(page, '#/present');
    await waitForScene(page, 0);
    await page.setInputFiles(
      '#present-import',
      fileWith('bad-deck.json', '{"version":1,"title":{"zh":"x"}}'),
    );
    await page.locator('.present-editor__message').filter({ hasText: 'scenes' }).waitFor(WAIT);
    await go(page, '#/baseline');
    await page.locator('#baseline-levels').waitFor(WAIT);
    await page.setInputFiles('#baseline-csv-file', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('代码,名称,数值\nbaseline.gdp_2022,地区生产总值,很多\n'),
    });
    await page.locator('.baseline-import-result--error').waitFor(WAIT);

    // Everything is still there, now and after another reload.
    expected(await kept(page));
    await page.reload();
    const final = await kept(page);
    expected(final);
    expect(final).toEqual(afterReload);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);

  it('closing the tab while editing a deck keeps the edit made just before', async () => {
    session = await openApp('#/present', { viewport: { width: 1600, height: 900 } });
    let page = session.page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    // A first edit makes the deck a saved copy (as in use); then the edit under test.
    await page.fill('#present-deck-title-zh', '我的简报');
    await page.waitForFunction(
      () => document.querySelector('.present-editor__status')?.textContent === '已自动保存',
      undefined,
      WAIT,
    );
    for (let round = 1; round <= 3; round++) {
      const title = `第${round}次修改的标题`;
      await page.fill('#scene-title-zh', title);
      // Closed at once: before the autosave's pause is over.
      page = await closeAndReopen(session.context, page);
      await waitForMapIdle(page);
      await waitForScene(page, 0);
      expect(await page.locator('#scene-title-zh').inputValue(), `round ${round}`).toBe(title);
    }
    expect(session.consoleErrors).toEqual([]);
  }, 240_000);

  it('closing the tab while typing a baseline figure keeps it', async () => {
    session = await openApp('#/baseline', { viewport: { width: 1600, height: 900 } });
    let page = session.page;
    await page.locator('#baseline-levels').waitFor(WAIT);
    for (let round = 1; round <= 3; round++) {
      const value = String(5000 + round * 11);
      // Typed, and the field not left: the tab is closed a second and a half later.
      await page.locator('#bl-level-fai-2022').fill(value);
      await page.waitForTimeout(1_500);
      page = await closeAndReopen(session.context, page);
      await page.locator('#baseline-levels').waitFor(WAIT);
      await page.waitForFunction(
        (v) => document.querySelector<HTMLInputElement>('#bl-level-fai-2022')?.value === v,
        value,
        { timeout: 20_000 },
      );
    }
  }, 240_000);
});
