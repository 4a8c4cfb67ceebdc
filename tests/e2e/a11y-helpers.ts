/**
 * Accessibility checks in the real page: axe-core (the npm package's own file, evaluated through
 * DevTools, so the page's CSP is not involved) and a walk through the tab order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious or critical axe findings in the whole page (or `selector`), as "rule: targets". */
export async function seriousAxe(page: Page, selector = 'html'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(document.querySelector(sel) ?? document, {
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

export interface TabStop {
  /** tag.class#id, for messages. */
  what: string;
  name: string;
  visible: boolean;
  outlined: boolean;
  /** A native control, or an element with a role. */
  semantic: boolean;
  /** Inside the walk's scope (else in the header or the notices). */
  inScope: boolean;
}

export interface TabWalk {
  stops: TabStop[];
  /** Controls in scope that Tab never reached (visible, enabled, not tabindex=-1). */
  unreached: string[];
}

/**
 * Presses Tab from the top of the page until focus comes back round (or `max` presses),
 * recording each element focused inside `scope` or the header: its accessible name (an
 * approximation of the accessible-name computation), whether it is visible on screen and shows
 * a focus indicator (an outline, or a ring drawn as a box shadow), and whether it is a real
 * control. Then lists the controls in scope that Tab never reached.
 */
export async function walkTabOrder(page: Page, scope: string, max = 600): Promise<TabWalk> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-tab-reached]'))
      el.removeAttribute('data-tab-reached');
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: TabStop[] = [];
  let first: string | null = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { id: '', stop: null };
      const key = el.dataset.tabKey ?? (el.dataset.tabKey = String(Math.random()).slice(2, 12));
      if (!el.closest(`${sel}, .topbar, .notices`)) return { id: key, stop: null };
      el.setAttribute('data-tab-reached', '');
      const text = (n: Element | null | undefined): string =>
        (n as HTMLElement | null | undefined)?.innerText?.trim() ?? n?.textContent?.trim() ?? '';
      const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => text(document.getElementById(id)))
        .join(' ');
      const input = el as HTMLInputElement;
      const name =
        labelledBy ||
        el.getAttribute('aria-label') ||
        (el.id ? text(document.querySelector(`label[for="${CSS.escape(el.id)}"]`)) : '') ||
        text(el.closest('label')) ||
        (['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) || el.getAttribute('role')
          ? text(el)
          : '') ||
        el.getAttribute('title') ||
        (input.type === 'button' || input.type === 'submit' ? input.value : '') ||
        '';
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const onScreen =
        rect.width >= 2 &&
        rect.height >= 2 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < innerHeight &&
        rect.left < innerWidth;
      const cls = (el.getAttribute('class') ?? '').split(' ')[0];
      return {
        id: key,
        stop: {
          what: `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${el.id ? `#${el.id}` : ''}`,
          name: name.trim(),
          visible:
            onScreen && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          outlined:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none',
          semantic:
            ['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY'].includes(el.tagName) ||
            el.hasAttribute('role'),
          inScope: el.closest(sel) !== null,
        },
      };
    }, scope);
    if (stop.id !== '' && stop.id === first) break;
    first ??= stop.id || null;
    if (stop.stop) stops.push(stop.stop);
  }
  const unreached = await page.evaluate((sel) => {
    const candidates = document.querySelectorAll<HTMLElement>(
      `${sel} :is(a[href], button, input, select, textarea, summary, [tabindex])`,
    );
    return [...candidates]
      .filter(
        (el) =>
          !el.hasAttribute('data-tab-reached') &&
          !(el as HTMLButtonElement).disabled &&
          el.tabIndex >= 0 &&
          !el.closest('[inert], [hidden], details:not([open]) > :not(summary)') &&
          // In a radio group only one radio is a tab stop; arrows move between them.
          !(
            el instanceof HTMLInputElement &&
            el.type === 'radio' &&
            el.name !== '' &&
            document.querySelector(
              `input[type="radio"][name="${CSS.escape(el.name)}"][data-tab-reached]`,
            ) !== null
          ) &&
          el.checkVisibility({ visibilityProperty: true }) &&
          el.getBoundingClientRect().width > 1,
      )
      .map((el) => {
        const cls = (el.getAttribute('class') ?? '').split(' ')[0];
        const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
        return `${el.tagName.toLowerCase()}${type}${cls ? `.${cls}` : ''}${el.id ? `#${el.id}` : ''}`;
      });
  }, scope);
  return { stops, unreached };
}

/** The problems of a walk, one line each (an empty list is a pass). */
export function tabProblems(walk: TabWalk): string[] {
  const out: string[] = [];
  for (const s of walk.stops) {
    if (!s.name) out.push(`${s.what}: no accessible name`);
    if (!s.visible) out.push(`${s.what}: focused but not visible`);
    if (!s.outlined) out.push(`${s.what}: no visible focus indicator`);
    if (!s.semantic) out.push(`${s.what}: focusable but neither a control nor given a role`);
  }
  for (const u of walk.unreached) out.push(`${u}: never reached with Tab`);
  return [...new Set(out)];
}
