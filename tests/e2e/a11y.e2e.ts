/**
 * Accessibility of every main view, in Chinese and in English: axe-core finds no serious or
 * critical violation (atlas with a county panel and the industry drawer, targets, workbench,
 * compare, baseline, the briefing while authoring and while presenting, the handout, the
 * presenter window, the settings dialog); Tab reaches every control of each view, and each one
 * it reaches is a real control with a name, visible, with a focus indicator; every chart offers
 * its data as a table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, openApp, waitForMapIdle, type AppSession } from './harness';
import { seriousAxe, tabProblems, walkTabOrder } from './a11y-helpers';
import { waitForScene } from './present-helpers';
import { VIEWPORT, VIEW_CASES, WAIT, settle, switchTo } from './view-cases';

describe.skipIf(!e2e.available)('accessibility of every view (real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  for (const c of VIEW_CASES) {
    it(`${c.name}: no serious axe finding in zh-CN or en; Tab reaches every control, named and visibly focused`, async () => {
      session = await openApp(await c.path(), { viewport: VIEWPORT });
      const { page } = session;
      page.setDefaultTimeout(60_000);
      await c.prepare(page);
      const found: Record<string, string[]> = {};
      found['axe zh-CN'] = await seriousAxe(page);
      const zh = await walkTabOrder(page, c.view);
      found['keyboard zh-CN'] = tabProblems(zh);
      await switchTo(page, 'en');
      found['axe en'] = await seriousAxe(page);
      const en = await walkTabOrder(page, c.view);
      found['keyboard en'] = tabProblems(en);
      // The walk went through the view (not stuck in the header), the same way in both languages.
      const inView = (w: typeof zh): number => w.stops.filter((s) => s.inScope).length;
      expect(inView(zh), c.name).toBeGreaterThanOrEqual(c.minTabStops);
      expect(inView(en)).toBe(inView(zh));
      expect(found).toEqual({
        'axe zh-CN': [],
        'keyboard zh-CN': [],
        'axe en': [],
        'keyboard en': [],
      });
      expect(session.consoleErrors).toEqual([]);
    }, 240_000);
  }

  it('the briefing: authoring, presenting, the handout and the presenter window, in both languages', async () => {
    session = await openApp('#/present?scene=10', { viewport: VIEWPORT });
    const { page, context } = session;
    page.setDefaultTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, 9);
    const found: Record<string, string[]> = {};
    const note = (label: string, list: string[]): void => {
      if (list.length > 0) found[label] = list;
    };
    for (const lang of ['zh-CN', 'en'] as const) {
      if (lang === 'en') await switchTo(page, 'en');
      note(`axe ${lang} authoring`, await seriousAxe(page));
      note(`keyboard ${lang} authoring`, tabProblems(await walkTabOrder(page, '.view--present')));
      // Presenting (full screen refused in headless: it presents in the window).
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('f');
      await page.waitForFunction(() =>
        document.documentElement.classList.contains('is-presenting'),
      );
      const at = Number(await page.locator('.present-stage').getAttribute('data-scene-index'));
      await page.keyboard.press('PageDown');
      await waitForScene(page, at + 1);
      await settle(page);
      note(`axe ${lang} presenting`, await seriousAxe(page));
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => !document.documentElement.classList.contains('is-presenting'),
      );
      // The handout.
      await page.locator('[data-action="handout"]').click();
      await page.locator('.handout-root[data-ready="true"]').waitFor(WAIT);
      note(`axe ${lang} handout`, await seriousAxe(page));
      note(`keyboard ${lang} handout`, tabProblems(await walkTabOrder(page, '.handout-root')));
      await page.locator('.handout-root [data-action="close"]').click();
      await page.locator('.handout-root').waitFor({ state: 'detached' });
      // The presenter window.
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('[data-action="presenter"]').click(),
      ]);
      await popup.waitForFunction(
        () => (document.querySelector('.console__title')?.textContent ?? '') !== '',
        undefined,
        WAIT,
      );
      note(`axe ${lang} presenter window`, await seriousAxe(popup));
      note(`keyboard ${lang} presenter window`, tabProblems(await walkTabOrder(popup, 'body')));
      await popup.close();
    }
    expect(found).toEqual({});
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);

  it('the settings dialog, in both languages: no serious axe finding, focus kept inside, every field named', async () => {
    session = await openApp('', { viewport: VIEWPORT });
    const { page } = session;
    await waitForMapIdle(page);
    const found: Record<string, string[]> = {};
    for (const lang of ['zh-CN', 'en'] as const) {
      if (lang === 'en') await switchTo(page, 'en');
      await page.locator('[data-action="open-settings"]').click();
      await page.locator('dialog[open]').waitFor(WAIT);
      await page.locator('dialog[open] input[type="checkbox"]').first().check();
      await settle(page);
      const axe = await seriousAxe(page);
      if (axe.length) found[`axe ${lang}`] = axe;
      const walk = await walkTabOrder(page, 'dialog[open]', 80);
      // A modal dialog keeps focus: every stop is inside it.
      const outside = walk.stops.filter((s) => !s.inScope).map((s) => `${s.what}: outside`);
      expect(walk.stops.length).toBeGreaterThan(3);
      const problems = [...tabProblems(walk), ...outside];
      if (problems.length) found[`keyboard ${lang}`] = problems;
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }
    expect(found).toEqual({});
  });

  it('every chart offers its data as a table', async () => {
    const views = [
      '#/atlas?unit=350623&industry=food_processing',
      '#/workbench',
      '#/present?scene=10',
      '#/present?scene=12',
    ];
    const missing: string[] = [];
    for (const path of views) {
      session = await openApp(path, { viewport: VIEWPORT });
      const { page } = session;
      await waitForMapIdle(page);
      await page.waitForFunction(
        () => document.querySelectorAll('svg[data-chart]').length > 0,
        undefined,
        WAIT,
      );
      await settle(page);
      // Each chart's panel (its section or aside) has a control that shows its data as a table;
      // opening every such control shows a real table, with a caption and rows, per chart.
      const result = await page.evaluate(() => {
        const charts = [...document.querySelectorAll<SVGSVGElement>('svg[data-chart]')].filter(
          (svg) => svg.dataset.chart !== 'legend' && svg.getBoundingClientRect().width > 0,
        );
        return charts.map((svg) => {
          const panel = svg.closest('section, aside') ?? svg.parentElement!;
          const toggles = [
            ...panel.querySelectorAll<HTMLElement>('[data-action="table"], details > summary'),
          ].filter((el) => el.checkVisibility());
          for (const toggle of toggles) {
            const open =
              toggle.tagName === 'SUMMARY'
                ? (toggle.parentElement as HTMLDetailsElement).open
                : toggle.getAttribute('aria-expanded') === 'true';
            if (!open) toggle.click();
          }
          const tables = [...panel.querySelectorAll('table')].filter((t) => t.checkVisibility());
          return {
            chart: `${svg.dataset.chart ?? '?'} in ${panel.className.split(' ')[0] ?? ''}`,
            toggles: toggles.length,
            tables: tables.map((t) => ({
              caption: t.caption?.textContent ?? '',
              rows: t.tBodies[0]?.rows.length ?? 0,
            })),
          };
        });
      });
      expect(result.length, path).toBeGreaterThan(0);
      for (const chart of result) {
        if (chart.toggles === 0 || chart.tables.length === 0)
          missing.push(`${path}: ${chart.chart}`);
      }
      const tables = result.flatMap((c) => c.tables);
      expect(tables.length, path).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.caption, path).not.toBe('');
        expect(t.rows, path).toBeGreaterThan(0);
      }
      await session.close();
      session = null;
    }
    expect(missing).toEqual([]);
  }, 240_000);
});
