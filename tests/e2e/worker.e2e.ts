/**
 * The simulation in the page: Web Workers (not the inline fallback) under the page's CSP, with
 * numbers identical to Node's for the same scenario and seed; and a worker killed mid-run is
 * restarted, the run retried, the same numbers delivered, and the user told.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/scenario';
import { encodeScenario } from '../../src/state/url-scenario';
import { e2e, openApp, type AppSession } from './harness';
import { waitFinal } from './workbench-helpers';
import {
  engineState,
  nodeResult,
  pageResult,
  recordViolations,
  violations,
} from './worker-helpers';

async function link(paths: number, seed: number): Promise<string> {
  return `#/workbench?s=${await encodeScenario({ ...defaultScenario(), paths, seed })}`;
}

describe.skipIf(!e2e.available)('simulation workers in the page (real Chromium)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('run in Web Workers under the CSP, with numbers identical to Node for the same seed', async () => {
    const paths = 20_000;
    const seed = 31_337;
    const node = nodeResult(paths, seed);
    session = await openApp(await link(paths, seed), { setup: recordViolations });
    const { page } = session;
    await waitFinal(page);
    const result = await pageResult(page);
    const engine = await engineState(page);
    expect(engine.mode).toBe('workers');
    expect(engine.workersCreated).toBeGreaterThan(0);
    expect(engine.restarts).toBe(0);
    expect(result.warnings.filter((w) => w.startsWith('ran inline'))).toEqual([]);
    // The workers are real Web Workers started from blob: wrappers, so they obey the page's
    // policy; and nothing they or the page did violated it.
    const workerUrls = page.workers().map((w) => w.url());
    expect(workerUrls.length).toBeGreaterThan(0);
    expect(workerUrls.every((u) => u.startsWith('blob:'))).toBe(true);
    expect(await violations(page)).toEqual([]);

    const expected = await node;
    expect(result.seed).toBe(seed);
    expect(result.paths).toBe(paths);
    expect(expected.seed).toBe(seed);
    expect(expected.paths).toBe(paths);
    // Bit for bit: every percentile, mean and probability of every output.
    expect(result.outputs).toEqual(expected.outputs);
    expect(result.modelVersion).toBe(expected.modelVersion);
    expect(session.offHost).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('a worker killed mid-run is restarted, the run retried to the same numbers, with a notice', async () => {
    const paths = 300_000;
    const seed = 424_242;
    const node = nodeResult(paths, seed);
    session = await openApp(await link(paths, seed), { setup: recordViolations });
    const { page } = session;
    // Kill a worker while it is busy with this run: through the engine's debug hook, which
    // terminates the real Web Worker and fires its error event, as a crash does.
    await page.waitForFunction(
      () =>
        window.__zzWorkbench?.status() === 'running' &&
        window.__zzEngine?.killBusyWorker() === true,
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    const notice = page.locator('[data-notice-id="sim-worker-restarted"]');
    await notice.waitFor({ state: 'visible', timeout: 60_000 });
    // It needs no action, so it goes by itself after a few seconds; pointed at, it stays.
    await notice.hover();
    expect(await notice.textContent()).toContain('计算线程意外停止，已自动重启');
    // Announced politely: information, the numbers are unaffected.
    expect(
      await page
        .locator('.notices [aria-live="polite"] [data-notice-id="sim-worker-restarted"]')
        .count(),
    ).toBe(1);
    // The notice follows the language switch (by keyboard, so the pointer stays on it).
    await page.locator('[data-action="toggle-language"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-notice-id="sim-worker-restarted"]')
        ?.textContent?.includes('A calculation thread stopped unexpectedly'),
    );
    // Left alone, it closes by itself.
    await page.mouse.move(0, 0);
    await notice.waitFor({ state: 'detached', timeout: 20_000 });

    await waitFinal(page);
    const result = await pageResult(page);
    const engine = await engineState(page);
    expect(engine.restarts).toBe(1);
    expect(engine.mode).toBe('workers');
    expect(result.paths).toBe(paths);
    expect(result.warnings).toEqual([]);
    expect(result.outputs).toEqual((await node).outputs);

    expect(await violations(page)).toEqual([]);
    expect(session.offHost).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
