import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/present/deck-schema';
import { defaultDeck } from '../../src/present/default-deck';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import { bytesOf, mapSettled, selectedFeatures, waitForScene } from './present-helpers';

const deck = defaultDeck();

async function sceneIds(page: Page): Promise<string[]> {
  return page
    .locator('#present-scenes li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-scene') ?? ''));
}

async function deckOptions(page: Page): Promise<string[]> {
  return page
    .locator('#present-deck option')
    .evaluateAll((options) => options.map((o) => o.textContent ?? ''));
}

/** Where a county's label point is on screen. */
async function countyPoint(page: Page, adcode: string): Promise<{ x: number; y: number }> {
  return page.evaluate((code) => {
    const map = window.__zz!.mapView.map;
    const f = map.querySourceFeatures('county-labels').find((x) => x.properties.adcode === code);
    if (!f || f.geometry.type !== 'Point') throw new Error(`no label point for ${code}`);
    const p = map.project(f.geometry.coordinates as [number, number]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, adcode);
}

/** Whether Dongshan (350626) carries the scene highlight on the map. */
async function dongshanLit(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const state: unknown = window.__zz!.mapView.map.getFeatureState({
      source: 'counties',
      id: '350626',
    });
    return (state as Record<string, unknown>).selected === true;
  });
}

async function saved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.present-editor__status')?.textContent === '已自动保存',
  );
}

