import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { GROWTH_OUTPUT_IDS, OUTPUT_IDS } from '../../src/model/outputs';
import { PRESETS } from '../../src/model/presets';
import type { Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { encodeScenario } from '../../src/state/url-scenario';
import { loadPlan } from '../ui/plan-fixture';
import { seriousAxe } from './a11y-helpers';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';

const plan = loadPlan();
const counties = plan.units.map((u) => ({
  adcode: u.adcode,
  name_zh: u.name_zh,
  industries: [...new Set(u.industries.flatMap((l) => l.maps.map((m) => m.industry)))],
}));
const preset = (id: string): Scenario => PRESETS.find((p) => p.id === id)!.scenario;

async function compareUrl(...scenarios: Scenario[]): Promise<string> {
  const params = new URLSearchParams();
  const keys = ['a', 'b', 'c', 'd'];
  for (const [i, s] of scenarios.entries()) params.set(keys[i]!, await encodeScenario(s));
  return `#/compare?${params.toString()}`;
}

/** Waits until the comparison of `n` scenarios is on screen. */
async function waitForResults(page: Page, n: number): Promise<void> {
  // Budgets, not assertions: other jobs may share this 2-core machine.
  page.setDefaultTimeout(60_000);
  await page.waitForFunction(
    (count) =>
      document.querySelector('#compare-status')?.getAttribute('data-status') === 'done' &&
      document.querySelectorAll('#compare-table tr[data-output="gdp"] td[data-p]').length === count,
    n,
    { timeout: 60_000 },
  );
}

/** Every probability on screen: output → slot → pMeet. */
async function probabilities(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, number>> = {};
    for (const td of document.querySelectorAll<HTMLElement>('#compare-table td[data-p]')) {
      const output = td.closest('tr')?.getAttribute('data-output') ?? '?';
      out[output] ??= {};
      out[output][td.dataset.slot ?? '?'] = Number(td.dataset.p);
    }
    return out;
  });
}

