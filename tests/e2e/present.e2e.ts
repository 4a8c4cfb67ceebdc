import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../../src/present/default-deck';
import { seriousAxe } from './a11y-helpers';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import {
  expectedHighlight,
  expectedTitle,
  mapSettled,
  selectedFeatures,
  stageText,
  waitForScene,
} from './present-helpers';

const deck = defaultDeck();
const FULL_HD = { width: 1920, height: 1080 };
/** Walking the whole deck (13 scenes, with the map settling each time) on a busy 2-core machine. */
const WALK_TIMEOUT = 150_000;
const byKey = (f: { source: string; id: string }): string => `${f.source}/${f.id}`;

async function openPresent(scene = 0): Promise<AppSession> {
  const session = await openApp(`#/present?scene=${scene + 1}`, { viewport: FULL_HD });
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForMapIdle(session.page);
  await waitForScene(session.page, scene);
  return session;
}

/** Steps through the whole deck with → and returns each scene's title and panel text. */
async function walkDeck(session: AppSession, screenshots: boolean): Promise<string[]> {
  const { page } = session;
  const seen: string[] = [];
  for (let i = 0; i < deck.scenes.length; i++) {
    const scene = deck.scenes[i]!;
    await waitForScene(page, i);
    await mapSettled(page);
    const text = await stageText(page);
    expect(text.title).toBe(expectedTitle(scene));
    const lit = (await selectedFeatures(page)).map(byKey).sort();
    expect(lit, `highlight of scene ${i + 1} (${scene.id})`).toEqual(
      expectedHighlight(scene).map(byKey).sort(),
    );
    seen.push(`${text.title}\n${text.panel}`);
    if (screenshots) {
      await page.screenshot({
        path: screenshotPath(`present-${String(i + 1).padStart(2, '0')}-${scene.id}.png`),
      });
    }
    if (i < deck.scenes.length - 1) await page.keyboard.press('ArrowRight');
  }
  return seen;
}

