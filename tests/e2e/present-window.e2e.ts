import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../../src/present/default-deck';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import { expectedTitle, waitForScene } from './present-helpers';

const deck = defaultDeck();

/** The presenter window's current title and whether it is in touch with the main window. */
async function consoleState(popup: Page): Promise<{ title: string; connected: string | null }> {
  return popup.evaluate(() => ({
    title: document.querySelector('.console__title')?.textContent ?? '',
    connected: document.querySelector<HTMLElement>('.console__status')?.dataset.connected ?? null,
  }));
}

async function waitForConsoleTitle(popup: Page, title: string): Promise<void> {
  await popup.waitForFunction(
    (t) => document.querySelector('.console__title')?.textContent === t,
    title,
    { timeout: 15_000 },
  );
}

describe.skipIf(!e2e.available)('presenter window (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('follows the presenting window, steps it, and notices when either side closes', async () => {
    session = await openApp('#/present', { viewport: { width: 1600, height: 900 } });
    const { page, context } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    const popupErrors: string[] = [];
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.click('[data-action="presenter"]'),
    ]);
    popup.on('console', (m) => {
      if (m.type() === 'error') popupErrors.push(m.text());
    });
    popup.on('pageerror', (err) => popupErrors.push(err.message));
    expect(popup.url()).toContain('#/presenter');
    await waitForConsoleTitle(popup, expectedTitle(deck.scenes[0]!));
    // The notes arrive with their figures filled in, and the next scene is named.
    const notes = await popup.locator('.console__notes').textContent();
    expect(notes).toContain('6.5%');
    expect(notes).not.toContain('{{');
    expect(await popup.locator('.console__next').textContent()).toContain(
      expectedTitle(deck.scenes[1]!),
    );
    await page.waitForFunction(
      () => document.querySelector('[data-action="presenter"]')?.textContent === '演讲者视图已打开',
    );

    // The main window presents and steps: the presenter window follows.
    await page.keyboard.press('f');
    await page.keyboard.press('ArrowRight');
    await waitForScene(page, 1);
    await waitForConsoleTitle(popup, expectedTitle(deck.scenes[1]!));
    expect(await popup.locator('.console__status').textContent()).toContain('第2页，共13页');
    await popup.screenshot({ path: screenshotPath('presenter-window.png') });

    // The presenter window steps the deck and blanks the screen.
    await popup.click('[data-command="next"]');
    await waitForScene(page, 2);
    await waitForConsoleTitle(popup, expectedTitle(deck.scenes[2]!));
    await popup.click('[data-command="blank"]');
    await page.locator('.present-blank').waitFor({ state: 'visible' });
    await popup.waitForFunction(() =>
      document.querySelector('.console__status')?.textContent?.includes('黑屏'),
    );
    await popup.click('[data-command="blank"]');
    await page.locator('.present-blank').waitFor({ state: 'hidden' });
    await popup.click('[data-command="prev"]');
    await waitForScene(page, 1);
    // A clicker sends its keys to whichever window has focus: the presenter window passes them on.
    await popup.keyboard.press('PageDown');
    await waitForScene(page, 2);
    await popup.keyboard.press('PageUp');
    await waitForScene(page, 1);

    // The timer runs and resets.
    expect(await popup.locator('.console__clock').textContent()).toMatch(/^\d+:\d\d$/);
    await popup.click('[data-command="timer"]');
    expect(await popup.locator('.console__clock').textContent()).toBe('0:00');

    // Closing the presenter window: the main window knows.
    await popup.evaluate(() => window.close());
    await page.waitForFunction(
      () => document.querySelector('[data-action="presenter"]')?.textContent === '演讲者视图（S）',
    );

    // S opens it again; the main window leaving the briefing tells it so, coming back resumes.
    const [again] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await waitForConsoleTitle(again, expectedTitle(deck.scenes[1]!));
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      location.hash = '#/atlas';
    });
    await again.waitForFunction(
      () => document.querySelector<HTMLElement>('.console__status')?.dataset.connected === 'false',
    );
    expect(await again.locator('[data-command="next"]').isDisabled()).toBe(true);
    await page.evaluate(() => {
      location.hash = '#/present?scene=3';
    });
    await waitForConsoleTitle(again, expectedTitle(deck.scenes[2]!));
    expect((await consoleState(again)).connected).toBe('true');

    // Closing the main window: the presenter window says so.
    await page.close({ runBeforeUnload: true });
    await again.waitForFunction(
      () => document.querySelector<HTMLElement>('.console__status')?.dataset.connected === 'false',
    );
    expect(await again.locator('.console__status').textContent()).toContain('演示窗口已关闭');
    expect(popupErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
