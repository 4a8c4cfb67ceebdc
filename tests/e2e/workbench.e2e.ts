import { afterEach, describe, expect, it } from 'vitest';
import { e2e, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import {
  afterRun,
  cardProbability,
  currentScenario,
  dashboardText,
  driverValue,
  generation,
  openWorkbench,
  setDriver,
  waitFinal,
} from './workbench-helpers';

describe.skipIf(!e2e.available)('the scenario workbench (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('weaker external demand lowers the chance of 6.5% GDP growth, stronger raises it; coarse then final', async () => {
    session = await openWorkbench();
    const { page } = session;
    const base = await cardProbability(page, 'gdp');
    expect(await page.locator('.wb-run__count').textContent()).toBe('10,000 条路径');

    // Record what the count says while the next run refines.
    await page.evaluate(() => {
      const el = document.querySelector('.wb-run__count')!;
      const seen: string[] = [];
      (window as unknown as { __counts: string[] }).__counts = seen;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await setDriver(page, 'external_demand', '-10');
    const down = await cardProbability(page, 'gdp');
    const counts = await page.evaluate(
      () => (window as unknown as { __counts: string[] }).__counts,
    );
    expect(counts).toContain('2,048 条路径（粗算）');
    expect(counts.indexOf('2,048 条路径（粗算）')).toBeLessThan(
      counts.lastIndexOf('10,000 条路径'),
    );
    await setDriver(page, 'external_demand', '20');
    const up = await cardProbability(page, 'gdp');
    expect(down).toBeLessThan(base);
    expect(up).toBeGreaterThan(base);
    // Exports depend on external demand too, and directly.
    expect(await cardProbability(page, 'exports')).toBeGreaterThan(90);

    // The slider from the keyboard: each arrow key moves it one step and re-runs.
    const slider = page.locator('.wb-driver[data-driver="external_demand"] .wb-driver__range');
    await afterRun(page, async () => {
      await slider.focus();
      await page.keyboard.press('Home');
    });
    expect(await driverValue(page, 'external_demand').inputValue()).toBe('-30');
    expect(await cardProbability(page, 'gdp')).toBeLessThan(down);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it('bounds: an extreme value is clamped with a message, text is refused, nothing shows NaN', async () => {
    session = await openWorkbench();
    const { page } = session;
    await setDriver(page, 'gulei_ramp', '99999');
    expect(await driverValue(page, 'gulei_ramp').inputValue()).toBe('1600');
    expect(
      await page.locator('.wb-driver[data-driver="gulei_ramp"] .wb-driver__msg').textContent(),
    ).toBe('已限制为上限 1,600亿元');
    expect((await currentScenario(page)).drivers.gulei_ramp).toEqual({ value: 1600 });
    // The sd: negative is clamped to 0 (a zero-variance driver is allowed).
    await afterRun(page, async () => {
      const sd = page.locator('.wb-driver[data-driver="gulei_ramp"] .wb-driver__sd');
      await sd.fill('-5');
      await sd.press('Tab');
    });
    expect((await currentScenario(page)).drivers.gulei_ramp).toEqual({ value: 1600, sd: 0 });
    // Letters never reach the scenario; leaving the field restores the last valid value.
    const before = await generation(page);
    const field = driverValue(page, 'consumption');
    await field.pressSequentially('abc');
    await field.press('Tab');
    expect(await field.inputValue()).toBe('10');
    expect(await generation(page)).toBe(before);
    const text = (await page.locator('.view--workbench').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(session.consoleErrors).toEqual([]);
  });

  it('a preset, a card, a county and published figures: everything follows', async () => {
    session = await openWorkbench();
    const { page } = session;
    // Presets describe themselves; applying one marks it and moves its drivers.
    const preset = page.locator('.wb-preset[data-preset="external_downturn"]');
    expect(await preset.textContent()).toContain('出口增长3%（计划8%）');
    await afterRun(page, () => preset.click());
    expect(await preset.getAttribute('aria-pressed')).toBe('true');
    expect(await driverValue(page, 'external_demand').inputValue()).toBe('3');

    // A card selects the indicator of the fan chart and the tornado.
    await page.locator('.wb-card[data-output="fai"]').click();
    await page.waitForFunction(() =>
      document.querySelector('#wb-fan-heading')?.textContent?.startsWith('固定资产投资'),
    );
    expect(await page.locator('.wb-card[data-output="fai"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(page.url()).toContain('i=fai');
    await page.locator('#wb-tornado-chart svg').waitFor();
    await page.locator('.wb-chart--tornado [data-action="table"]').click();
    expect(await page.locator('.wb-chart--tornado table tbody tr').count()).toBe(8);

    // A county: its detail, fan chart and assumptions; a higher growth anchor raises its chance.
    await waitFinal(page);
    await page.locator('.wb-map__county[data-adcode="350623"]').click();
    const detail = page.locator('.wb-county');
    await detail.waitFor({ state: 'visible' });
    expect(await detail.locator('h2').first().textContent()).toBe('漳浦县');
    const p0 = Number((await detail.locator('.wb-county__p').textContent())?.replace('%', ''));
    await afterRun(page, async () => {
      await detail.locator('.wb-county__growth').fill('12');
      await detail.locator('.wb-county__growth').press('Tab');
    });
    const p1 = Number((await detail.locator('.wb-county__p').textContent())?.replace('%', ''));
    expect(p1).toBeGreaterThan(p0);
    expect((await currentScenario(page)).counties.growth).toEqual({ '350623': { fai: 12 } });

    // Published figures: what the remaining quarters need, and the chance of getting it.
    const row = page.locator('.wb-req__table tr[data-output="gdp"]');
    const countyNote = page.locator('.wb-map .wb-map__note');
    expect(await countyNote.isHidden()).toBe(true);
    await afterRun(page, async () => {
      await row.locator('[data-quarter="1"]').fill('5.0');
    });
    await afterRun(page, async () => {
      await row.locator('[data-quarter="2"]').fill('5.5');
    });
    expect((await currentScenario(page)).actuals).toEqual({ gdp: [5, 5.5] });
    expect(await row.locator('.wb-req__out').first().textContent()).toMatch(/^平均增长 \d+\.\d%$/);
    expect(await row.locator('.wb-req__p').textContent()).toMatch(/^\d+%$/);
    // A later quarter without the earlier one is refused, and names the problem.
    const fai = page.locator('.wb-req__table tr[data-output="fai"]');
    await fai.locator('[data-quarter="2"]').fill('7');
    expect(await fai.locator('.wb-req__msg').textContent()).toBe('请先填写更早的季度');
    expect((await currentScenario(page)).actuals.fai).toBeUndefined();
    // The counties are not conditioned on the city's figures, and the county section says so
    // while any are entered.
    expect(await countyNote.isVisible()).toBe(true);
    expect(await countyNote.textContent()).toBe(
      '各县区数字未计入已录入的全市实绩（模型只对全市序列按实绩调整，县区仍按情景推算全年）。',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.wb-map__note')?.textContent?.startsWith('County figures'),
    );
    await page.getByRole('button', { name: '中文' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.wb-map__note')?.textContent?.startsWith('各县区'),
    );
    await afterRun(page, () => row.locator('[data-quarter="2"]').fill(''));
    expect(await countyNote.isVisible()).toBe(true);
    await afterRun(page, () => row.locator('[data-quarter="1"]').fill(''));
    expect((await currentScenario(page)).actuals).toEqual({});
    expect(await countyNote.isHidden()).toBe(true);
    expect(await countyNote.textContent()).toBe('');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  it("the plan mark's source note is in the interface's language, and follows the switch", async () => {
    session = await openWorkbench();
    const { page } = session;
    const titles = () =>
      page
        .locator('.wb-drivers-panel .wb-driver')
        .evaluateAll((rows) =>
          rows.map((r) => [
            (r as HTMLElement).dataset.driver ?? '',
            r.querySelector('.wb-driver__plan')?.getAttribute('title') ?? '',
          ]),
        );
    const zh = await titles();
    expect(zh).toHaveLength(8);
    expect(Object.fromEntries(zh)).toMatchObject({
      external_demand: '报告：出口总额增长8%',
      producer_prices: expect.stringMatching(/^假设：报告未设PPI数值；/) as unknown,
    });
    for (const [id, title] of zh) {
      expect(title, id).toMatch(/^(报告|假设)：/);
      expect(title, id).not.toMatch(/report|assumption|[a-z]{2}/);
    }

    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await titles();
    expect(Object.fromEntries(en)).toMatchObject({
      external_demand: 'report: 出口总额增长8%',
      producer_prices: expect.stringMatching(
        /^assumption: the report sets no PPI figure/,
      ) as unknown,
    });
    for (const [id, title] of en) expect(title, id).toMatch(/^(report|assumption): /);

    await page.locator('[data-action="toggle-language"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await titles()).toEqual(zh);
    expect(session.consoleErrors).toEqual([]);
  });

  it('the choropleth lives only in the workbench: the atlas gets its map back as it was', async () => {
    session = await openWorkbench();
    const { page } = session;
    await waitForMapIdle(page);
    const layers = () =>
      page.evaluate(() => {
        const map = window.__zz!.mapView.map;
        return {
          choropleth: map.getLayer('county-choropleth') !== undefined,
          zones: String(map.getLayoutProperty('plan-zone-ring', 'visibility') ?? 'visible'),
          projects: String(map.getLayoutProperty('plan-project-point', 'visibility') ?? 'visible'),
        };
      });
    expect(await layers()).toEqual({ choropleth: true, zones: 'none', projects: 'none' });
    await page.locator('.tab[data-view="atlas"]').click();
    await page.locator('.view--atlas').waitFor();
    expect(await layers()).toEqual({ choropleth: false, zones: 'visible', projects: 'visible' });
    await page.locator('.tab[data-view="workbench"]').click();
    await page.waitForFunction(() => window.__zz!.mapView.map.getLayer('county-choropleth'));
    // The scenario and its link came back with the view.
    await page.waitForFunction(() => location.hash.includes('s=z1.'));
    expect(session.consoleErrors).toEqual([]);
  });

  it('looks right at 1366×800 and on a 1920×1080 projector, in Chinese and English', async () => {
    session = await openWorkbench('#/workbench?i=gdp&c=350623');
    const { page } = session;
    await waitForMapIdle(page);
    await page.locator('#wb-tornado-chart svg').waitFor();
    await page.screenshot({ path: screenshotPath('workbench-1366.png') });
    await session.close();

    session = await openWorkbench('#/workbench?i=gdp&c=350623', {
      viewport: { width: 1920, height: 1080 },
    });
    const p2 = session.page;
    await waitForMapIdle(p2);
    await p2.locator('#wb-tornado-chart svg').waitFor();
    await p2.screenshot({ path: screenshotPath('workbench-1920.png') });
    const zh = await dashboardText(p2);

    // The language switch re-renders everything, numbers included.
    await p2.getByRole('button', { name: 'English' }).click();
    await p2.waitForFunction(() =>
      document.querySelector('.wb-run__count')?.textContent?.endsWith('paths'),
    );
    expect(await p2.locator('.wb-run__count').textContent()).toBe('10,000 paths');
    const en = await dashboardText(p2);
    expect(en).toHaveLength(zh.length);
    expect(en[0]).toMatch(/^GDP real \d+% /);
    expect(en.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await p2.locator('#wb-fan-heading').textContent()).toBe('GDP: year-to-date growth');
    await p2.screenshot({ path: screenshotPath('workbench-1920-en.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
