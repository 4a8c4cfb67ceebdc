import { afterEach, describe, expect, it } from 'vitest';
import { e2e, openApp, type AppSession } from './harness';
import {
  afterRun,
  currentScenario,
  dashboardText,
  driverValue,
  openWorkbench,
  setDriver,
  waitFinal,
  waitForLink,
} from './workbench-helpers';

describe.skipIf(!e2e.available)(
  'workbench: keep and share (production build, real Chromium)',
  () => {
    const sessions: AppSession[] = [];
    afterEach(async () => {
      for (const s of sessions.splice(0)) await s.close();
    });

    it('a reload in the middle of editing restores the last state; a new tab gets the autosave', async () => {
      const session = await openWorkbench();
      sessions.push(session);
      const { page } = session;
      await setDriver(page, 'gulei_ramp', '1250');
      // The last edit, reloaded at once: before the address has caught up with it.
      await driverValue(page, 'new_firms').fill('260');
      await page.reload();
      await waitFinal(page);
      expect((await currentScenario(page)).drivers).toEqual({
        gulei_ramp: { value: 1250 },
        new_firms: { value: 260 },
      });
      expect(await driverValue(page, 'new_firms').inputValue()).toBe('260');

      // Another tab of the same browser, opened without a link: the autosaved scenario.
      const other = await session.context.newPage();
      await other.goto(page.url().replace(/#.*$/, '#/workbench'));
      await waitFinal(other);
      expect((await currentScenario(other)).drivers).toEqual({
        gulei_ramp: { value: 1250 },
        new_firms: { value: 260 },
      });
      expect(session.consoleErrors).toEqual([]);
    });

    it('a reload that the link overtakes (a slow reload) still restores the last edit', async () => {
      const session = await openWorkbench();
      sessions.push(session);
      const { page } = session;
      await setDriver(page, 'gulei_ramp', '1250');
      await waitForLink(page);
      // The reloaded page is held back until the old one has written its newer link, as a
      // slow network or a busy machine does: the reload still loads the address it began at.
      let release = (): void => undefined;
      const written = new Promise<void>((resolve) => (release = resolve));
      await page.exposeFunction('__e2eLinkWritten', () => release());
      await page.evaluate(() => {
        const replace = history.replaceState.bind(history);
        history.replaceState = (...args: Parameters<History['replaceState']>) => {
          replace(...args);
          void (window as unknown as { __e2eLinkWritten: () => Promise<void> }).__e2eLinkWritten();
        };
      });
      await page.route(
        (url) => url.pathname === '/',
        async (route) => {
          if (route.request().isNavigationRequest()) await written;
          await route.continue();
        },
      );
      const before = page.url();
      await driverValue(page, 'new_firms').fill('260');
      await page.reload();
      await waitFinal(page);
      // The reload loaded the address it began at, the one without the last edit.
      expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name)).toBe(
        before,
      );
      expect((await currentScenario(page)).drivers).toEqual({
        gulei_ramp: { value: 1250 },
        new_firms: { value: 260 },
      });
      expect(await driverValue(page, 'new_firms').inputValue()).toBe('260');
      // The address catches up with the restored scenario.
      await waitForLink(page);
      expect(page.url()).not.toBe(before);
      expect(session.consoleErrors).toEqual([]);
    });

    it('a copied link opened in a fresh browser shows exactly the same numbers', async () => {
      const a = await openWorkbench();
      sessions.push(a);
      await setDriver(a.page, 'external_demand', '2.5');
      await setDriver(a.page, 'property_sales', '450');
      await afterRun(a.page, () => a.page.locator('.wb-run__paths [data-paths="100000"]').click());
      // Choosing a card re-runs too (the county map follows the indicator).
      await afterRun(a.page, () => a.page.locator('.wb-card[data-output="retail"]').click());
      await waitForLink(a.page);
      const link = a.page.url();
      expect(link).toMatch(/#\/workbench\?s=z1\.[A-Za-z0-9_-]+&i=retail/);
      const numbers = await dashboardText(a.page);
      const count = await a.page.locator('.wb-run__count').textContent();

      const b = await openApp(link.slice(link.indexOf('#')));
      sessions.push(b);
      await waitFinal(b.page);
      expect(await currentScenario(b.page)).toEqual(await currentScenario(a.page));
      expect(await b.page.locator('.wb-run__count').textContent()).toBe(count);
      expect(count).toBe('100,000 条路径');
      expect(await dashboardText(b.page)).toEqual(numbers);
      expect(
        await b.page.locator('.wb-card[data-output="retail"]').getAttribute('aria-pressed'),
      ).toBe('true');
      for (const s of [a, b]) {
        expect(s.consoleErrors).toEqual([]);
        expect(s.offHost).toEqual([]);
      }
    });

    it('a broken link says what is wrong, falls back, and keeps saved scenarios', async () => {
      const session = await openWorkbench();
      sessions.push(session);
      const { page } = session;
      await setDriver(page, 'consumption', '13');
      await page.locator('.wb-library').getByText('还没有保存的情景。').waitFor();
      await page.getByRole('button', { name: '另存为我的情景' }).click();
      await page.locator('#wb-library-name').fill('消费13');
      await page.locator('.wb-library__save button[type="submit"]').click();
      await page
        .locator('.wb-library__item[data-record] .wb-library__name', { hasText: '消费13' })
        .waitFor();

      // A link cut short: the autosaved scenario opens instead, with a message saying why.
      const broken = await session.context.newPage();
      const errors: string[] = [];
      broken.on('pageerror', (e) => errors.push(e.message));
      await broken.goto(page.url().replace(/#.*$/, '#/workbench?s=z1.AAAA!!'));
      await waitFinal(broken);
      const notice = broken.locator('[data-notice-id="wb-url-error"]');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.textContent()).toContain(
        '链接中的情景无法读取，已改用上次自动保存的情景',
      );
      expect(await notice.textContent()).toContain('base64url');
      expect((await currentScenario(broken)).drivers).toEqual({ consumption: { value: 13 } });
      expect(await broken.locator('.wb-library__item .wb-library__name').allTextContents()).toEqual(
        ['消费13'],
      );
      expect(errors).toEqual([]);
      expect(session.offHost).toEqual([]);
    });
  },
);
