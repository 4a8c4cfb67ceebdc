/**
 * Helpers shared by the compare and baseline e2e tests: axe-core, evaluated in the page (the
 * npm package's own file, injected through DevTools, so the page's CSP is not involved).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

/** Serious or critical axe findings inside `selector`, as "rule: targets" lines. */
export async function seriousAxeViolations(page: Page, selector: string): Promise<string[]> {
  const source = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
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