describe.skipIf(!e2e.available)('presenter mode (production build, real Chromium)', () => {
  let sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions) await s.close();
    sessions = [];
  });

  it(
    'steps through the default deck with the keyboard: every scene, its title and highlight, no errors',
    async () => {
      const session = await openPresent();
      sessions.push(session);
      const { page } = session;
      await page.keyboard.press('f');
      await page.waitForFunction(() =>
        document.documentElement.classList.contains('is-presenting'),
      );
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      await walkDeck(session, true);
      expect(session.consoleErrors).toEqual([]);
      expect(session.offHost).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it(
    'shows the same numbers at every run of the deck (fixed seeds)',
    async () => {
      const runs: string[][] = [];
      for (let run = 0; run < 2; run++) {
        const session = await openPresent();
        sessions.push(session);
        await session.page.keyboard.press('f');
        runs.push(await walkDeck(session, false));
        expect(session.consoleErrors).toEqual([]);
        await session.close();
        sessions.pop();
      }
      const [first, second] = runs;
      expect(second).toEqual(first);
      // The numbers are there: the dashboard shows a probability for each of the ten targets.
      const projection = deck.scenes.findIndex((s) => s.id === 'projection');
      expect(first?.[projection]?.match(/\d+%/g)?.length).toBeGreaterThanOrEqual(10);
    },
    WALK_TIMEOUT,
  );

  it('obeys the clicker keys, number keys, B and Esc', async () => {
    const session = await openPresent();
    sessions.push(session);
    const { page } = session;
    await page.keyboard.press('f');
    const last = deck.scenes.length - 1;
    await page.keyboard.press('PageDown');
    await waitForScene(page, 1);
    await page.keyboard.press('Space');
    await waitForScene(page, 2);
    await page.keyboard.press('PageUp');
    await waitForScene(page, 1);
    await page.keyboard.press('End');
    await waitForScene(page, last);
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await waitForScene(page, last);
    await page.keyboard.press('Home');
    await waitForScene(page, 0);
    await page.keyboard.press('4');
    await waitForScene(page, 3);
    expect(page.url()).toContain('scene=4');
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor({ state: 'visible' });
    await page.screenshot({ path: screenshotPath('present-blank.png') });
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor({ state: 'hidden' });
    await page.keyboard.press('?');
    await page.locator('.present-help').waitFor({ state: 'visible' });
    expect(await page.locator('.present-help').textContent()).toContain('PageDown');
    await page.keyboard.press('?');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('is-presenting'));
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });

  it('answers a what-if live from a slider, and R returns to the script', async () => {
    const projection = deck.scenes.findIndex((s) => s.id === 'projection');
    const session = await openPresent(projection);
    sessions.push(session);
    const { page } = session;
    await waitForScene(page, projection);
    await page.keyboard.press('f');
    await waitForScene(page, projection);
    const gdp = page.locator('.present-dash__tile[data-output="gdp"] .present-dash__value');
    const scripted = await gdp.textContent();
    // A presenter drags external demand down to −10%: the chance of the export target falls.
    const exportsTile = page.locator(
      '.present-dash__tile[data-output="exports"] .present-dash__value',
    );
    const exportsBefore = parseInt((await exportsTile.textContent()) ?? '', 10);
    const slider = page.locator('#whatif-external_demand');
    await slider.focus();
    await slider.evaluate((el: HTMLInputElement) => {
      el.value = '-10';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() =>
      document.querySelector('.present-stage')?.classList.contains('is-modified'),
    );
    await waitForScene(page, projection);
    const exportsAfter = parseInt((await exportsTile.textContent()) ?? '', 10);
    expect(exportsAfter).toBeLessThan(exportsBefore);
    expect(await page.locator('.present-stage__status').textContent()).toMatch(/R/);
    await page.screenshot({ path: screenshotPath('present-whatif.png') });
    // The slider has focus, yet R still belongs to the deck.
    await page.keyboard.press('r');
    await page.waitForFunction(
      () => !document.querySelector('.present-stage')?.classList.contains('is-modified'),
    );
    await waitForScene(page, projection);
    expect(await gdp.textContent()).toBe(scripted);
    expect(parseInt((await exportsTile.textContent()) ?? '', 10)).toBe(exportsBefore);
    expect(await slider.inputValue()).toBe('8');
    expect(session.consoleErrors).toEqual([]);
  });

  it('flies the camera between scenes, and jumps when the user prefers reduced motion', async () => {
    const session = await openApp('#/present', { viewport: FULL_HD });
    sessions.push(session);
    const { page } = session;
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    await mapSettled(page);
    await page.keyboard.press('f');
    await mapSettled(page);
    const moving = (): Promise<boolean> => page.evaluate(() => window.__zz!.mapView.map.isMoving());
    await page.keyboard.press('ArrowRight');
    expect(await moving()).toBe(true);
    await mapSettled(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowRight');
    expect(await moving()).toBe(false);
    expect(session.consoleErrors).toEqual([]);
  });

  it('presents from the header button of any view, in English too, with no serious axe findings', async () => {
    const session = await openApp('#/atlas', { viewport: FULL_HD });
    sessions.push(session);
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await page.click('[data-action="present-header"]');
    await page.waitForFunction(() => document.documentElement.classList.contains('is-presenting'));
    expect(page.url()).toContain('#/present');
    await waitForScene(page, 0);
    expect(await seriousAxe(page, '.present-stage')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('is-presenting'));
    expect(await seriousAxe(page, '.view--present')).toEqual([]);

    // The language switch re-renders the slide, the panel, the editor and the sliders.
    await page.click('[data-action="toggle-language"]');
    await page.waitForFunction(
      (t) => document.querySelector('.present-stage__title')?.textContent === t,
      expectedTitle(deck.scenes[0]!, 'en'),
    );
    expect(await page.locator('.present-panel__heading').textContent()).toBe('Headline targets');
    expect(await page.locator('[data-action="present"]').textContent()).toBe('Present (F)');
    await page.keyboard.press('f');
    await page.keyboard.press('End');
    const last = deck.scenes.length - 1;
    await waitForScene(page, last);
    expect((await stageText(page)).title).toBe(expectedTitle(deck.scenes[last]!, 'en'));
    expect(await page.locator('.present-sliders__heading').textContent()).toContain('What if');
    expect(await page.locator('.present-required thead').textContent()).toContain('Q4 needs');
    await page.screenshot({ path: screenshotPath('present-13-q4-en.png') });
    expect(session.consoleErrors).toEqual([]);
  });

  it('gives the focus back to the button that started presenting when Esc leaves it', async () => {
    const session = await openPresent();
    sessions.push(session);
    const { page } = session;
    const activeAction = (): Promise<string | null> =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? null);
    // The keyboard user's way: Tab to "演示 (F)", Enter, present, Esc.
    await page.focus('[data-action="present"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.classList.contains('is-presenting'));
    await page.keyboard.press('PageDown');
    await waitForScene(page, 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('is-presenting'));
    expect(await activeAction()).toBe('present');
    // The same from the header's button.
    await page.focus('[data-action="present-header"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.classList.contains('is-presenting'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('is-presenting'));
    expect(await activeAction()).toBe('present-header');
    expect(session.consoleErrors).toEqual([]);
  });

  it('presents in the window when the browser refuses full screen, and says so', async () => {
    const session = await openApp('#/present', {
      viewport: FULL_HD,
      setup: (context) =>
        context.addInitScript(() => {
          Element.prototype.requestFullscreen = () =>
            Promise.reject(new TypeError('Permissions check failed'));
        }),
    });
    sessions.push(session);
    const { page } = session;
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.documentElement.classList.contains('is-presenting'));
    await page.locator('.notice', { hasText: '未允许全屏' }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.keyboard.press('ArrowRight');
    await waitForScene(page, 1);
    expect(await page.locator('.present-stage').boundingBox()).toMatchObject({
      x: 0,
      y: 0,
      width: FULL_HD.width,
      height: FULL_HD.height,
    });
    expect(session.consoleErrors).toEqual([]);
  });
});
