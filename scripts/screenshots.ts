/**
 * Screenshots of the main views from the production build, in headless Chromium, to look at the
 * app as a user does (`npm run screenshots`, after `vite build`). They go to
 * tests/output/screens/ (git-ignored); `--readme` also writes the atlas to docs/screenshot.png,
 * the picture in the README.
 *
 *   npm run screenshots              # Chinese, 1600×900
 *   LANG_UI=en npm run screenshots   # English
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../tests/e2e/global-setup';
import { findChromium } from '../tests/e2e/find-chromium';

const OUT = join('tests', 'output', 'screens');
const english = process.env.LANG_UI === 'en';

/** The views, each with what to wait for before the picture is taken. */
const VIEWS: { name: string; hash: string; ready: string }[] = [
  { name: 'atlas', hash: '#/atlas?unit=350623', ready: '#county-panel:not([hidden])' },
  { name: 'targets', hash: '#/targets', ready: 'table' },
  { name: 'workbench', hash: '#/workbench', ready: '.wb-run__count[data-final="true"]' },
  { name: 'compare', hash: '#/compare', ready: 'main' },
  { name: 'baseline', hash: '#/baseline', ready: '#baseline-levels' },
  { name: 'present', hash: '#/present', ready: '.present-stage__title' },
];

async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
  // The map draws after its data; give it and the charts' transitions time to finish.
  await page.waitForTimeout(2500);
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4320, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a local URL');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
  try {
    const context = await browser.newContext({
      viewport: { width: 1600, height: 900 },
      locale: english ? 'en-GB' : 'zh-CN',
      serviceWorkers: 'block',
    });
    // Nothing may leave the machine, here as everywhere.
    await context.route(
      (url) => !url.href.startsWith(baseUrl),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    await page.goto(baseUrl);
    if (english) {
      await page.evaluate(() => localStorage.setItem('zz.lang', 'en'));
      await page.reload();
    }
    for (const view of VIEWS) {
      await page.evaluate((h) => (location.hash = h), view.hash);
      await settle(page, view.ready);
      const file = join(OUT, `${view.name}${english ? '-en' : ''}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    if (process.argv.includes('--readme')) {
      copyFileSync(join(OUT, `atlas${english ? '-en' : ''}.png`), join('docs', 'screenshot.png'));
      console.log('docs/screenshot.png');
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
