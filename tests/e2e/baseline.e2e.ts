import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.ts';
import { COUNTY_ADCODES } from '../../src/state/baseline-slots';
import type {} from '../../src/ui/workbench/handle';
import { seriousAxe } from './a11y-helpers';
import { e2e, openApp, screenshotPath, type AppSession } from './harness';
import { waitFinal } from './workbench-helpers';

/*
 * The figures typed in these tests are test inputs, not statistics: the app must treat them as
 * a user's entries whatever they are.
 */
// Uneven shares adding up to 100, in COUNTY_ADCODES order.
const WEIGHTS = [20, 6, 14, 5, 12, 5, 6, 5, 9, 10, 8];

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function openBaseline(session: AppSession): Promise<Page> {
  const { page } = session;
  // Budgets, not assertions: other jobs may share this 2-core machine.
  page.setDefaultTimeout(60_000);
  await page.locator('#baseline-levels').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector('.baseline-body')?.getAttribute('data-loaded') === 'true',
  );
  return page;
}

const levelInput = (page: Page, slot: string) =>
  page.locator(`tr[data-slot="${slot}"] input.baseline-input`);
const weightInput = (page: Page, code: string) => page.locator(`#bl-weight-${code}`);

/**
 * The aggregation check's central projection for a row ('city' or 'aggregate'), once computed,
 * at full precision (the weights move it by hundredths of a point), and as shown.
 */
async function checkFigure(page: Page, row: 'city' | 'aggregate'): Promise<[number, string]> {
  const cell = page.locator(`#baseline-check-table tr[data-row="${row}"] td`).nth(1);
  await cell.waitFor({ state: 'visible', timeout: 60_000 });
  return [Number(await cell.getAttribute('data-value')), (await cell.textContent()) ?? ''];
}

