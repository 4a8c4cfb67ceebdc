import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { preview } from 'vite';
import { defaultScenario } from '../../src/model/scenario';
import { afterEach, describe, expect, it } from 'vitest';
import {
  e2e,
  openApp,
  screenshotPath,
  waitForMapIdle,
  waitForServiceWorkerControl,
  type AppSession,
} from './harness';
import { waitFinal } from './workbench-helpers';
import { engineState, nodeResult, pageResult } from './worker-helpers';

/** Every URL in the page's Cache Storage (Workbox's precache). */
async function cachedUrls(session: AppSession): Promise<string[]> {
  return session.page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
    }
    return urls;
  });
}

async function renderedUnits(session: AppSession): Promise<number> {
  return session.page.evaluate(() => {
    const map = window.__zz!.mapView.map;
    const names = map
      .queryRenderedFeatures({ layers: ['county-fill'] })
      .map((f) => String(f.properties.name_zh));
    return new Set(names).size;
  });
}

describe.skipIf(!e2e.available)('offline after the first visit (service worker)', () => {
  let session: AppSession | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    await cleanup?.();
    cleanup = null;
  });

  it('precaches the app, its workers and geodata; with the network cut, a reload starts the app', async () => {
    session = await openApp('', { serviceWorkers: 'allow' });
    const { page, context } = session;
    await waitForMapIdle(page);
    await waitForServiceWorkerControl(page);

    const cached = await cachedUrls(session);
    for (const expected of [
      /\/index\.html$/,
      /\/csp\.js$/,
      /\/manifest\.webmanifest$/,
      /\/assets\/index-[\w-]+\.js$/,
      /\/assets\/index-[\w-]+\.css$/,
      /\/assets\/maplibre-gl-csp-worker-[\w-]+\.js$/,
      /\/assets\/counties-[\w-]+\.geojson$/,
      /\/assets\/context-[\w-]+\.geojson$/,
      /\/icons\/icon-512\.png$/,
    ]) {
      expect(
        cached.some((u) => expected.test(u)),
        `${String(expected)} in ${cached.join(', ')}`,
      ).toBe(true);
    }
    // Not only those: every file of the build the app may load, so that chunks added later
    // (the simulation workers, plan data) are covered too. The service worker's own files are
    // kept by the browser with its registration.
    const built = readdirSync(e2e.dist, { recursive: true, encoding: 'utf8' })
      .map((f) => `/${f.split(sep).join('/')}`)
      .filter((f) => /\.(html|js|css|svg|png|geojson|json|webmanifest)$/.test(f))
      .filter((f) => !/^\/(sw\.js|workbox-[\w-]+\.js)$/.test(f));
    const missing = built.filter((f) => !cached.some((u) => u.endsWith(f)));
    expect(missing).toEqual([]);
    await page.locator('[data-notice-id="pwa-offline-ready"]').waitFor({ state: 'visible' });

    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    expect(await renderedUnits(session)).toBe(11);
    expect(await page.title()).toContain('漳州');
    await page.screenshot({ path: screenshotPath('offline-reload.png') });
    expect(session.offHost).toEqual([]);
    expect(session.consoleErrors).toEqual([]);

    // The network really was gone: anything not precached fails.
    const probe = await page.evaluate(() =>
      fetch(`./not-precached-${Date.now()}.json`).then(
        (r) => `HTTP ${r.status}`,
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');
  });

  it('with the network cut after one visit, a reload starts the app and runs a simulation in its workers', async () => {
    const scenario = defaultScenario();
    const node = nodeResult(scenario.paths, scenario.seed);
    session = await openApp('', { serviceWorkers: 'allow' });
    const { page, context } = session;
    await waitForMapIdle(page);
    await waitForServiceWorkerControl(page);
    await page.locator('[data-notice-id="pwa-offline-ready"]').waitFor({ state: 'visible' });

    // Every response after this point, and where it came from.
    const offline: { url: string; fromServiceWorker: boolean; status: number }[] = [];
    context.on('response', (r) =>
      offline.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker(), status: r.status() }),
    );
    await context.setOffline(true);
    await page.evaluate(() => {
      location.hash = '#/workbench';
    });
    await page.reload();
    await waitFinal(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // The run used Web Workers, whose script came from the precache, not the inline fallback.
    const engine = await engineState(page);
    expect(engine.mode).toBe('workers');
    expect(engine.workersCreated).toBeGreaterThan(0);
    const result = await pageResult(page);
    expect(result.warnings.filter((w) => w.startsWith('ran inline'))).toEqual([]);
    const workerScript = offline.filter((r) => /simulation\.worker-[\w-]+\.js$/.test(r.url));
    expect(workerScript.length).toBeGreaterThan(0);
    expect(workerScript.every((r) => r.fromServiceWorker && r.status === 200)).toBe(true);
    // Everything the reload loaded came from the service worker.
    expect(offline.filter((r) => /^https?:/.test(r.url) && !r.fromServiceWorker)).toEqual([]);

    // The numbers are the ones Node computes for the same scenario and seed.
    expect(result.outputs).toEqual((await node).outputs);
    expect(await page.locator('.wb-card').count()).toBeGreaterThan(5);
    expect(session.offHost).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('a new version waits for the user: "update available", then it switches only when asked', async () => {
    // A copy of the build on its own server, so that a "new release" can be deployed to it.
    const root = mkdtempSync(join(tmpdir(), 'zz-release-'));
    cpSync(e2e.dist, root, { recursive: true });
    const server = await preview({
      logLevel: 'warn',
      build: { outDir: root },
      preview: { host: '127.0.0.1', port: 4360, strictPort: false },
    });
    cleanup = async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    };
    const baseUrl = server.resolvedUrls?.local[0];
    if (!baseUrl) throw new Error('no preview URL');

    session = await openApp('', { serviceWorkers: 'allow', baseUrl });
    const { page } = session;
    await waitForMapIdle(page);
    await waitForServiceWorkerControl(page);
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    });

    // Deploy the next release: its service worker differs (here, by a comment).
    appendFileSync(join(root, 'sw.js'), '\n// next release\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const notice = page.locator('[data-notice-id="pwa-update"]');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.textContent()).toContain('有新版本');
    // Nothing has changed behind the user's back: same page, new worker still waiting.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          samePage: (window as unknown as { beforeUpdate?: boolean }).beforeUpdate === true,
          waiting: registration?.waiting !== null,
        };
      }),
    ).toEqual({ samePage: true, waiting: true });
    await page.screenshot({ path: screenshotPath('update-available.png') });

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: '立即更新' }).click();
    await reloaded;
    await waitForMapIdle(page);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          samePage: (window as unknown as { beforeUpdate?: boolean }).beforeUpdate === true,
          waiting: registration?.waiting ?? null,
          controlled: navigator.serviceWorker.controller !== null,
        };
      }),
    ).toEqual({ samePage: false, waiting: null, controlled: true });
    expect(session.consoleErrors).toEqual([]);
  });
});
