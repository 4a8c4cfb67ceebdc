import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { UTF8_BOM, parseCsv } from '../../src/data/csv';
import { OUTPUT_IDS } from '../../src/model/outputs';
import { validateScenario } from '../../src/model/validate';
import { RESULT_CSV_COLUMNS } from '../../src/ui/workbench/results-csv';
import { OUTPUT_DIR, e2e, type AppSession } from './harness';
import {
  afterRun,
  currentScenario,
  dashboardText,
  downloadOf,
  downloadedText,
  openWorkbench,
  setDriver,
} from './workbench-helpers';

const FILES = join(OUTPUT_DIR, 'workbench-files');

function fileWith(name: string, text: string): string {
  mkdirSync(FILES, { recursive: true });
  const path = join(FILES, name);
  writeFileSync(path, text);
  return path;
}

async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '另存为我的情景' }).click();
  await page.locator('#wb-library-name').fill(name);
  await page.locator('.wb-library__save button[type="submit"]').click();
  await page.locator('.wb-library__item .wb-library__name', { hasText: name }).waitFor();
}

const savedNames = (page: Page) =>
  page.locator('.wb-library__item .wb-library__name').allTextContents();

describe.skipIf(!e2e.available)('workbench: files (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('exports results as CSV and the scenario as JSON; the JSON imports back to the same scenario', async () => {
    session = await openWorkbench();
    const { page } = session;
    await setDriver(page, 'external_demand', '4');
    await setDriver(page, 'consumption', '11.5');
    const scenario = await currentScenario(page);
    const numbers = await dashboardText(page);

    const csv = await downloadedText(await downloadOf(page, '[data-action="export-csv"]'));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...RESULT_CSV_COLUMNS]);
    const city = rows.filter((r) => r[header!.indexOf('scope')] === 'city');
    expect(city).toHaveLength(OUTPUT_IDS.length * 4);
    for (const r of rows) {
      expect(r[header!.indexOf('seed')]).toBe(String(scenario.seed));
      expect(r[header!.indexOf('paths')]).toBe('10000');
      expect(r[header!.indexOf('scenario_name')]).toBe(scenario.name);
    }
    // The CSV's GDP probability is the one on the card.
    const gdp = city.find((r) => r[header!.indexOf('output_id')] === 'gdp')!;
    const p = Number(gdp[header!.indexOf('p_meet_full_year')]);
    expect(await page.locator('.wb-card[data-output="gdp"] .wb-card__p').textContent()).toBe(
      `${Math.round(p * 100)}%`,
    );

    const jsonDownload = await downloadOf(page, '[data-action="export-json"]');
    expect(jsonDownload.suggestedFilename()).toMatch(/\.scenario\.json$/);
    const json = await downloadedText(jsonDownload);
    const parsed = validateScenario(JSON.parse(json));
    expect(parsed).toEqual({ ok: true, scenario });

    // Change everything, then import the file: the same scenario and the same numbers.
    await afterRun(page, () => page.locator('.wb-preset[data-preset="property_slump"]').click());
    expect(await dashboardText(page)).not.toEqual(numbers);
    await afterRun(page, () =>
      page.locator('#wb-import').setInputFiles(fileWith('exported.scenario.json', json)),
    );
    expect(await currentScenario(page)).toEqual(scenario);
    expect(await dashboardText(page)).toEqual(numbers);
    expect(await page.locator('.wb-toolbar__message').textContent()).toContain('已导入情景');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('an invalid file gets an error naming the field; the scenario and saved scenarios stay intact', async () => {
    session = await openWorkbench();
    const { page } = session;
    await setDriver(page, 'gulei_ramp', '1100');
    await saveAs(page, '古雷1100');
    const before = await currentScenario(page);

    await page
      .locator('#wb-import')
      .setInputFiles(
        fileWith(
          'bad.scenario.json',
          JSON.stringify({ version: 1, name: 'bad', drivers: { external_demand: { value: 99 } } }),
        ),
      );
    const error = page.locator('.wb-toolbar__message--error');
    await error.waitFor({ state: 'visible' });
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toContain(
      '无法导入“bad.scenario.json”，已保存的情景未受影响',
    );
    expect(await error.textContent()).toContain(
      'drivers.external_demand.value: 99 is outside the bounds',
    );

    await page.locator('#wb-import').setInputFiles(fileWith('broken.json', '{ "version": 1, '));
    await page.locator('.wb-toolbar__message--error', { hasText: 'broken.json' }).waitFor();
    expect(await error.textContent()).toContain('(file): is not valid JSON');

    await page
      .locator('#wb-import')
      .setInputFiles(fileWith('future.json', JSON.stringify({ version: 2, name: 'x' })));
    await page.locator('.wb-toolbar__message--error', { hasText: 'future.json' }).waitFor();
    expect(await error.textContent()).toContain('version: this file is version 2');

    expect(await currentScenario(page)).toEqual(before);
    expect(await savedNames(page)).toEqual(['古雷1100']);
    // And after a reload, too: nothing was written.
    await page.reload();
    await page.locator('.wb-library__item .wb-library__name').first().waitFor();
    expect(await savedNames(page)).toEqual(['古雷1100']);
    expect(session.consoleErrors).toEqual([]);
  });

  it('my scenarios: save, load, rename and delete (with a second click)', async () => {
    session = await openWorkbench();
    const { page } = session;
    await setDriver(page, 'new_firms', '300');
    await saveAs(page, '三百家');
    await afterRun(page, () => page.locator('.wb-drivers-panel .wb-section__head button').click());
    expect((await currentScenario(page)).drivers).toEqual({});

    const item = page.locator('.wb-library__item', { hasText: '三百家' });
    await afterRun(page, () => item.locator('.wb-library__load').click());
    expect((await currentScenario(page)).drivers).toEqual({ new_firms: { value: 300 } });
    expect((await currentScenario(page)).name).toBe('三百家');

    await item.locator('.wb-library__rename').click();
    const field = page.locator('.wb-library__rename-form input');
    await field.fill('新增三百家');
    await field.press('Enter');
    await page.locator('.wb-library__item .wb-library__name', { hasText: '新增三百家' }).waitFor();
    expect(await savedNames(page)).toEqual(['新增三百家']);

    const del = page.locator('.wb-library__item .wb-library__delete');
    await del.click();
    expect(await savedNames(page)).toEqual(['新增三百家']);
    await page.locator('.wb-library__delete--confirm').click();
    await page.locator('.wb-library__empty').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
