/**
 * The whole app used end to end, with every request logged: the map (a county, a zone, an
 * industry), the target register (search, download), the workbench (a driver moved, the final
 * result, the county map and a county's detail), compare, the baseline editor, the briefing
 * (scenes stepped, the handout, the presenter window), the settings dialog and the language
 * switch. It fails on any request to another host, on any CSP violation, and checks that the
 * page's policy is the strict one, in place.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCsp } from '../../src/pwa/csp-policy';
import { e2e, isLocal, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import { screenPoint, zoneLabelPoint } from './plan-helpers';
import { waitForScene } from './present-helpers';
import { setDriver, waitFinal } from './workbench-helpers';
import { recordViolations, violations } from './worker-helpers';

/** Budgets for a busy 2-core machine (waits, not assertions). */
const WAIT = { timeout: 60_000 };

async function tab(page: Page, view: string): Promise<void> {
  await page.locator(`.topbar [data-view="${view}"]`).click();
  await page.waitForFunction((v) => location.hash.startsWith(`#/${v}`), view, WAIT);
}

async function cspPolicies(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]'),
    ].map((m) => m.content),
  );
}

describe.skipIf(!e2e.available)('the whole app, every request logged (real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('a full use of every view requests nothing from another host and breaks no policy', async () => {
    session = await openApp('', {
      setup: recordViolations,
      viewport: { width: 1600, height: 900 },
    });
    const { page, context } = session;
    page.setDefaultTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    const steps: string[] = [];
    const step = (name: string): void => {
      steps.push(`${name}: ${session!.requests.length} requests so far`);
    };

    // The policy: one strict <meta>, written by csp.js before anything else.
    expect(await cspPolicies(page)).toEqual([buildCsp(null)]);
    expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('src'))).toBe(
      './csp.js',
    );

    // Map: a zone clicked on the map, a county from the list, an industry.
    const gulei = await screenPoint(page, await zoneLabelPoint(page, 'zone.gulei'));
    await page.mouse.click(gulei.x, gulei.y);
    await page.locator('#place-panel[data-place="zone.gulei"]').waitFor({ state: 'visible' });
    await page.locator('button[data-adcode="350623"]').click();
    await page.locator('#county-panel .panel__title').waitFor({ state: 'visible' });
    await waitForMapIdle(page);
    await page.selectOption('#industry-picker', 'food_processing');
    await page.locator('#industry-drawer svg').waitFor({ state: 'visible' });
    await waitForMapIdle(page);
    step('atlas');

    // Targets: search, then download the register.
    await tab(page, 'targets');
    await page.locator('#targets-search').fill('6.5');
    await page
      .locator('[data-section="headline"] tr[data-target="headline.gdp"]')
      .waitFor({ state: 'visible' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="csv"]').click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    step('targets');

    // Workbench: the first final result, a driver moved, the county map and a county's detail.
    await tab(page, 'workbench');
    await waitFinal(page);
    await setDriver(page, 'external_demand', '-5');
    await page.locator('.wb-map [data-mode="gap"]').click();
    await page.locator('button.wb-map__county[data-adcode="350623"]').click();
    await page.locator('.wb-county:not([hidden])').waitFor({ state: 'visible' });
    step('workbench');

    // Compare: the edited scenario against a preset.
    await tab(page, 'compare');
    await page.selectOption('#compare-add-select', { index: 1 });
    await page.locator('#compare-add').click();
    await page.waitForFunction(
      () =>
        document.querySelector('#compare-status')?.getAttribute('data-status') === 'done' &&
        document.querySelectorAll('#compare-table tr[data-output="gdp"] td[data-p]').length >= 2,
      undefined,
      WAIT,
    );
    step('compare');

    // Baseline: enter a 2022 level.
    await tab(page, 'baseline');
    await page.locator('#baseline-levels').waitFor({ state: 'visible' });
    await page.locator('#bl-level-gdp-2022').fill('5700');
    await page.locator('#bl-level-gdp-2022').press('Tab');
    step('baseline');

    // Briefing: step through a few scenes with the clicker's key, open and close the handout.
    await tab(page, 'present');
    await waitForScene(page, 0);
    for (const scene of [1, 2, 3]) {
      await page.keyboard.press('PageDown');
      await waitForScene(page, scene);
    }
    await waitForMapIdle(page);
    await page.locator('[data-action="handout"]').click();
    await page.locator('.handout-root[data-ready="true"]').waitFor({ state: 'visible', ...WAIT });
    await page.locator('.handout-root [data-action="close"]').click();
    await page.locator('.handout-root').waitFor({ state: 'detached' });
    step('present');

    // The presenter window: its own page in the same context (logged the same way).
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('[data-action="presenter"]').click(),
    ]);
    await popup.waitForFunction(
      () => (document.querySelector('.console__title')?.textContent ?? '') !== '',
      undefined,
      WAIT,
    );
    await page.keyboard.press('PageDown');
    await waitForScene(page, 4);
    expect(await cspPolicies(popup)).toEqual([buildCsp(null)]);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    step('presenter');

    // Settings and the language switch, there and back.
    await page.locator('[data-action="open-settings"]').click();
    await page.locator('dialog[open]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await tab(page, 'atlas');
    await waitForMapIdle(page);
    step('settings and language');

    writeFileSync(
      screenshotPath('full-use-requests.txt'),
      `${steps.join('\n')}\n\n${session.requests.join('\n')}\n`,
    );
    // The log is real: the app's scripts, styles, geodata, plan data and worker scripts.
    const paths = session.requests.map((u) =>
      isLocal(u) ? u.replace(/^[a-z]+:\/\/[^/]+/, '') : u,
    );
    for (const expected of [
      /\/csp\.js$/,
      /\/assets\/index-[\w-]+\.js$/,
      /\/assets\/index-[\w-]+\.css$/,
      /\/assets\/counties-[\w-]+\.geojson$/,
      /\/assets\/zones-[\w-]+\.geojson$/,
      /\/assets\/targets-[\w-]+\.json$/,
      /\/assets\/simulation\.worker-[\w-]+\.js$/,
      /\/assets\/maplibre-gl-csp-worker-[\w-]+\.js$/,
    ]) {
      expect(
        paths.some((p) => expected.test(p)),
        String(expected),
      ).toBe(true);
    }
    // Nothing left the machine: no request to another host was even attempted…
    expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(session.offHost).toEqual([]);
    // …and nothing was refused by the policy on the way.
    expect(await violations(page)).toEqual([]);
    expect(await cspPolicies(page)).toEqual([buildCsp(null)]);
    expect(session.consoleErrors).toEqual([]);
  }, 300_000);
});
