import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../../src/present/default-deck';
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
const byKey = (f: { source: string; id: string }): string => `${f.source}/${f.id}`;

async function openPresent(path = '#/present'): Promise<AppSession> {
  const session = await openApp(path, { viewport: FULL_HD });
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForMapIdle(session.page);
  await waitForScene(session.page, 0);
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

  it('steps through the default deck with the keyboard: every scene, its title and highlight, no errors', async () => {
    const session = await openPresent();
    sessions.push(session);
    const { page } = session;
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.documentElement.classList.contains('is-presenting'));
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    await walkDeck(session, true);
    // The industry scene also marks the counties that plan food processing.
    const industry = deck.scenes.findIndex((s) => s.id === 'industries');
    await page.keyboard.press(String(industry + 1).slice(-1));
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
