import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../../src/present/default-deck';
import { sameScenario } from '../../src/state/scenario-store';
import { decodeScenario } from '../../src/state/url-scenario';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';
import { bytesOf, mapSettled, waitForScene } from './present-helpers';

const deck = defaultDeck();
const downturn = deck.scenes.findIndex((s) => s.id === 'downturn');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Pages of a PDF and the size of the first, in points (A4 is 595.28 × 841.89). */
function pdfFacts(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

describe.skipIf(!e2e.available)('briefing handout (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('prints an A4 briefing with the map, dashboard, fan charts, assumptions and a QR code to the exact scenario', async () => {
    session = await openApp(`#/present?scene=${downturn + 1}`, {
      viewport: { width: 1600, height: 900 },
    });
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForMapIdle(page);
    await waitForScene(page, downturn);
    await mapSettled(page);
    await page.click('[data-action="handout"]');
    const root = page.locator('.handout-root[data-ready="true"]');
    await root.waitFor({ state: 'visible', timeout: 30_000 });
    for (const id of ['cover', 'map', 'dashboard', 'fans', 'assumptions'])
      expect(await root.locator(`[data-section="${id}"]`).count(), id).toBe(1);

    // The map is a real picture of the map (many colours), not a blank canvas.
    const map = await page.locator('img.handout-map').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, 64, 64);
      const data = ctx.getImageData(0, 0, 64, 64).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { src: img.src.slice(0, 22), width: img.naturalWidth, colours: colours.size };
    });
    expect(map.src).toBe('data:image/png;base64,');
    expect(map.width).toBeGreaterThan(300);
    expect(map.colours).toBeGreaterThan(20);

    // Ten probability bars, four or five fan charts, the drivers that differ marked.
    expect(await root.locator('.handout-prob svg').count()).toBe(10);
    expect(await root.locator('.handout-fan svg').count()).toBeGreaterThanOrEqual(4);
    const changed = root.locator('.handout-table tr.is-changed');
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toContain('3.0%');

    // The link and the QR code open the same scenario, seed and all.
    expect(await root.locator('.handout-qr svg path').count()).toBe(1);
    const href = (await root.locator('a.handout-link').getAttribute('href')) ?? '';
    expect(href).toMatch(/#\/workbench\?s=z1\./);
    expect(new URL(href).origin).toBe(new URL(page.url()).origin);
    const decoded = await decodeScenario(new URL(href).hash.split('s=')[1] ?? '');
    expect(decoded.ok).toBe(true);
    if (decoded.ok)
      expect(sameScenario(decoded.scenario, deck.scenes[downturn]!.scenario!)).toBe(true);
    await page.screenshot({ path: screenshotPath('handout-screen.png') });

    // Print media: only the handout, no toolbar, a page per section, headings kept with text.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.handout__toolbar').isVisible()).toBe(false);
    expect(await root.locator('[data-section="dashboard"]').isVisible()).toBe(true);
    const css = await page.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        app: style('#app').display,
        dashboard: style('[data-section="dashboard"]').breakBefore,
        map: style('[data-section="map"]').breakBefore,
        heading: style('[data-section="fans"] h2').breakAfter,
        font: style('.handout__pages').fontFamily,
      };
    });
    expect(css).toMatchObject({ app: 'none', dashboard: 'page', map: 'auto', heading: 'avoid' });
    expect(css.font).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(screenshotPath('handout.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const facts = pdfFacts(pdf);
    expect(facts.pages).toBeGreaterThanOrEqual(4);
    expect(facts.pages).toBeLessThanOrEqual(8);
    expect(facts.width).toBeCloseTo(595.28, 0);
    expect(facts.height).toBeCloseTo(841.89, 0);
    await page.emulateMedia({ media: 'screen' });

    // The PNG pack: one download per section image.
    await page.click('.handout-root [data-action="png"]');
    await root.locator('a[data-png="dashboard"]').waitFor({ state: 'visible' });
    const names = await root
      .locator('a[data-png]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-png')));
    expect(names).toEqual(
      expect.arrayContaining(['link', 'map', 'dashboard', 'fan-gdp', 'assumptions']),
    );
    for (const name of ['map', 'dashboard', 'assumptions']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        root.locator(`a[data-png="${name}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^briefing-\\d\\d-${name}\\.png$`));
      const bytes = await bytesOf(download);
      expect(bytes.subarray(0, 8).equals(PNG), name).toBe(true);
    }
    await page.keyboard.press('Escape');
    await root.waitFor({ state: 'detached' });
    expect(session.consoleErrors).toEqual([]);
    expect(session.offHost).toEqual([]);

    // Scanning the code in a fresh browser opens the workbench on that very scenario.
    const scanned = await openApp(href);
    try {
      const value = scanned.page.locator(
        '.wb-driver[data-driver="external_demand"] .wb-driver__value',
      );
      await value.waitFor({ state: 'visible', timeout: 30_000 });
      expect(Number(await value.inputValue())).toBe(3);
      expect(scanned.consoleErrors).toEqual([]);
    } finally {
      await scanned.close();
    }
  });
});
