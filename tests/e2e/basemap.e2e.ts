import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { solidPng } from '../../scripts/make-icons';
import { buildCsp } from '../../src/pwa/csp-policy';
import { seriousAxe } from './a11y-helpers';
import { e2e, isLocal, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';

const TILE_HOST = 'https://tiles.example.test';
const TEMPLATE = `${TILE_HOST}/{z}/{x}/{y}.png`;
/** A pale green tile, easy to tell from the app's own colours in a screenshot. */
const TILE = solidPng(256, 256, [0x9b, 0xd7, 0x8a, 255]);

/** Serves the fake tile server and records what was asked of it. */
async function fakeTileServer(context: BrowserContext, served: string[]): Promise<void> {
  await context.route(`${TILE_HOST}/**`, async (route) => {
    served.push(route.request().url());
    await route.fulfill({
      status: 200,
      contentType: 'image/png',
      body: TILE,
      headers: { 'access-control-allow-origin': '*' },
    });
  });
}

function policies(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]'),
    ].map((m) => m.content),
  );
}

function basemapLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = window.__zz!.mapView.map.getStyle().layers.map((l) => l.id);
    return ids.filter((id) => id.startsWith('online-basemap:') || id === 'county-fill');
  });
}

async function openSettings(page: Page): Promise<void> {
  await page.locator('[data-action="open-settings"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('dialog.settings-dialog[open]').waitFor();
}

describe.skipIf(!e2e.available)('optional online basemap', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('is off by default: no basemap layer and no request off the origin', async () => {
    const served: string[] = [];
    session = await openApp('', { setup: (c) => fakeTileServer(c, served) });
    const { page } = session;
    await waitForMapIdle(page);
    expect(await basemapLayers(page)).toEqual(['county-fill']);
    expect(await policies(page)).toEqual([buildCsp(null)]);
    expect(served).toEqual([]);
    expect(session.requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('turned on from the settings dialog, it requests tiles from that one host only', async () => {
    const served: string[] = [];
    session = await openApp('', { setup: (c) => fakeTileServer(c, served) });
    const { page } = session;
    await waitForMapIdle(page);

    await openSettings(page);
    const dialog = page.locator('dialog.settings-dialog');
    await dialog.getByLabel('启用在线底图').check();
    await dialog.getByLabel('地址', { exact: true }).fill(TEMPLATE);
    await dialog.getByLabel('瓦片坐标系').selectOption('gcj02');
    expect(await dialog.locator('#settings-crs-note').textContent()).toBe(
      '本应用数据为 WGS-84；这些瓦片为 GCJ-02，显示时会偏移数百米。',
    );
    expect(await dialog.locator('#settings-origin').textContent()).toContain(TILE_HOST);
    await page.screenshot({ path: screenshotPath('basemap-settings.png') });
    expect(await seriousAxe(page, 'dialog.settings-dialog')).toEqual([]);
    // Nothing is requested before the user saves.
    expect(served).toEqual([]);

    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: '保存' }).click();
    await reloaded;
    await waitForMapIdle(page);
    await page.waitForFunction(() =>
      window.__zz!.mapView.map.getStyle().layers.some((l) => l.id.startsWith('online-basemap:')),
    );
    await waitForMapIdle(page);

    expect(await policies(page)).toEqual([buildCsp(TILE_HOST)]);
    expect(await basemapLayers(page)).toEqual(['online-basemap:raster', 'county-fill']);
    expect(served.length).toBeGreaterThan(0);
    const offOrigin = session.requests.filter((u) => !isLocal(u));
    expect(offOrigin.length).toBeGreaterThan(0);
    expect(offOrigin.every((u) => new URL(u).origin === TILE_HOST)).toBe(true);
    expect(session.offHost).toEqual([]);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('GCJ-02');
    await page.screenshot({ path: screenshotPath('basemap-on.png') });
    expect(session.consoleErrors).toEqual([]);
  });

  it('turned off again, it disappears at once and the host is refused again', async () => {
    const served: string[] = [];
    session = await openApp('', {
      setup: async (c) => {
        await fakeTileServer(c, served);
        await c.addInitScript((template) => {
          if (!sessionStorage.getItem('seeded')) {
            sessionStorage.setItem('seeded', '1');
            localStorage.setItem(
              'zz.basemap',
              JSON.stringify({
                enabled: true,
                kind: 'tiles',
                url: template,
                crs: 'wgs84',
                attribution: '',
              }),
            );
          }
        }, TEMPLATE);
      },
    });
    const { page } = session;
    await waitForMapIdle(page);
    await page.waitForFunction(() =>
      window.__zz!.mapView.map.getStyle().layers.some((l) => l.id.startsWith('online-basemap:')),
    );

    await openSettings(page);
    const dialog = page.locator('dialog.settings-dialog');
    await dialog.getByLabel('启用在线底图').uncheck();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await basemapLayers(page)).toEqual(['county-fill']);
    // The page's policy was narrowed in place (no reload): the host is refused again.
    expect(await policies(page)).toEqual([buildCsp(TILE_HOST), buildCsp(null)]);
    const before = served.length;
    const outcome = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'loaded',
          () => 'refused',
        ),
      `${TILE_HOST}/0/0/0.png`,
    );
    expect(outcome).toBe('refused');
    expect(served.length).toBe(before);
    expect(await page.evaluate(() => localStorage.getItem('zz.basemap'))).toContain(
      '"enabled":false',
    );
  });

  it('a style JSON from the admitted host is drawn; a failing server gets one notice', async () => {
    const served: string[] = [];
    const style = {
      version: 8,
      sources: { base: { type: 'raster', tiles: ['/t/{z}/{x}/{y}.png'], tileSize: 256 } },
      layers: [{ id: 'base', type: 'raster', source: 'base' }],
    };
    session = await openApp('', {
      setup: async (c) => {
        await fakeTileServer(c, served);
        await c.route(`${TILE_HOST}/style.json`, (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify(style),
            headers: { 'access-control-allow-origin': '*' },
          }),
        );
        await c.addInitScript((url) => {
          localStorage.setItem(
            'zz.basemap',
            JSON.stringify({ enabled: true, kind: 'style', url, crs: 'cgcs2000', attribution: '' }),
          );
        }, `${TILE_HOST}/style.json`);
      },
    });
    const { page } = session;
    await waitForMapIdle(page);
    await page.waitForFunction(() =>
      window.__zz!.mapView.map.getStyle().layers.some((l) => l.id === 'online-basemap:base'),
    );
    await waitForMapIdle(page);
    expect(served.some((u) => u.startsWith(`${TILE_HOST}/t/`))).toBe(true);
    expect(session.requests.filter((u) => !isLocal(u)).every((u) => u.startsWith(TILE_HOST))).toBe(
      true,
    );
    expect(session.offHost).toEqual([]);

    // The same host now failing: one notice, the rest of the map unaffected.
    // (A later route takes precedence over the earlier ones.)
    await session.context.route(`${TILE_HOST}/**`, (route) => route.fulfill({ status: 503 }));
    await page.evaluate(() => window.__zz!.mapView.map.setZoom(11));
    const notice = page.locator('[data-notice-id="basemap-failed"]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain(TILE_HOST);
    expect(await page.locator('[data-notice-id="basemap-failed"]').count()).toBe(1);
  });

  it('a bad URL is refused with a clear message, tied to its field; Escape closes the dialog', async () => {
    session = await openApp();
    const { page } = session;
    await waitForMapIdle(page);
    await openSettings(page);
    const dialog = page.locator('dialog.settings-dialog');
    await dialog.getByLabel('启用在线底图').check();
    const url = dialog.getByLabel('地址', { exact: true });
    await url.fill('https://{s}.tile.example.test/{z}/{x}/{y}.png');
    await dialog.getByRole('button', { name: '保存' }).click();
    const error = dialog.locator('#settings-url-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('服务器名中不能含占位符');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await url.getAttribute('aria-describedby')).toContain('settings-url-error');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('url');
    expect(await page.evaluate(() => localStorage.getItem('zz.basemap'))).toBeNull();

    await url.fill('https://tiles.example.test/{z}/{x}.png');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForFunction(() =>
      document.querySelector('#settings-url-error')?.textContent?.includes('{y}'),
    );

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'open-settings',
    );
    expect(await page.evaluate(() => localStorage.getItem('zz.basemap'))).toBeNull();
  });
});
