import { afterEach, describe, expect, it } from 'vitest';
import { e2e, type AppSession } from './harness';
import {
  afterRun,
  currentScenario,
  driverValue,
  openWorkbench,
  setDriver,
  waitFinal,
} from './workbench-helpers';

describe.skipIf(!e2e.available)(
  'workbench: undo, redo and long runs (production build, real Chromium)',
  () => {
    let session: AppSession | null = null;
    afterEach(async () => {
      await session?.close();
      session = null;
    });

    it('undo and redo, from the keyboard and the buttons, without stealing text fields’ keys', async () => {
      session = await openWorkbench();
      const { page } = session;
      const value = () => driverValue(page, 'external_demand').inputValue();
      await setDriver(page, 'external_demand', '5');
      await setDriver(page, 'external_demand', '2');
      const undo = page.locator('[data-action="undo"]');
      const redo = page.locator('[data-action="redo"]');

      // Keyboard, with focus on the page (not in a text field).
      await page.locator('.wb-card[data-output="gdp"]').focus();
      await afterRun(page, () => page.keyboard.press('Control+z'));
      expect(await value()).toBe('5');
      await afterRun(page, () => page.keyboard.press('Control+z'));
      expect(await value()).toBe('8');
      expect(await undo.isDisabled()).toBe(true);
      await afterRun(page, () => page.keyboard.press('Control+Shift+Z'));
      expect(await value()).toBe('5');
      await afterRun(page, () => page.keyboard.press('Control+y'));
      expect(await value()).toBe('2');
      expect(await redo.isDisabled()).toBe(true);

      // Buttons.
      await afterRun(page, () => undo.click());
      expect(await value()).toBe('5');
      await afterRun(page, () => redo.click());
      expect(await value()).toBe('2');

      // In a text field, Ctrl+Z is the field's own: the scenario does not change.
      const name = page.locator('#wb-name');
      await name.click();
      await name.press('End');
      await name.pressSequentially('X');
      await name.press('Control+z');
      expect((await currentScenario(page)).drivers).toEqual({ external_demand: { value: 2 } });
      expect(session.consoleErrors).toEqual([]);
    });

    it('a 1,000,000-path run shows its progress and can be cancelled; the coarse result stays', async () => {
      session = await openWorkbench();
      const { page } = session;
      await page.locator('.wb-run__paths [data-paths="1000000"]').click();
      const box = page.locator('.wb-run__progress-box');
      await box.waitFor({ state: 'visible' });
      // The coarse result is on screen at once, and the bar moves.
      await page.waitForFunction(
        () => document.querySelector('.wb-run__count')?.textContent === '2,048 条路径（粗算）',
      );
      await page.waitForFunction(
        () => (document.querySelector<HTMLProgressElement>('.wb-run__progress')?.value ?? 0) > 0,
      );
      expect(await page.locator('.wb-run__progress-text').textContent()).toMatch(
        /^[\d,]+ \/ 1,000,000 条路径$/,
      );
      await page.locator('.wb-run__cancel').click();
      await box.waitFor({ state: 'hidden' });
      const count = page.locator('.wb-run__count');
      expect(await count.getAttribute('data-status')).toBe('cancelled');
      expect(await count.textContent()).toBe('2,048 条路径（已取消，未完成 1,000,000 条）');
      expect(await page.locator('.wb-run__message').textContent()).toBe(
        '已取消精算，显示的是粗算结果。',
      );
      expect(await page.locator('.wb-card[data-output="gdp"] .wb-card__p').textContent()).toMatch(
        /^\d+%$/,
      );
      // Nothing more arrives after the cancel.
      await page.waitForTimeout(1500);
      expect(await count.getAttribute('data-status')).toBe('cancelled');

      // Back to 10,000 paths: a normal run again.
      await afterRun(page, () => page.locator('.wb-run__paths [data-paths="10000"]').click());
      await waitFinal(page);
      expect(await count.textContent()).toBe('10,000 条路径');
      expect(session.consoleErrors).toEqual([]);
      expect(session.offHost).toEqual([]);
    });
  },
);
