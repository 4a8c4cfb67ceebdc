import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxe } from './a11y-helpers';
import { e2e, type AppSession } from './harness';
import { afterRun, openWorkbench } from './workbench-helpers';

describe.skipIf(!e2e.available)('workbench accessibility (production build, real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('axe finds no serious violation, with data tables and the county detail open', async () => {
    session = await openWorkbench('#/workbench?c=350623');
    const { page } = session;
    await page.locator('#wb-tornado-chart svg').waitFor();
    await page.locator('.wb-chart--fan [data-action="table"]').first().click();
    await page.locator('.wb-chart--tornado [data-action="table"]').click();
    await page.locator('.wb-county__industry-box summary').click();
    expect(await seriousAxe(page, '.view--workbench')).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('every control is reachable with Tab and shows focus; a card is chosen with the keyboard', async () => {
    session = await openWorkbench();
    const { page } = session;
    // Walk the tab order through the whole view and record what receives focus.
    const reached = new Set<string>();
    let unlabelled: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('.view--workbench')) return null;
        const name =
          el.getAttribute('aria-label') ??
          (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el.textContent;
        const style = getComputedStyle(el);
        return {
          key: el.dataset.output ?? el.dataset.driver ?? el.className ?? el.tagName,
          kind: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`,
          named: (name ?? '').trim().length > 0,
          // An outline, or a ring drawn as a shadow (maplibre's own buttons).
          outlined:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none',
        };
      });
      if (!info) continue;
      reached.add(info.kind);
      if (!info.named) unlabelled = [...unlabelled, info.kind];
      expect(info.outlined, `${info.kind} shows focus`).toBe(true);
    }
    for (const kind of [
      'button.wb-preset',
      'input.wb-driver__range',
      'input.wb-driver__value',
      'input.wb-driver__sd',
      'button.wb-card',
      'input.wb-toolbar__name',
      'button.wb-map__county',
      'input.wb-req__input',
    ])
      expect([...reached], kind).toContain(kind);
    expect(unlabelled).toEqual([]);

    // Enter on a focused card selects it.
    await page.locator('.wb-card[data-output="exports"]').focus();
    await afterRun(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('.wb-card[data-output="exports"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(session.consoleErrors).toEqual([]);
  });
});
