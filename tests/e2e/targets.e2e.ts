import type { Download } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TARGET_CSV_COLUMNS, parseCsv, type Target } from '../../src/data/index.ts';
import { loadPlan } from '../ui/plan-fixture';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';

const data = loadPlan();

/** The downloaded bytes (the browser runs as a server, so the file comes over the wire). */
async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
const REGISTER_IDS = data.targets.map((t) => t.id);

describe.skipIf(!e2e.available)('the targets browser (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('lists the whole register by work area; "6.5" finds GDP under 主要预期目标', async () => {
    session = await openApp('#/targets');
    const { page } = session;
    await page.locator('.targets-table').first().waitFor({ state: 'visible' });
    expect(await page.locator('tr[data-target]').count()).toBe(data.targets.length);
    expect(await page.locator('.target-section').count()).toBe(data.sections.length);
    await page.screenshot({ path: screenshotPath('targets.png') });

    await page.locator('#targets-search').fill('6.5');
    const gdp = page.locator('[data-section="headline"] tr[data-target="headline.gdp"]');
    await gdp.waitFor({ state: 'visible' });
    expect(await gdp.locator('.targets-table__value').textContent()).toBe('6.5%');
    expect(await page.locator('[data-section="headline"] h3').textContent()).toContain(
      '主要预期目标',
    );
    expect(page.url()).toContain('q=6.5');
    // The quote is there on demand.
    await gdp.locator('summary').click();
    expect(await gdp.locator('.source__quote').textContent()).toContain('6.5%');
    await page.screenshot({ path: screenshotPath('targets-search.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('filters by kind and scope, and a zone row links to its zone on the map', async () => {
    session = await openApp('#/targets');
    const { page } = session;
    await page.locator('.targets-table').first().waitFor({ state: 'visible' });
    await page.selectOption('#targets-scope', 'zone');
    const expected = data.targets.filter((t) => t.scope.type === 'zone').map((t) => t.id);
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-target]').length === n,
      expected.length,
    );
    const shown = await page
      .locator('tr[data-target]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-target')));
    expect(shown.sort()).toEqual([...expected].sort());
    await page.selectOption('#targets-kind', 'milestone');
    const both = data.targets.filter((t) => t.scope.type === 'zone' && t.kind === 'milestone');
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-target]').length === n,
      both.length,
    );
    expect(page.url()).toContain('scope=zone');
    expect(page.url()).toContain('kind=milestone');

    await page.selectOption('#targets-kind', '');
    await page.locator('tr[data-target="gulei.output"] a.map-link').click();
    await page.locator('#place-panel[data-place="zone.gulei"]').waitFor({ state: 'visible' });
    expect(page.url()).toContain('#/atlas?zone=zone.gulei');
    await waitForMapIdle(page);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('shows the 2022 actuals on a toggle', async () => {
    session = await openApp('#/targets', { viewport: { width: 1920, height: 1080 } });
    const { page } = session;
    await page.locator('[data-show="actuals"]').click();
    await page.locator('tr[data-actual]').first().waitFor({ state: 'visible' });
    expect(await page.locator('tr[data-actual]').count()).toBe(data.actuals.length);
    const jobs = page.locator('tr[data-actual="y2022.jobs.new_urban"]');
    expect(await jobs.locator('.targets-table__value').textContent()).toBe('45,178人');
    expect(page.url()).toContain('show=actuals');
    await page.screenshot({ path: screenshotPath('targets-actuals-1920.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('downloads the whole register as CSV (UTF-8 BOM) and JSON, and both parse', async () => {
    session = await openApp('#/targets?q=6.5');
    const { page } = session;
    await page.locator('[data-download="csv"]').waitFor({ state: 'visible' });

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="csv"]').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csvBytes = await bytesOf(csvDownload);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csvBytes.toString('utf8'));
    expect(rows[0]).toEqual(TARGET_CSV_COLUMNS.map(([name]) => name));
    // The whole register, whatever the search box says.
    const body = rows.slice(1).filter((r) => r.length > 1);
    expect(body.map((r) => r[0])).toEqual(REGISTER_IDS);
    const gdp = body.find((r) => r[0] === 'headline.gdp');
    const valueAt = TARGET_CSV_COLUMNS.findIndex(([name]) => name === 'value');
    expect(gdp?.[valueAt]).toBe('6.5');

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="json"]').click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    const json = JSON.parse((await bytesOf(jsonDownload)).toString('utf8')) as Target[];
    expect(json.map((t) => t.id)).toEqual(REGISTER_IDS);
    expect(json.find((t) => t.id === 'gulei.output')).toMatchObject({
      value: 1000,
      unit: '亿元',
      comparator: '>',
    });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('re-renders in English, values formatted the English way', async () => {
    session = await openApp('#/targets?q=gulei');
    const { page } = session;
    await page.locator('tr[data-target="gulei.output"]').waitFor({ state: 'visible' });
    expect(
      await page.locator('tr[data-target="gulei.output"] .targets-table__value').textContent(),
    ).toBe('超1,000亿元');
    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(
      () =>
        document.querySelector('tr[data-target="gulei.output"] .targets-table__value')
          ?.textContent === 'over 100.0 bn yuan',
    );
    expect(await page.locator('.targets-title').textContent()).toBe('2023 target register');
    expect(await page.locator('#targets-search').inputValue()).toBe('gulei');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