describe.skipIf(!e2e.available)('the compare view (production build, real Chromium)', () => {
  let sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions) await s.close();
    sessions = [];
  });

  it('lists exactly the changed drivers, shows both probabilities (the engine’s numbers) and a tornado', async () => {
    const a = preset('baseline');
    const b = preset('property_slump');
    const session = await openApp(await compareUrl(a, b));
    sessions.push(session);
    const { page } = session;
    await waitForResults(page, 2);

    // What changed: exactly the two drivers the preset moves, in planners' words.
    const items = await page
      .locator('#compare-diff li')
      .evaluateAll((lis) =>
        lis.map((li) => [li.getAttribute('data-kind'), li.getAttribute('data-id'), li.textContent]),
      );
    expect(items.map(([kind, id]) => `${kind}:${id}`)).toEqual([
      'driver:project_completion',
      'driver:property_sales',
    ]);
    expect(items[1]?.[2]).toContain('商品房销售面积');
    expect(items[1]?.[2]).toContain('620万平方米 → 480万平方米（−22.6%）');

    // Both probabilities for every target, equal to the model run in Node on A's seed.
    const shown = await probabilities(page);
    expect(Object.keys(shown).sort()).toEqual([...OUTPUT_IDS].sort());
    const node = (s: Scenario) =>
      simulate({
        scenario: { ...s, seed: a.seed, paths: a.paths },
        counties,
        countyIndicators: GROWTH_OUTPUT_IDS,
      });
    const [na, nb] = [node(a), node(b)];
    for (const o of na.outputs) expect(shown[o.id]?.A, o.id).toBe(o.annual.pMeet);
    for (const o of nb.outputs) expect(shown[o.id]?.B, o.id).toBe(o.annual.pMeet);
    expect(shown.gdp!.B!).toBeLessThan(shown.gdp!.A!);
    // The GDP difference is highlighted in 个百分点.
    const delta = page.locator('#compare-table tr[data-output="gdp"] td[data-slot="B"] .delta');
    expect(await delta.getAttribute('class')).toContain('delta--down');
    expect(await delta.textContent()).toMatch(/较A −\d+个百分点/);

    // The tornado of the gap: both drivers, as bars in the signed chart.
    const tornado = page.locator('#compare-gap-chart svg');
    await tornado.waitFor({ state: 'visible' });
    const rowText = await tornado.textContent();
    expect(rowText).toContain('商品房销售面积');
    expect(rowText).toContain('重点项目投资完成率');
    // The fan charts are overlaid: one median line per scenario.
    expect(await page.locator('#compare-fan-chart svg').count()).toBe(1);
    // The county map shows B − A: every county in the list has a difference.
    const diffs = await page
      .locator('#compare-county-list [data-adcode]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-diff')));
    expect(diffs).toHaveLength(11);
    expect(diffs.every((d) => d !== '' && Number.isFinite(Number(d)))).toBe(true);
    await waitForMapIdle(page);
    await page.screenshot({ path: screenshotPath('compare-1366.png') });
    await page.locator('#compare-gap-section, .compare-gap').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('compare-1366-gap.png') });
    // Accessible, with the charts' data tables open.
    await page.locator('#compare-gap-section [data-action="table"]').click();
    await page.locator('.compare-side [data-action="table"]').click();
    expect(await seriousAxe(page, '.view--compare')).toEqual([]);

    // English re-renders everything, numbers included.
    await page.locator('[data-action="toggle-language"]').click();
    await page.locator('#compare-title', { hasText: 'Compare scenarios' }).waitFor();
    expect(await page.locator('#compare-diff li').nth(1).textContent()).toContain(
      'Commercial housing sales',
    );
    expect(await tornado.textContent()).toContain('Commercial housing sales');
    await page.screenshot({ path: screenshotPath('compare-1366-en.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('opened with nothing in the address, compares the plan with the external-demand downturn', async () => {
    const session = await openApp('#/compare');
    sessions.push(session);
    const { page } = session;
    await waitForResults(page, 2);
    const chips = await page.locator('#compare-chips li').allTextContents();
    expect(chips[0]).toContain(preset('baseline').name);
    expect(chips[1]).toContain(preset('external_downturn').name);
    // What changed is the one driver the preset moves; the address now carries both scenarios.
    expect(
      await page.locator('#compare-diff li').evaluateAll((lis) => lis.map((li) => li.dataset.id)),
    ).toEqual(['external_demand']);
    await page.waitForFunction(
      () => location.hash.includes('a=z1.') && location.hash.includes('b=z1.'),
    );
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  // A time budget, not an assertion: two browser contexts and five scenario runs can take
  // more than the default minute on a busy 2-core machine.
  it('a compare link opened in a new browser context shows the same numbers', async () => {
    const first = await openApp(await compareUrl(preset('baseline'), preset('external_downturn')), {
      viewport: { width: 1920, height: 1080 },
    });
    sessions.push(first);
    await waitForResults(first.page, 2);
    // Add a third scenario from the picker; the address follows.
    await first.page.selectOption('#compare-add-select', 'preset:gulei_fast');
    await first.page.locator('#compare-add').click();
    await waitForResults(first.page, 3);
    await first.page.waitForFunction(() => location.hash.includes('c=z1.'));
    await first.page.selectOption('#compare-indicator', 'industry_va');
    await first.page.waitForFunction(() => location.hash.includes('ind=industry_va'));
    const url = first.page.url();
    const numbers = await probabilities(first.page);
    await waitForMapIdle(first.page);
    await first.page.screenshot({ path: screenshotPath('compare-1920.png') });

    const second = await openApp(url.slice(url.indexOf('#')), {
      viewport: { width: 1366, height: 800 },
    });
    sessions.push(second);
    await waitForResults(second.page, 3);
    expect(await probabilities(second.page)).toEqual(numbers);
    expect(await second.page.locator('#compare-indicator').inputValue()).toBe('industry_va');
    expect(await second.page.locator('#compare-chips li').count()).toBe(3);
    for (const s of [first, second]) {
      expect(s.consoleErrors).toEqual([]);
      expect(s.offHost).toEqual([]);
    }
  }, 180_000);

  it('imports a scenario file with validation: errors name the field, a good file is added', async () => {
    const session = await openApp(await compareUrl(preset('baseline'), preset('gulei_fast')));
    sessions.push(session);
    const { page } = session;
    await waitForResults(page, 2);
    const bad = { version: 1, name: 'bad', drivers: { tourism: { value: 3 } } };
    await page.locator('#compare-import-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const message = page.locator('#compare-messages');
    await message.locator('li', { hasText: 'drivers.tourism' }).waitFor();
    expect(await message.textContent()).toContain('bad.json');
    expect(await page.locator('#compare-chips li').count()).toBe(2);

    const good: Scenario = {
      ...preset('baseline'),
      name: '我的情景',
      drivers: { consumption: { value: 7 } },
    };
    await page.locator('#compare-import-file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await waitForResults(page, 3);
    expect(await page.locator('#compare-chips li').nth(2).textContent()).toContain('我的情景');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
