/**
 * Number formats on the live views, in both languages: levels in 亿元 and 万 (bn yuan, million m²,
 * people), growth in %, gaps and differences of probability in 个百分点 (pp), year-to-date
 * periods as 1–3月累计 (Jan–Mar YTD), counts with separators. The conventions themselves are
 * unit-tested in tests/i18n/format*.test.ts; this checks that every view goes through them.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model/presets';
import type { Scenario } from '../../src/model/scenario';
import { encodeScenario } from '../../src/state/url-scenario';
import { e2e, openApp, waitForMapIdle, type AppSession } from './harness';
import { waitForScene } from './present-helpers';
import { waitFinal } from './workbench-helpers';

const WAIT = { timeout: 60_000 };
const preset = (id: string): Scenario => PRESETS.find((p) => p.id === id)!.scenario;

function text(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
}

async function everyText(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ')));
}

/**
 * Visible text in the interface's language that is formatted the other language's way (data
 * marked as the other language, such as an English source note, is left out).
 */
function foreignFormats(page: Page, lang: 'zh-CN' | 'en'): Promise<string[]> {
  return page.evaluate((l) => {
    const wrong =
      l === 'zh-CN'
        ? /\d\s?(pp|bn yuan|million m²|people|firms)\b|Jan–\w+ YTD/g
        : /\d\s?(个百分点|亿元|万人|万平方米)|1–\d+月累计/g;
    const other = l === 'zh-CN' ? 'en' : 'zh';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[hidden], script, style')) continue;
      if (el.closest('[lang]')?.getAttribute('lang')?.startsWith(other)) continue;
      if (!el.checkVisibility()) continue;
      out.push(...[...(n.textContent ?? '').matchAll(wrong)].map((m) => m[0]));
    }
    return out;
  }, lang);
}

describe.skipIf(!e2e.available)('number formats on every view (real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    const zh = lang === 'zh-CN';
    it(`${lang}: the workbench, compare, targets, atlas, baseline and briefing`, async () => {
      session = await openApp('#/workbench', {
        viewport: { width: 1600, height: 900 },
        setup: (context) => context.addInitScript((l) => localStorage.setItem('zz.lang', l), lang),
      });
      const { page } = session;
      page.setDefaultTimeout(60_000);
      await waitFinal(page);
      // Growth: % for the median, 个百分点 / pp for the gap; levels in 亿元 / bn yuan, 万人 / people.
      const gdp = await text(page, '.wb-card[data-output="gdp"] .wb-card__facts');
      expect(gdp).toMatch(zh ? /\d\.\d%.*\d\.\d个百分点$/ : /\d\.\d%.*\d\.\d pp$/);
      expect(
        await text(page, '.wb-card[data-output="projects.key_investment"] .wb-card__median'),
      ).toMatch(zh ? /^2,\d{3}亿元$/ : /^2\d\d\.\d bn yuan$/);
      expect(await text(page, '.wb-card[data-output="jobs.new_urban"] .wb-card__median')).toMatch(
        zh ? /^\d\.\d\d万人$/ : /^\d{2},\d{3} people$/,
      );
      expect(await text(page, '.wb-card[data-output="property.sales"] .wb-card__median')).toMatch(
        zh ? /^\d{3}万平方米$/ : /^\d\.\d\d million m²$/,
      );
      // Year-to-date periods.
      const periods = await everyText(page, '.wb-req thead th');
      expect(periods).toEqual(
        expect.arrayContaining(
          zh
            ? ['1–3月累计', '1–6月累计', '1–9月累计']
            : ['Jan–Mar YTD', 'Jan–Jun YTD', 'Jan–Sep YTD'],
        ),
      );
      expect(await text(page, '.wb-run__count')).toBe(zh ? '10,000 条路径' : '10,000 paths');
      expect(await foreignFormats(page, lang)).toEqual([]);

      // Compare: differences of probability in 个百分点 / pp.
      const params = new URLSearchParams();
      params.set('a', await encodeScenario(preset('baseline')));
      params.set('b', await encodeScenario(preset('external_downturn')));
      await page.evaluate((hash) => (location.hash = hash), `#/compare?${params.toString()}`);
      await page.waitForFunction(
        () =>
          document.querySelector('#compare-status')?.getAttribute('data-status') === 'done' &&
          document.querySelectorAll('#compare-table tr[data-output="gdp"] td[data-p]').length === 2,
        undefined,
        WAIT,
      );
      const deltas = await everyText(page, '#compare-table [data-delta]');
      expect(deltas.length).toBeGreaterThan(5);
      for (const d of deltas) expect(d).toMatch(zh ? /\d个百分点/ : /\d pp/);
      expect(await foreignFormats(page, lang)).toEqual([]);

      // Targets: the report's figures in its units.
      await page.evaluate(() => (location.hash = '#/targets'));
      await page.locator('tr[data-target="headline.gdp"]').waitFor(WAIT);
      expect(await text(page, 'tr[data-target="headline.gdp"] .targets-table__value')).toBe('6.5%');
      expect(await text(page, 'tr[data-target="gulei.output"] .targets-table__value')).toMatch(
        zh ? /1,000亿元/ : /100(\.0)? bn yuan/,
      );
      expect(await foreignFormats(page, lang)).toEqual([]);

      // Atlas: areas in 平方公里 / km².
      await page.evaluate(() => (location.hash = '#/atlas?unit=350623'));
      await waitForMapIdle(page);
      await page.locator('#county-panel .facts').waitFor(WAIT);
      expect(await text(page, '#county-panel .facts')).toMatch(
        zh ? /[\d,]+平方公里/ : /[\d,]+ km²/,
      );
      expect(await foreignFormats(page, lang)).toEqual([]);

      // Baseline: the check's path count.
      await page.evaluate(() => (location.hash = '#/baseline'));
      await page.locator('#baseline-levels').waitFor(WAIT);
      expect(await text(page, '#baseline-check-section')).toContain(
        zh ? '10,000条路径' : '10,000 paths',
      );
      expect(await foreignFormats(page, lang)).toEqual([]);

      // Briefing: the dashboard scene and the fourth-quarter scene.
      await page.evaluate(() => (location.hash = '#/present?scene=11'));
      await waitForScene(page, 10);
      expect(await text(page, '.present-panel__body')).toMatch(/\d+%/);
      expect(await foreignFormats(page, lang)).toEqual([]);
      await page.evaluate(() => (location.hash = '#/present?scene=13'));
      await waitForScene(page, 12);
      expect(await foreignFormats(page, lang)).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    }, 240_000);
  }
});
