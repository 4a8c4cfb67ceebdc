/**
 * Helpers for the tests that compare the page's simulation with Node's: the CLI's result for a
 * scenario, and CSP violations recorded from the page's first script on.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import type { SimulationResult } from '../../src/model/result-types';
import type {} from '../../src/ui/workbench/shared-engine';
import type {} from '../../src/ui/workbench/handle';

const run = promisify(execFile);

/** `npm run -s simulate -- --paths N --seed S --json`: the default scenario, run in Node. */
export async function nodeResult(paths: number, seed: number): Promise<SimulationResult> {
  const { stdout } = await run(
    'npx',
    ['tsx', 'scripts/simulate.ts', '--paths', String(paths), '--seed', String(seed), '--json'],
    { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  return JSON.parse(stdout) as SimulationResult;
}

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Records every CSP violation from the very start of every page in the context. */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: { directive: string; blocked: string; source: string }[] = [];
    (window as unknown as { __violations: typeof list }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
    );
  });
}

export function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(
    () => (window as unknown as { __violations?: Violation[] }).__violations ?? [],
  );
}

/** The workbench's result on screen, once final. */
export function pageResult(page: Page): Promise<SimulationResult> {
  return page.evaluate(() => {
    const r = window.__zzWorkbench?.result();
    if (!r?.final) throw new Error('no final result on screen');
    return JSON.parse(JSON.stringify(r)) as SimulationResult;
  });
}

/** How the page's engine runs. */
export function engineState(
  page: Page,
): Promise<{ mode: string; workersCreated: number; restarts: number }> {
  return page.evaluate(() => {
    const e = window.__zzEngine;
    if (!e) throw new Error('the simulation engine has not been created');
    return { mode: e.mode(), workersCreated: e.workersCreated(), restarts: e.restarts() };
  });
}
