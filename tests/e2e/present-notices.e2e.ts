/**
 * Issue 13 B1: "已可离线使用…" appeared on a new profile and stayed over every view, the slides
 * and the blank screen included. A notice that needs no action goes by itself, never shows while
 * presenting, and Esc dismisses it (src/ui/notices.ts, src/ui/notice-queue.ts).
 */
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../../src/present/default-deck';
import type {} from '../../src/pwa/platform';
import { NOTICE_TIMEOUT_MS } from '../../src/ui/notice-queue';
import {
  e2e,
  openApp,
  screenshotPath,
  waitForMapIdle,
  waitForServiceWorkerControl,
  type AppSession,
} from './harness';
import { waitForScene } from './present-helpers';

/** The projector of a briefing room. */
const PROJECTOR = { width: 1366, height: 768 };
const OFFLINE_READY = '[data-notice-id="pwa-offline-ready"]';
const presenting = (): boolean => document.documentElement.classList.contains('is-presenting');

declare global {
  interface Window {
    /** Lets the page's held-back service worker registration go (see holdServiceWorker). */
    __releaseServiceWorker?: () => void;
  }
}

/**
 * Holds the app's service worker registration until the test calls
 * `window.__releaseServiceWorker()`, so that its first install (and "ready to work offline")
 * comes while the briefing is being presented, as on a new profile whose presenter starts at once.
 */
function holdServiceWorker(context: BrowserContext): Promise<unknown> {
  return context.addInitScript(() => {
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (!container) return;
    const register = container.register.bind(container);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    window.__releaseServiceWorker = release;
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) =>
      released.then(() => register(...args));
  });
}

describe.skipIf(!e2e.available)('notices and presenting (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('keeps "ready to work offline" off the slides and the blank screen; after presenting it shows, and Esc dismisses it', async () => {
    session = await openApp('#/present', {
      viewport: PROJECTOR,
      serviceWorkers: 'allow',
      setup: holdServiceWorker,
    });
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    await page.keyboard.press('f');
    await page.waitForFunction(presenting);

    // The first install finishes mid-briefing: the notice exists, but not on the slide.
    await page.evaluate(() => window.__releaseServiceWorker?.());
    await waitForServiceWorkerControl(page);
    await page.waitForFunction(
      () => window.__zzPlatform?.notices.has('pwa-offline-ready') === true,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.locator('.notices .notice').count()).toBe(0);

    // Slide 11, with its row of live sliders at the bottom right.
    const projection = defaultDeck().scenes.findIndex((s) => s.id === 'projection');
    for (const digit of String(projection + 1)) await page.keyboard.press(digit);
    await waitForScene(page, projection);
    expect(await page.locator('.notices .notice').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('present-notices-slide11-1366.png') });

    // The blank screen too.
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor({ state: 'visible' });
    expect(await page.locator('.notices .notice').count()).toBe(0);
    await page.keyboard.press('b');
    await page.locator('.present-blank').waitFor({ state: 'hidden' });

    // Esc still leaves presenting; then the notice has its turn, and the next Esc closes it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('is-presenting'));
    const notice = page.locator(OFFLINE_READY);
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('已可离线使用');
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.__zzPlatform?.notices.has('pwa-offline-ready'))).toBe(
      false,
    );
    expect(session.offHost).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('lets "ready to work offline" go by itself after a few seconds', async () => {
    session = await openApp('#/atlas', { viewport: PROJECTOR, serviceWorkers: 'allow' });
    const { page } = session;
    const notice = page.locator(OFFLINE_READY);
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    const shown = Date.now();
    // Nothing pointed at it or focused it: it closes on its own, no sooner than its time.
    await notice.waitFor({ state: 'detached', timeout: NOTICE_TIMEOUT_MS + 10_000 });
    expect(Date.now() - shown).toBeGreaterThan(NOTICE_TIMEOUT_MS - 2000);
    expect(session.consoleErrors).toEqual([]);
  });
});
