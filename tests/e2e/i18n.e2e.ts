/**
 * The language switch, on every view: switching to English re-renders every visible string
 * (what stays Chinese is data shown in Chinese on purpose, marked `lang="zh-CN"`), the choice
 * survives a reload, and switching back leaves no English chrome in Chinese (English data such as
 * `name_en` is marked `lang="en"`).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, openApp, waitForMapIdle, type AppSession } from './harness';
import { describeOffenders, wrongLanguage, type Offender, type UiLang } from './i18n-helpers';
import { waitForScene } from './present-helpers';
import { VIEWPORT, VIEW_CASES, WAIT, settle, switchTo } from './view-cases';

describe.skipIf(!e2e.available)('the language switch, view by view (real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  for (const c of VIEW_CASES) {
    it(`${c.name}: every string switches, Chinese data is marked, the choice persists`, async () => {
      session = await openApp(await c.path(), { viewport: VIEWPORT });
      const { page } = session;
      page.setDefaultTimeout(60_000);
      await c.prepare(page);
      const found: Record<string, Offender[]> = {};
      found['zh-CN'] = await wrongLanguage(page, 'zh-CN');

      await switchTo(page, 'en');
      found['en after the switch'] = await wrongLanguage(page, 'en');

      await page.reload();
      await c.prepare(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('[data-action="toggle-language"]').textContent()).toBe('中文');
      found['en after a reload'] = await wrongLanguage(page, 'en');

      await switchTo(page, 'zh-CN');
      found['zh-CN after switching back'] = await wrongLanguage(page, 'zh-CN');

      const report = Object.fromEntries(
        Object.entries(found).map(([k, v]) => [k, describeOffenders(v)]),
      );
      expect(report).toEqual({
        'zh-CN': [],
        'en after the switch': [],
        'en after a reload': [],
        'zh-CN after switching back': [],
      });
      expect(session.consoleErrors).toEqual([]);
    }, 180_000);
  }

  it('the briefing: every scene, the handout and the presenter window, in both languages', async () => {
    session = await openApp('#/present?scene=1', { viewport: VIEWPORT });
    const { page, context } = session;
    page.setDefaultTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 0);
    const scenes = await page.locator('.present-editor__go').count();
    expect(scenes).toBeGreaterThan(5);
    const found: Record<string, string[]> = {};
    const scan = async (p: Page, label: string, lang: UiLang): Promise<void> => {
      const list = describeOffenders(await wrongLanguage(p, lang));
      if (list.length > 0) found[label] = list;
    };
    /** Every scene from the first, forward with the clicker key. */
    const walk = async (lang: UiLang): Promise<void> => {
      await page.keyboard.press('Home');
      await page.locator('.present-editor__go').first().click();
      await waitForScene(page, 0);
      for (let i = 0; i < scenes; i++) {
        if (i > 0) {
          await page.keyboard.press('PageDown');
          await waitForScene(page, i);
        }
        await settle(page);
        await scan(page, `${lang} scene ${i + 1}`, lang);
      }
    };
    const handout = async (lang: UiLang): Promise<void> => {
      await page.locator('[data-action="handout"]').click();
      await page.locator('.handout-root[data-ready="true"]').waitFor(WAIT);
      await scan(page, `${lang} handout`, lang);
      await page.locator('.handout-root [data-action="close"]').click();
      await page.locator('.handout-root').waitFor({ state: 'detached' });
    };

    /** The presenter window, opened from this window; it starts in the saved language. */
    const presenterWindow = async (lang: UiLang): Promise<void> => {
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('[data-action="presenter"]').click(),
      ]);
      await popup.waitForFunction(
        () => (document.querySelector('.console__title')?.textContent ?? '') !== '',
        undefined,
        WAIT,
      );
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      await settle(popup);
      await scan(popup, `${lang} presenter window`, lang);
      await popup.close();
    };

    await walk('zh-CN');
    await handout('zh-CN');
    await presenterWindow('zh-CN');
    await switchTo(page, 'en');
    await walk('en');
    await handout('en');
    await presenterWindow('en');

    await page.reload();
    await waitForMapIdle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await walk('en');
    await switchTo(page, 'zh-CN');
    await scan(page, 'zh-CN after switching back', 'zh-CN');
    expect(found).toEqual({});
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);

  it('the settings dialog and the header, in both languages', async () => {
    session = await openApp('', { viewport: VIEWPORT });
    const { page } = session;
    await waitForMapIdle(page);
    const found: Record<string, string[]> = {};
    for (const lang of ['zh-CN', 'en'] as const) {
      if (lang === 'en') await switchTo(page, 'en');
      await page.locator('[data-action="open-settings"]').click();
      await page.locator('dialog[open]').waitFor(WAIT);
      // The basemap fields, shown when the setting is on.
      await page.locator('dialog[open] input[type="checkbox"]').first().check();
      await settle(page);
      const list = describeOffenders(await wrongLanguage(page, lang, 'dialog[open]'));
      if (list.length > 0) found[`${lang} settings`] = list;
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      const header = describeOffenders(await wrongLanguage(page, lang, '.topbar'));
      if (header.length > 0) found[`${lang} header`] = header;
    }
    expect(found).toEqual({});
  });
});
