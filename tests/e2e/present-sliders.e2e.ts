/**
 * Issue 13 B2: after a live what-if the slider kept the focus, and → moved the slider instead of
 * the slide while the hint still said "→ 下一页". While presenting, the clicker's keys (→ ←
 * PageDown PageUp Space) always turn the page; a focused slider takes ↑ ↓ and + −, and the hint
 * says so (src/present/keymap.ts, src/views/present.ts, src/ui/present/sliders.ts).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../../src/present/default-deck';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import { waitForScene } from './present-helpers';

const deck = defaultDeck();
const PROJECTOR = { width: 1366, height: 768 };
const projection = deck.scenes.findIndex((s) => s.id === 'projection');
const SLIDER = '#whatif-external_demand';

/** The id of the focused element ('' for none). */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.id ?? '');

describe.skipIf(!e2e.available)(
  'sliders while presenting (production build, real Chromium)',
  () => {
    let session: AppSession | null = null;
    afterEach(async () => {
      await session?.close();
      session = null;
    });

    it('turns the page with the clicker keys while a slider has focus; ↑ ↓ + − move the slider', async () => {
      session = await openApp(`#/present?scene=${projection + 1}`, { viewport: PROJECTOR });
      const { page } = session;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await waitForMapIdle(page);
      await waitForScene(page, projection);
      await page.keyboard.press('f');
      await page.waitForFunction(() =>
        document.documentElement.classList.contains('is-presenting'),
      );
      await waitForScene(page, projection);
      const hint = page.locator('.present-stage__hint');
      expect(await hint.textContent()).toContain('滑块 ↑ ↓ 或 + −');
      expect(await hint.textContent()).toContain('→ 下一页');

      // A live what-if with the mouse: a click near the start of the track (external demand falls).
      const slider = page.locator(SLIDER);
      const box = await slider.boundingBox();
      if (!box) throw new Error('no slider');
      await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
      await page.waitForFunction(() =>
        document.querySelector('.present-stage')?.classList.contains('is-modified'),
      );
      expect(await focused(page)).toBe('whatif-external_demand');
      const step = Number(await slider.getAttribute('step'));
      const start = Number(await slider.inputValue());
      const output = page.locator(`output[for="whatif-external_demand"]`);
      const shownAt = await output.textContent();

      // ↑ and + raise it one step each, ↓ and − lower it; the slide stays.
      const valueIs = (v: number): Promise<unknown> =>
        page.waitForFunction(
          ([sel, want]) => Number(document.querySelector<HTMLInputElement>(sel)?.value) === want,
          [SLIDER, v] as const,
        );
      await page.keyboard.press('ArrowUp');
      await valueIs(start + step);
      expect(await output.textContent()).not.toBe(shownAt);
      await page.keyboard.press('+');
      await valueIs(start + 2 * step);
      await page.keyboard.press('-');
      await valueIs(start + step);
      await page.keyboard.press('ArrowDown');
      await valueIs(start);
      await page.keyboard.press('ArrowUp');
      await valueIs(start + step);
      expect(await page.locator('.present-stage').getAttribute('data-scene-index')).toBe(
        String(projection),
      );
      await waitForScene(page, projection);
      await page.screenshot({ path: screenshotPath('present-slider-focus-1366.png') });

      // The slider still has focus, and → turns the page.
      expect(await focused(page)).toBe('whatif-external_demand');
      await page.keyboard.press('ArrowRight');
      await waitForScene(page, projection + 1);
      // The next slide's slider, focused: ← PageDown PageUp Space all turn the page too.
      const steps: [string, number][] = [
        ['ArrowLeft', projection],
        ['PageDown', projection + 1],
        ['PageUp', projection],
        ['Space', projection + 1],
      ];
      for (const [key, to] of steps) {
        await slider.focus();
        expect(await focused(page), key).toBe('whatif-external_demand');
        await page.keyboard.press(key);
        await waitForScene(page, to);
      }

      // A focused chart keeps no clicker key either (slide 12's fan chart takes arrows otherwise).
      const chart = page.locator('.present-panel svg[tabindex="0"]').first();
      await chart.focus();
      await page.keyboard.press('ArrowLeft');
      await waitForScene(page, projection);

      // The key list says how sliders move; a slide without sliders has the short hint.
      await page.keyboard.press('?');
      await page.locator('.present-help').waitFor({ state: 'visible' });
      expect(await page.locator('.present-help').textContent()).toContain('↑ ↓ 或 + −');
      await page.keyboard.press('?');
      await page.keyboard.press('Home');
      await waitForScene(page, 0);
      expect(await hint.textContent()).not.toContain('滑块');
      expect(session.consoleErrors).toEqual([]);
    });
  },
);
