import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/present/deck-schema';
import { defaultDeck } from '../../src/present/default-deck';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import { bytesOf, waitForScene } from './present-helpers';

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

    // Save the current view as a new scene, then delete the last scene.
    await page.click('[data-action="save-view"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#present-scenes li').length === n,
      deck.scenes.length + 1,
    );
    const withNew = await sceneIds(page);
    expect(withNew[1]).toBe('scene');
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
    if (parsed.ok) expect(parsed.deck.scenes.map((s) => s.id)).toEqual(expected);

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
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
