/**
 * UI benchmark of the workbench (`npm run bench:ui`, after `vite build`): the time from a
 * slider's input event to the updated chart, at 10 thousand paths, in headless Chromium.
 *
 * It serves the production build (`vite preview`), opens `#/workbench`, focuses the external-
 * demand slider and presses ←/→ (real, trusted input events) `ROUNDS` times, waiting after
 * each press for the final result to be on screen. The app marks each input event and measures
 * to the moment the final result is in the DOM (`wb:input-to-chart`), to the next animation
 * frame (`wb:input-to-frame`) and to the coarse first result (`wb:input-to-coarse`); see
 * src/ui/workbench/timing.ts. This script reads those User Timing entries and prints the median,
 * p90 and max. Figures are reported, never asserted.
 *
 *   npm run bench:ui                 # 40 inputs after 5 warm-up inputs
 *   ROUNDS=100 npm run bench:ui
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../tests/e2e/global-setup';
import { findChromium } from '../tests/e2e/find-chromium';

const ROUNDS = Math.max(1, Math.floor(Number(process.env.ROUNDS ?? 40)) || 40);
const WARMUP = 5;

interface Figures {
  n: number;
  median: number;
  p90: number;
  max: number;
}

function figures(xs: number[]): Figures {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  const m = s.length >> 1;
  const median = s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
  return { n: s.length, median, p90: at(0.9), max: s[s.length - 1] ?? NaN };
}

const fmt = (f: Figures): string =>
  `median ${f.median.toFixed(1)} ms   p90 ${f.p90.toFixed(1)} ms   max ${f.max.toFixed(1)} ms   (n = ${f.n})`;

function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration),
    name,
  );
}

/** Presses a key on the focused slider and waits until its final result is on screen. */
async function step(page: Page, key: 'ArrowLeft' | 'ArrowRight'): Promise<void> {
  const before = (await measures(page, 'wb:input-to-chart')).length;
  await page.keyboard.press(key);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('wb:input-to-chart', 'measure').length > n,
    before,
    { timeout: 30_000 },
  );
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4319, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a local URL');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 800 },
      locale: 'zh-CN',
      serviceWorkers: 'block',
    });
    // Nothing may leave the machine, here as in the e2e tests.
    await context.route(
      (url) => !url.toString().startsWith(baseUrl),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('#/workbench', baseUrl).toString());
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.wb-run__count')?.dataset.final === 'true',
      undefined,
      { timeout: 60_000 },
    );
    const paths = await page.evaluate(() => window.__zzWorkbench?.scenario().paths);
    const slider = page.locator('.wb-driver[data-driver="external_demand"] .wb-driver__range');
    await slider.focus();
    for (let i = 0; i < WARMUP; i++) await step(page, i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.evaluate(() => performance.clearMeasures());
    for (let i = 0; i < ROUNDS; i++) await step(page, i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    // Let the last frame measure land.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const chart = figures(await measures(page, 'wb:input-to-chart'));
    const frame = figures(await measures(page, 'wb:input-to-frame'));
    const coarse = figures(await measures(page, 'wb:input-to-coarse'));
    const render = figures(await measures(page, 'wb:render-final'));
    const engineCoarse = figures(await measures(page, 'wb:engine-coarse'));
    const engineFinal = figures(await measures(page, 'wb:engine-final'));
    const env = await page.evaluate(() => ({
      cores: navigator.hardwareConcurrency,
      agent: navigator.userAgent,
    }));
    const browserVersion = browser.version();
    console.log('Workbench input → chart, headless Chromium (npm run bench:ui)');
    console.log(
      `  machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores, load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}; Chromium ${browserVersion}, hardwareConcurrency ${env.cores}`,
    );
    console.log(`  ${ROUNDS} slider inputs (external demand, ←/→), ${paths ?? '?'} paths each`);
    console.log(`  input → final result in the DOM (wb:input-to-chart):  ${fmt(chart)}`);
    console.log(`  input → next frame after it      (wb:input-to-frame):  ${fmt(frame)}`);
    console.log(`  input → coarse result in the DOM (wb:input-to-coarse): ${fmt(coarse)}`);
    console.log(`  engine, run start → coarse result (wb:engine-coarse): ${fmt(engineCoarse)}`);
    console.log(`  engine, run start → final result  (wb:engine-final):  ${fmt(engineFinal)}`);
    console.log(`  drawing the final result          (wb:render-final):  ${fmt(render)}`);
    console.log(`  goal (issue 5): median ≤ 50 ms input → updated chart at 10,000 paths`);
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
