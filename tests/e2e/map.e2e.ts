import { afterEach, describe, expect, it } from 'vitest';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';

const UNITS_2023 = [
  '芗城区',
  '龙文区',
  '龙海区',
  '长泰区',
  '漳浦县',
  '云霄县',
  '诏安县',
  '东山县',
  '南靖县',
  '平和县',
  '华安县',
];

describe.skipIf(!e2e.available)('the map page (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('loads with no console errors, no off-host request, reaches idle and renders all 11 units', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    const rendered = await page.evaluate(() => {
      const map = window.__zz!.mapView.map;
      const names = map
        .queryRenderedFeatures({ layers: ['county-fill'] })
        .map((f) => String(f.properties.name_zh));
      return [...new Set(names)].sort();
    });
    expect(rendered).toEqual([...UNITS_2023].sort());
    await page.screenshot({ path: screenshotPath('map.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(0);
  });

  it('clicking a unit on the map opens its panel with its Chinese name', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    // Click at the label point of 漳浦县, projected to screen pixels by the map itself.
    const point = await page.evaluate(() => {
      const map = window.__zz!.mapView.map;
      const f = map.querySourceFeatures('counties').find((x) => x.properties.name_zh === '漳浦县');
      if (!f) throw new Error('漳浦县 not in the source');
      const p = map.project([Number(f.properties.label_lon), Number(f.properties.label_lat)]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    const title = page.locator('#county-panel .panel__title');
    await title.waitFor({ state: 'visible' });
    expect(await title.textContent()).toBe('漳浦县');
    expect(await page.locator('#county-panel').textContent()).toContain('Zhangpu');
    await page.screenshot({ path: screenshotPath('map-county-panel.png') });
    expect(session.consoleErrors).toEqual([]);
  });

  it('the unit list selects a unit from the keyboard', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    await page.locator('button[data-adcode]').first().focus();
    await page.keyboard.press('Enter');
    const title = page.locator('#county-panel .panel__title');
    await title.waitFor({ state: 'visible' });
    expect(UNITS_2023).toContain(await title.textContent());
  });

  it('a corrupt geodata response shows a clear error, not a blank page', async () => {
    session = await openApp('', {
      setup: (context) =>
        context.route('**/counties*.geojson', (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: '{"type":"FeatureColl',
          }),
        ),
    });
    const alert = session.page.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('counties.geojson');
    expect(text).toContain('JSON');
  });

  it('a missing geodata file says that the download failed', async () => {
    session = await openApp('', {
      setup: (context) =>
        context.route('**/counties*.geojson', (route) =>
          route.fulfill({ status: 404, body: 'not found' }),
        ),
    });
    const alert = session.page.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await alert.textContent()).toContain('HTTP 404');
  });
});