describe.skipIf(!e2e.available)('authoring decks (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('reorders from the keyboard, edits, saves the view, persists, exports, and rejects a bad import keeping every deck', async () => {
    session = await openApp('#/present', { viewport: { width: 1600, height: 900 } });
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    expect(await sceneIds(page)).toEqual(deck.scenes.map((s) => s.id));

    // Move the first scene down with the keyboard: the built-in deck is copied first.
    await page.locator('#present-scenes li').first().locator('[data-action="down"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('#present-scenes li')?.getAttribute('data-scene') === 'gulei',
    );
    const order = [
      deck.scenes[1]!.id,
      deck.scenes[0]!.id,
      ...deck.scenes.slice(2).map((s) => s.id),
    ];
    expect(await sceneIds(page)).toEqual(order);
    // Focus follows the moved scene, so pressing again keeps moving it.
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-scene')),
    ).toBe('targets');
    await page.waitForFunction(() =>
      document.querySelector('.present-editor__message')?.textContent?.includes('另存为'),
    );
    expect(await deckOptions(page)).toHaveLength(2);

    // Edit the current scene's title: the slide and the list follow.
    await page.locator('#present-scenes li').first().locator('[data-action="go"]').click();
    await waitForScene(page, 0);
    await page.fill('#scene-title-zh', '古雷：我们的龙头');
    await page.waitForFunction(
      () => document.querySelector('.present-stage__title')?.textContent === '古雷：我们的龙头',
    );
    expect(await page.locator('#present-scenes li').first().textContent()).toContain(
      '古雷：我们的龙头',
    );

    // Click a county on the map to add it to the highlight, hide the zones layer, then save
    // the view as a new scene: it keeps both.
    await mapSettled(page);
    const dongshan = await countyPoint(page, '350626');
    await page.mouse.click(dongshan.x, dongshan.y);
    await page.waitForFunction(() => {
      const map = window.__zz!.mapView.map;
      const state: unknown = map.getFeatureState({ source: 'counties', id: '350626' });
      return (state as Record<string, unknown>).selected === true;
    });
    await page.uncheck('#scene-layer-zones');
    await page.waitForFunction(
      () => window.__zz!.mapView.map.getLayoutProperty('plan-zone-fill', 'visibility') === 'none',
    );
    expect(await dongshanLit(page)).toBe(true); // editing the scene keeps what was clicked
    await page.click('[data-action="save-view"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#present-scenes li').length === n,
      deck.scenes.length + 1,
    );
    const withNew = await sceneIds(page);
    expect(withNew[1]).toBe('scene');
    await waitForScene(page, 1);
    expect(await dongshanLit(page)).toBe(true);
    await page.locator('#present-scenes li').last().locator('[data-action="delete"]').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#present-scenes li').length === n,
      deck.scenes.length,
    );
    const expected = withNew.slice(0, -1);
    await saved(page);

    // A reload finds the deck as it was left.
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => document.querySelectorAll('#present-scenes li').length > 0);
    expect(await sceneIds(page)).toEqual(expected);
    expect(await page.locator('#present-scenes li').first().textContent()).toContain(
      '古雷：我们的龙头',
    );

    // Export: a deck file in the documented format.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-deck"]'),
    ]);
    const exported = JSON.parse((await bytesOf(download)).toString('utf8')) as unknown;
    const parsed = validateDeck(exported);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.deck.scenes.map((s) => s.id)).toEqual(expected);
      // The saved view: the clicked county and the scene's zone, zones hidden, a bounds camera.
      const view = parsed.deck.scenes[1]!.map;
      expect(view.highlight).toEqual({ units: ['350626'], zones: ['zone.gulei'], projects: [] });
      expect(view.layers?.zones).toBe(false);
      expect(view.camera.bounds).toHaveLength(4);
      expect(parsed.deck.scenes[1]!.scenario?.seed).toBe(deck.scenes[1]!.scenario?.seed);
    }

    // A bad deck: a clear error naming the field, and nothing changes.
    const before = await deckOptions(page);
    const bad = structuredClone(exported) as { scenes: { map: { camera: unknown } }[] };
    bad.scenes[0]!.map.camera = { center: [117.6, 24.5], zoom: 'ten' };
    await page.setInputFiles('#present-import', {
      name: 'bad-deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.locator('.present-editor__message[data-level="error"]');
    await alert.waitFor({ state: 'visible' });
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain('bad-deck.json');
    expect(message).toContain('scenes[0].map.camera.zoom');
    expect(message).toContain('已有简报均未改动');
    await page.screenshot({ path: screenshotPath('present-authoring.png') });
    expect(await deckOptions(page)).toEqual(before);
    expect(await sceneIds(page)).toEqual(expected);
    await page.setInputFiles('#present-import', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "title": '),
    });
    await page.waitForFunction(() =>
      document.querySelector('.present-editor__message')?.textContent?.includes('broken.json'),
    );
    expect(await deckOptions(page)).toEqual(before);

    // A good one is added as a new deck and opened.
    await page.setInputFiles('#present-import', {
      name: 'good-deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.waitForFunction(
      (n) => document.querySelectorAll('#present-deck option').length === n,
      before.length + 1,
    );
    expect(await page.locator('.present-editor__message').textContent()).toContain('已导入');
    expect(await sceneIds(page)).toEqual(expected);

    // Leaving the briefing gives the map back as the other views had it.
    await page.evaluate(() => {
      location.hash = '#/atlas';
    });
    await page.waitForFunction(
      () => window.__zz!.mapView.map.getLayoutProperty('plan-zone-fill', 'visibility') !== 'none',
    );
    expect(await selectedFeatures(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
  it('in the preview the zoom buttons stay clear of the title bar and the scene panel, at 1366×768 and 1920×1080', async () => {
    const overlaps = (
      a: { x: number; y: number; width: number; height: number },
      b: { x: number; y: number; width: number; height: number },
    ): boolean =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      session = await openApp('#/present', { viewport });
      const { page } = session;
      await waitForScene(page, 0);
      const box = (selector: string) => page.locator(selector).first().boundingBox();
      const [panel, bar, zoom] = await Promise.all([
        box('.present-panel'),
        box('.present-stage__bar'),
        box('.present-stage .maplibregl-ctrl-group'),
      ]);
      if (!panel || !bar || !zoom) throw new Error('panel, title bar or zoom buttons not found');
      const where = `${viewport.width}: zoom ${JSON.stringify(zoom)}`;
      expect(overlaps(zoom, panel), `${where} panel ${JSON.stringify(panel)}`).toBe(false);
      expect(overlaps(zoom, bar), `${where} bar ${JSON.stringify(bar)}`).toBe(false);
      expect(session.consoleErrors).toEqual([]);
      await session.close();
      session = null;
    }
  });
});