describe.skipIf(!e2e.available)('the baseline editor (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('imports the filled-in template; a bad CSV names the row and leaves the entries intact', async () => {
    session = await openApp('#/baseline');
    const page = await openBaseline(session);
    // Every slot starts "not entered"; the sourced figures are listed read-only.
    expect(await page.locator('#baseline-levels [data-origin="not_entered"]').count()).toBe(10);
    expect(await page.locator('#baseline-sourced [data-origin="sourced"]').count()).toBeGreaterThan(
      50,
    );
    expect(await page.locator('#baseline-sourced input').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('baseline-empty-1366.png') });

    // The template downloads as UTF-8 with a BOM and Chinese headers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#baseline-template').click(),
    ]);
    const bytes = await bytesOf(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual(['代码', '名称', '数值', '单位', '标注', '备注']);
    expect(rows).toHaveLength(1 + 10 + 11);

    // Fill it in as a planner would: two levels (one marked as an assumption) and the weights.
    const filled = rows.map((r, i) => {
      if (i === 0) return r;
      const [id = ''] = r;
      const copy = [...r];
      if (id === 'gdp_2022') copy[2] = '5,700';
      if (id === 'retail_2022') {
        copy[2] = '2000';
        copy[4] = '假设';
        copy[5] = '测试用假设值';
      }
      const k = (COUNTY_ADCODES as readonly string[]).indexOf(id);
      if (k >= 0) copy[2] = String(WEIGHTS[k]);
      return copy;
    });
    // Without a BOM this time: both are read.
    const text = filled
      .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n');
    await page.locator('#baseline-csv-file').setInputFiles({
      name: 'filled.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    await page.locator('.baseline-import-result--ok').waitFor();
    expect(await levelInput(page, 'baseline.gdp_2022').inputValue()).toBe('5700');
    expect(
      await page.locator('tr[data-slot="baseline.gdp_2022"] .origin').getAttribute('data-origin'),
    ).toBe('user');
    expect(
      await page
        .locator('tr[data-slot="baseline.retail_2022"] .origin')
        .getAttribute('data-origin'),
    ).toBe('assumption');
    expect(
      await page.locator('tr[data-slot="baseline.retail_2022"] .origin').textContent(),
    ).toContain('测试用假设值');
    expect(await page.locator('#baseline-weights-status').getAttribute('data-state')).toBe('ok');
    // The view scrolls inside the page: show the part that matters rather than a full page.
    await page.locator('#baseline-weights-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('baseline-imported-1366.png') });

    // A bad file: row 3 has a word where the number goes. Nothing changes.
    const bad = [
      '代码,名称,数值,单位',
      'gdp_2022,地区生产总值,6000,亿元',
      'fai_2022,固定资产投资,abc,亿元',
    ].join('\n');
    await page
      .locator('#baseline-csv-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const error = page.locator('.baseline-import-result--error');
    await error.waitFor();
    const message = (await error.textContent()) ?? '';
    expect(message).toContain('bad.csv');
    expect(message).toContain('第3行');
    expect(message).toContain('“数值”列');
    expect(await levelInput(page, 'baseline.gdp_2022').inputValue()).toBe('5700');
    expect(await levelInput(page, 'baseline.fai_2022').inputValue()).toBe('');
    await error.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('baseline-bad-csv-1366.png') });
    expect(await seriousAxe(page, '.view--baseline')).toEqual([]);

    // English: the same entries, the labels in English.
    await page.locator('[data-action="toggle-language"]').click();
    await page.locator('.baseline-title', { hasText: 'Baseline data for 2022' }).waitFor();
    expect(
      await page.locator('tr[data-slot="baseline.retail_2022"] .origin').textContent(),
    ).toContain('assumption');
    await page.locator('#baseline-levels-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('baseline-1366-en.png') });

    // Saved: a reload shows them again.
    await page.reload();
    const again = await openBaseline(session);
    expect(await levelInput(again, 'baseline.gdp_2022').inputValue()).toBe('5700');
    expect(await again.locator('#baseline-weights-status').getAttribute('data-state')).toBe('ok');
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });

  // A time budget, not an assertion: 13 typed fields, a reload and three engine runs can take
  // more than the default minute on a busy 2-core machine.
  it('entered weights survive a reload and change the county aggregation', async () => {
    session = await openApp('#/baseline', { viewport: { width: 1920, height: 1080 } });
    const page = await openBaseline(session);
    await page.selectOption('#baseline-check-scenario', 'preset:external_downturn');
    expect(await page.locator('.baseline-check__body').getAttribute('data-state')).toBe('unused');

    // Typed by hand; an out-of-range value is refused at its field.
    await weightInput(page, '350602').fill('150');
    await weightInput(page, '350602').press('Tab');
    await page.locator('#bl-weight-350602-error:not([hidden])').waitFor();
    expect(await weightInput(page, '350602').getAttribute('aria-invalid')).toBe('true');
    for (const [k, code] of COUNTY_ADCODES.entries()) {
      await weightInput(page, code).fill(String(WEIGHTS[k]! * 1.1));
      await weightInput(page, code).press('Tab');
      await page.waitForFunction(
        (c) =>
          document.querySelector(`tr[data-county="${c}"] .origin`)?.getAttribute('data-origin') ===
          'user',
        code,
      );
    }
    // 110% in all: not used until normalised (never silently).
    expect(await page.locator('#baseline-weights-status').getAttribute('data-state')).toBe('sum');
    await page.locator('#baseline-normalise').click();
    await page.waitForFunction(
      () => document.querySelector('#baseline-weights-status')?.getAttribute('data-state') === 'ok',
    );
    expect(Number(await weightInput(page, '350602').inputValue())).toBeCloseTo(20, 6);
    // Every field shows its normalised share (none keeps the text typed before).
    const shown = await page
      .locator('#baseline-weights input.baseline-input')
      .evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
    shown.forEach((v, k) => expect(v).toBeCloseTo(WEIGHTS[k]!, 6));

    const city = await checkFigure(page, 'city');
    const first = await checkFigure(page, 'aggregate');
    expect(first[1]).toMatch(/^\d\.\d\d%$/);
    await page.locator('#baseline-check-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('baseline-weights-1920.png') });

    // Move weight from the city centre to 诏安, whose export industries the downturn hits
    // harder: the aggregate falls.
    await weightInput(page, '350602').fill('10');
    await weightInput(page, '350602').press('Tab');
    await weightInput(page, '350624').fill('16');
    await weightInput(page, '350624').press('Tab');
    await page.waitForFunction(
      () => document.querySelector('#baseline-weights-status')?.getAttribute('data-state') === 'ok',
    );
    await page.waitForFunction(
      (before) => {
        const cell = document.querySelectorAll(
          '#baseline-check-table tr[data-row="aggregate"] td',
        )[1];
        return cell !== undefined && Number(cell.getAttribute('data-value')) !== before;
      },
      first[0],
      { timeout: 60_000 },
    );
    const second = await checkFigure(page, 'aggregate');
    expect(second[0]).toBeLessThan(first[0]);
    // The city model itself does not depend on the weights.
    expect(await checkFigure(page, 'city')).toEqual(city);

    await page.reload();
    const again = await openBaseline(session);
    expect(await weightInput(again, '350624').inputValue()).toBe('16');
    expect(await again.locator('#baseline-weights-status').getAttribute('data-state')).toBe('ok');
    await again.selectOption('#baseline-check-scenario', 'preset:external_downturn');
    expect(await checkFigure(again, 'aggregate')).toEqual(second);
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  }, 180_000);

  it('reaches the workbench: its runs aggregate with the weights, its GDP card shows the 2023 level', async () => {
    session = await openApp('#/baseline');
    const page = await openBaseline(session);
    const csv = [
      'id,value,origin',
      'gdp_2022,5000,assumption',
      ...COUNTY_ADCODES.map((c, k) => `${c},${WEIGHTS[k]}`),
    ].join('\n');
    await page.locator('#baseline-csv-file').setInputFiles({
      name: 'weights.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.locator('.baseline-import-result--ok').waitFor();
    await page.locator('[data-view="workbench"]').click();
    await waitFinal(page);
    const result = await page.evaluate(() => window.__zzWorkbench!.result());
    expect(result?.aggregates.map((a) => a.id)).toEqual(['gdp']);
    const median = result!.outputs.find((o) => o.id === 'gdp')!.annual.percentiles.p50;
    const level = Math.round(5000 * (1 + median / 100)).toLocaleString('zh-CN');
    const line = page.locator('.wb-card[data-output="gdp"] .wb-card__level');
    expect(await line.textContent()).toBe(`2023年约${level}亿元（2022年价，基于假设）`);
    // No level entered for retail: no line, nothing made up.
    expect(await page.locator('.wb-card[data-output="retail"] .wb-card__level').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('baseline-workbench-1366.png') });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
