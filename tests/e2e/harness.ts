import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type {} from '../../src/app-handle';

export const e2e = inject('e2e');
export const OUTPUT_DIR = join(process.cwd(), 'tests', 'output');

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to any host other than the preview server (these are also blocked). */
  offHost: string[];
  consoleErrors: string[];
  close: () => Promise<void>;
}

let shared: Browser | null = null;

async function browser(): Promise<Browser> {
  if (!shared || !shared.isConnected()) shared = await chromium.connect(e2e.wsEndpoint);
  return shared;
}

/** True for URLs that stay on this machine's preview server (or never leave the page). */
export function isLocal(url: string, baseUrl: string = e2e.baseUrl): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return new URL(url).origin === new URL(baseUrl).origin;
  } catch {
    return false;
  }
}

/**
 * Opens the app in a fresh browser context, logging every request and console error.
 * Requests that would leave the preview server are recorded and aborted.
 */
export async function openApp(
  path = '',
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    setup?: (context: BrowserContext) => Promise<unknown>;
    /**
     * Service workers are blocked by default, so that every test sees the network as it is.
     * The offline tests allow them.
     */
    serviceWorkers?: 'allow' | 'block';
    /** Another server of the app (e.g. a copy of the build for an update test). */
    baseUrl?: string;
  } = {},
): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? e2e.baseUrl;
  const b = await browser();
  const context = await b.newContext({
    viewport: options.viewport ?? { width: 1366, height: 800 },
    locale: options.locale ?? 'zh-CN',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const requests: string[] = [];
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  await context.route(
    (url) => !isLocal(url.toString(), baseUrl),
    async (route) => {
      offHost.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => requests.push(request.url()));
  if (options.setup) await options.setup(context);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  await page.goto(new URL(path, baseUrl).toString());
  return {
    browser: b,
    context,
    page,
    requests,
    offHost,
    consoleErrors,
    close: () => context.close(),
  };
}

/** Waits until the app has built its map and the map is idle. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__zz !== undefined, undefined, { timeout: 30_000 });
  await page.evaluate(() => window.__zz?.mapView.whenIdle());
}

/**
 * Waits until a service worker controls the page (the app's worker claims the page on its first
 * install, so this needs no reload). Only with `serviceWorkers: 'allow'`.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 30_000 },
  );
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, name);
}
