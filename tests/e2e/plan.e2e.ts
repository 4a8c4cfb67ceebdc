import { afterEach, describe, expect, it } from 'vitest';
import { industryHighlight } from '../../src/ui/plan/industry-model';
import { loadPlan, unitsPrinting } from '../ui/plan-fixture';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import {
  industryStates,
  screenPoint,
  zoneDrawn,
  zoneGeometry,
  zoneLabelPoint,
} from './plan-helpers';

const data = loadPlan();
const ADCODES = data.units.map((u) => u.adcode);
const GULEI_BIG_THREE = [
  'gulei.output',
  'gulei.investment_under_construction',
  'gulei.signed_pipeline',
];

describe.skipIf(!e2e.available)('the plan on the map (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('clicking Gulei on the map shows its three ">1000 亿元" targets, with sources', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    const point = await screenPoint(page, await zoneLabelPoint(page, 'zone.gulei'));
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('#place-panel[data-place="zone.gulei"]');
    await panel.waitFor({ state: 'visible' });
    expect(page.url()).toContain('zone=zone.gulei');
    const targets = await panel
      .locator('[data-section="zone-targets"] li.target')
      .evaluateAll((items) =>
        items.map((li) => ({
          id: li.getAttribute('data-target'),
          value: li.querySelector('.target__value')?.textContent,
        })),
      );
    const overThousand = targets.filter((x) => x.value === '超1,000亿元').map((x) => x.id);
    expect(overThousand.sort()).toEqual([...GULEI_BIG_THREE].sort());
    // It says plainly that the outline is indicative, and where the facts come from.
    expect(await panel.locator('[data-outline="indicative"]').textContent()).toContain('示意');
    expect(await panel.textContent()).toContain('继续举全市之力加快古雷石化基地建设');
    await page.screenshot({ path: screenshotPath('plan-gulei.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('choosing 食品加工 highlights exactly the counties whose plans print it, on the map and in the matrix', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    await page.selectOption('#industry-picker', 'food_processing');
    await page.locator('#industry-drawer svg').waitFor({ state: 'visible' });
    await waitForMapIdle(page);
    expect(page.url()).toContain('industry=food_processing');

    const printing = unitsPrinting(data, 'food_processing').sort();
    // Counties with only a broader label: they print 食品 (food) itself, not 食品加工.
    const broader = unitsPrinting(data, 'food')
      .filter((a) => !printing.includes(a))
      .sort();
    expect(printing).toHaveLength(4);
    expect(broader.length).toBeGreaterThan(0);
    const states = await industryStates(page, ADCODES);
    const by = (value: string): string[] =>
      Object.entries(states)
        .filter(([, s]) => s === value)
        .map(([a]) => a)
        .sort();
    expect(by('exact')).toEqual(printing);
    expect(by('broader')).toEqual(broader);
    expect(Object.values(states).filter((s) => s !== null)).toHaveLength(
      printing.length + broader.length,
    );

    // The matrix: the 食品加工 column is highlighted; its discs are the same counties.
    const column = await page.evaluate(() => {
      const svg = document.querySelector('#industry-drawer svg');
      const label = svg?.querySelector('[data-col="food_processing"]');
      const x = label?.getAttribute('x');
      const rows = [...(svg?.querySelectorAll('[data-row]') ?? [])].map((r) => ({
        id: r.getAttribute('data-row') ?? '',
        y: r.getAttribute('y'),
      }));
      const circles = [...(svg?.querySelectorAll('g.cells circle') ?? [])].filter(
        (c) => c.getAttribute('cx') === x,
      );
      const radii = circles.map((c) => Number(c.getAttribute('r')));
      const biggest = Math.max(...radii);
      const rowOf = (c: Element): string =>
        rows.find((r) => r.y === c.getAttribute('cy'))?.id ?? '?';
      return {
        bold: label?.getAttribute('font-weight'),
        present: circles
          .filter((c) => !c.hasAttribute('stroke') && Number(c.getAttribute('r')) === biggest)
          .map(rowOf),
        related: circles.filter((c) => c.hasAttribute('stroke')).map(rowOf),
      };
    });
    expect(column.bold).toBe('700');
    expect(column.present.sort()).toEqual(printing);
    expect(column.related.sort()).toEqual(broader);
    // The map and the matrix read the same model.
    expect([...industryHighlight(data, 'food_processing').keys()].sort()).toEqual(
      [...printing, ...broader].sort(),
    );
    await page.screenshot({ path: screenshotPath('plan-industry.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('the matrix and the map are linked both ways', async () => {
    session = await openApp('#/atlas?industry=food_processing');
    const { page } = session;
    await waitForMapIdle(page);
    const row = page.locator('#industry-drawer svg [data-row="350622"]');
    await row.waitFor({ state: 'visible' });
    await row.hover();
    const hovered = await page.evaluate(() => {
      const map = window.__zz!.mapView.map;
      const state = map.getFeatureState({ source: 'counties', id: '350622' }) as Record<
        string,
        unknown
      >;
      return state.hover;
    });
    expect(hovered).toBe(true);
    await row.click();
    await page.locator('#county-panel .panel__title').waitFor({ state: 'visible' });
    expect(await page.locator('#county-panel .panel__title').textContent()).toBe('云霄县');
    expect(page.url()).toContain('unit=350622');

    // Clicking a county on the map selects its row.
    await waitForMapIdle(page);
    const pinghe = data.units.find((u) => u.adcode === '350628');
    expect(pinghe).toBeDefined();
    const point = await page.evaluate(() => {
      const map = window.__zz!.mapView.map;
      const f = map.querySourceFeatures('counties').find((x) => x.properties.adcode === '350628');
      if (!f) throw new Error('平和县 not in the source');
      const p = map.project([Number(f.properties.label_lon), Number(f.properties.label_lat)]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      () =>
        document
          .querySelector('#industry-drawer svg [data-row="350628"]')
          ?.getAttribute('font-weight') === '700',
    );
    expect(page.url()).toContain('unit=350628');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('a county panel lists its industries, targets with their scope, zones and projects; each selects itself', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    await page.locator('button[data-adcode="350623"]').click();
    const panel = page.locator('#county-panel');
    await panel.locator('[data-section="county-industries"]').waitFor({ state: 'visible' });
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('食品医药');
    expect(text).toContain('适用于：每个县区');
    expect(text).toContain('区域：古雷石化基地');
    // Unplaced projects are listed with where they are in words.
    expect(await panel.locator('.badge--unplaced').count()).toBeGreaterThan(0);
    expect(text).toContain('六鳌');
    await page.screenshot({ path: screenshotPath('plan-county.png') });
    await panel.locator('button[data-place="zone.gulei"]').click();
    await page.locator('#place-panel[data-place="zone.gulei"]').waitFor({ state: 'visible' });
    expect(page.url()).toContain('zone=zone.gulei');
    expect(await panel.isHidden()).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('a link to a county with an industry opens straight on it (state from the address)', async () => {
    session = await openApp('#/atlas?industry=food_processing&unit=350623');
    const { page } = session;
    await waitForMapIdle(page);
    await page
      .locator('#county-panel [data-section="county-targets"]')
      .waitFor({ state: 'visible' });
    expect(await page.locator('#county-panel .panel__title').textContent()).toBe('漳浦县');
    const state = await page.evaluate(
      () =>
        window.__zz!.mapView.map.getFeatureState({ source: 'counties', id: '350623' }) as Record<
          string,
          unknown
        >,
    );
    expect(state).toMatchObject({ selected: true, industry: 'broader' });
    expect(await page.locator('#industry-picker').inputValue()).toBe('food_processing');
    await page
      .locator('#industry-drawer svg [data-row="350623"][font-weight="700"]')
      .waitFor({ state: 'attached' });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('the twin park shows its five areas; a project shows its milestone and, apart, its outcome', async () => {
    session = await openApp('#/atlas?zone=zone.cn_ph_twin_parks');
    const { page } = session;
    await waitForMapIdle(page);
    const panel = page.locator('#place-panel');
    await panel.waitFor({ state: 'visible' });
    const areas = panel.locator('section.plan-section', { hasText: '五个片区' });
    expect(await areas.locator('button[data-place]').count()).toBe(5);
    expect(await panel.locator('[data-outline="none"]').count()).toBe(1);

    await page.locator('[data-list="project"] summary').click();
    await page.locator('button[data-place="project.huaan_pumped_storage"]').click();
    await page
      .locator('#place-panel[data-place="project.huaan_pumped_storage"]')
      .waitFor({ state: 'visible' });
    expect(await panel.locator('.milestone').textContent()).toContain('获得核准');
    const outcome = panel.locator('section.outcome');
    expect(await outcome.textContent()).toContain('非报告内容');
    expect(await outcome.getAttribute('data-outcome')).toBe('met');
    await page.screenshot({ path: screenshotPath('plan-project.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('on a projector in English, everything added re-renders in English', async () => {
    session = await openApp('#/atlas?zone=zone.gulei&industry=food_processing', {
      viewport: { width: 1920, height: 1080 },
    });
    const { page } = session;
    await waitForMapIdle(page);
    await page.locator('#place-panel').waitFor({ state: 'visible' });
    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(
      () => document.querySelector('#layers-heading')?.textContent === 'Layers',
      undefined,
      { timeout: 10_000 },
    );
    const panel = page.locator('#place-panel');
    expect(await panel.locator('.title-name__primary').textContent()).toContain(
      'Gulei petrochemical base',
    );
    expect(await panel.textContent()).toContain('over 100.0 bn yuan');
    expect(await page.locator('.industry-drawer__title').textContent()).toContain(
      'Counties × industries',
    );
    expect(await page.locator('#industry-drawer svg [data-row="350622"]').textContent()).toBe(
      'Yunxiao County',
    );
    const fields = await page.evaluate(() => {
      const map = window.__zz!.mapView.map;
      return ['plan-zone-label', 'county-label'].map((id) =>
        JSON.stringify(map.getLayoutProperty(id, 'text-field')),
      );
    });
    // English names come first in every label (the Chinese may follow, smaller).
    for (const field of fields) {
      const en = field.indexOf('"name_en"');
      const zh = field.indexOf('"name_zh"');
      expect(en).toBeGreaterThan(-1);
      if (zh !== -1) expect(en).toBeLessThan(zh);
    }
    await waitForMapIdle(page);
    await page.screenshot({ path: screenshotPath('plan-projector-en.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});

describe.skipIf(!e2e.available)('importing an official zone boundary', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  const fileInput = '#place-panel input[data-action="import-boundary"]';

  it('a broken GeoJSON shows an error naming what is wrong and keeps the existing outline', async () => {
    session = await openApp('#/atlas?zone=zone.gulei');
    const { page } = session;
    await waitForMapIdle(page);
    await page.locator('#place-panel[data-place="zone.gulei"]').waitFor({ state: 'visible' });
    const before = await zoneGeometry(page, 'zone.gulei');
    expect(before?.type).toBe('Polygon');

    // Not JSON at all.
    await page.setInputFiles(fileInput, {
      name: 'broken.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from('{"type": "FeatureCollection", "features": [', 'utf8'),
    });
    const alert = page.locator('#place-panel .import-message--error[role="alert"]');
    await alert.waitFor({ state: 'visible' });
    const notJson = (await alert.textContent()) ?? '';
    expect(notJson).toContain('broken.geojson');
    expect(notJson).toContain('JSON');
    expect(notJson).toContain('原边界保持不变');

    // Valid JSON, but a ring of two positions.
    await page.setInputFiles(fileInput, {
      name: 'two-points.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [117.6, 23.9],
                [117.7, 23.9],
              ],
            ],
          },
        }),
        'utf8',
      ),
    });
    await page.waitForFunction(() =>
      document
        .querySelector('#place-panel .import-message--error')
        ?.textContent?.includes('two-points'),
    );
    const badRing = (await alert.textContent()) ?? '';
    expect(badRing).not.toBe(notJson);

    // Nothing already loaded is lost.
    expect(await zoneGeometry(page, 'zone.gulei')).toEqual(before);
    expect(await zoneDrawn(page, 'zone.gulei')).toBe('indicative');
    expect(await page.locator('#place-panel [data-outline="indicative"]').count()).toBe(1);

    // The message follows the language.
    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(() =>
      document
        .querySelector('#place-panel .import-message--error')
        ?.textContent?.includes('unchanged'),
    );
    await waitForMapIdle(page);
    await page.screenshot({ path: screenshotPath('plan-import-error.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('a valid outline replaces the indicative one and is labelled imported, with its file name', async () => {
    session = await openApp('#/atlas?zone=zone.gulei');
    const { page } = session;
    await waitForMapIdle(page);
    await page.locator('#place-panel[data-place="zone.gulei"]').waitFor({ state: 'visible' });
    const ring = [
      [117.56, 23.85],
      [117.64, 23.85],
      [117.64, 23.95],
      [117.56, 23.95],
      [117.56, 23.85],
    ];
    await page.setInputFiles(fileInput, {
      name: '古雷-official.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
          ],
        }),
        'utf8',
      ),
    });
    const notice = page.locator('#place-panel [data-outline="imported"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('古雷-official.geojson');
    expect(await page.locator('#place-panel .import-message--ok').textContent()).toContain(
      '古雷-official.geojson',
    );
    expect(await zoneGeometry(page, 'zone.gulei')).toEqual({
      type: 'Polygon',
      coordinates: [ring],
    });
    expect(await zoneDrawn(page, 'zone.gulei')).toBe('official');
    const tag = await page.evaluate(() => {
      const map = window.__zz!.mapView.map;
      return map
        .querySourceFeatures('plan-zone-labels')
        .find((f) => f.properties.id === 'zone.gulei')?.properties.tag as unknown;
    });
    expect(tag).toBe('已导入 / imported');
    await waitForMapIdle(page);
    const solid = await page.evaluate(() =>
      window
        .__zz!.mapView.map.queryRenderedFeatures({ layers: ['plan-zone-line-solid'] })
        .map((f) => f.properties.id as unknown),
    );
    expect(solid).toContain('zone.gulei');
    await page.screenshot({ path: screenshotPath('plan-import-ok.png') });

    // Kept in the browser's storage: still there after a reload.
    expect(await page.locator('#place-panel [data-persistence="saved"]').count()).toBe(1);
    await page.reload();
    await waitForMapIdle(page);
    await page.locator('#place-panel [data-outline="imported"]').waitFor({ state: 'visible' });
    await page.waitForFunction(async () => {
      const map = window.__zz!.mapView.map;
      const source = map.getSource('plan-zones') as unknown as {
        getData: () => Promise<GeoJSON.FeatureCollection>;
      };
      const data = await source.getData();
      return data.features.some(
        (f) => f.properties?.id === 'zone.gulei' && f.properties.drawn === 'official',
      );
    });
    expect(await zoneGeometry(page, 'zone.gulei')).toEqual({
      type: 'Polygon',
      coordinates: [ring],
    });

    // Restoring brings the indicative outline back, also after a reload.
    await page.locator('#place-panel [data-action="remove-boundary"]').click();
    await page.locator('#place-panel [data-outline="indicative"]').waitFor({ state: 'visible' });
    expect(await zoneDrawn(page, 'zone.gulei')).toBe('indicative');
    await page.reload();
    await waitForMapIdle(page);
    await page.locator('#place-panel [data-persistence="saved"]').waitFor({ state: 'visible' });
    expect(await page.locator('#place-panel [data-outline="indicative"]').count()).toBe(1);
    expect(await zoneDrawn(page, 'zone.gulei')).toBe('indicative');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});

describe.skipIf(!e2e.available)('a bad plan data file', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows an error naming the file and the entry, not a blank page', async () => {
    const entry = data.targets[17];
    expect(entry).toBeDefined();
    session = await openApp('', {
      setup: (context) =>
        context.route('**/targets-*.json', async (route) => {
          const response = await route.fetch();
          const json = (await response.json()) as { targets: Record<string, unknown>[] };
          const target = json.targets[17];
          if (target) target.value = 'seventeen';
          await route.fulfill({ response, json });
        }),
    });
    const alert = session.page.locator('.fatal-error[role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('targets.json');
    expect(text).toContain(`targets[17] (id "${entry?.id ?? ''}")`);
    expect(text).toContain('value');
    await session.page.screenshot({ path: screenshotPath('plan-data-error.png') });
    // The only console error is the same message, logged for support staff.
    expect(session.consoleErrors.length).toBeGreaterThan(0);
    for (const e of session.consoleErrors) expect(e).toContain('targets.json');
    expect(session.offHost).toEqual([]);
  });

  it('a plan file that is not JSON is named too', async () => {
    session = await openApp('', {
      setup: (context) =>
        context.route('**/zones-*.geojson', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Feat' }),
        ),
    });
    const alert = session.page.locator('.fatal-error[role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('zones.geojson');
    expect(text).toContain('JSON');
    expect(session.offHost).toEqual([]);
  });
});
