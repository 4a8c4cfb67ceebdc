import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { e2e, openApp, screenshotPath, waitForMapIdle, type AppSession } from './harness';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The scale bar's and the attribution's boxes on the visible map of the current view. */
function controlBoxes(page: Page): Promise<{ scale: Box; attribution: Box } | null> {
  return page.evaluate(() => {
    const map = [...document.querySelectorAll<HTMLElement>('.maplibregl-map')].find(
      (m) => m.offsetParent !== null,
    );
    const scale = map?.querySelector('.maplibregl-ctrl-scale')?.getBoundingClientRect();
    const attribution = map?.querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect();
    if (!scale || !attribution) return null;
    const box = (r: DOMRect): Box => ({
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
    });
    return { scale: box(scale), attribution: box(attribution) };
  });
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const CASES = [
  { view: 'workbench', ready: '.wb-run__count[data-final="true"]' },
  { view: 'compare', ready: '#compare-status[data-status="done"]' },
] as const;

describe.skipIf(!e2e.available)('map controls on the small maps (production build)', () => {
  let sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions) await s.close();
    sessions = [];
  });

  for (const { view, ready } of CASES) {
    it(`the ${view} map's scale bar is not covered by the wrapped attribution, at 1366×768 in both languages`, async () => {
      const session = await openApp(`#/${view}`, { viewport: { width: 1366, height: 768 } });
      sessions.push(session);
      const { page } = session;
      await page.locator(ready).waitFor({ state: 'attached', timeout: 60_000 });
      await waitForMapIdle(page);
      for (const lang of ['zh', 'en']) {
        if (lang === 'en') await page.click('[data-action="toggle-language"]');
        await page.waitForFunction(
          (l) => document.documentElement.lang.startsWith(l),
          lang === 'en' ? 'en' : 'zh',
        );
        const boxes = await controlBoxes(page);
        expect(boxes).not.toBeNull();
        await page.screenshot({ path: screenshotPath(`map-controls-${view}-${lang}.png`) });
        expect(overlap(boxes!.scale, boxes!.attribution), JSON.stringify(boxes)).toBe(false);
      }
      expect(session.consoleErrors).toEqual([]);
      expect(session.offHost).toEqual([]);
    });
  }
});
