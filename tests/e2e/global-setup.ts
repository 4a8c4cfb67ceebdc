import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { MISSING_BROWSER_MESSAGE, e2eRequired, findChromium } from './find-chromium';

export interface E2eContext {
  available: boolean;
  baseUrl: string;
  wsEndpoint: string;
  /** The build being served: `$E2E_DIST`, or `dist`. */
  dist: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** Flags for Chromium on a closed network: no background traffic, software WebGL. */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Serves the production build with `vite preview` and starts one shared Chromium that every
 * e2e file connects to. Without a browser the suite is skipped loudly, unless CI requires it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Another build directory (`vite build --outDir X`, then E2E_DIST=X) keeps a run's files from
  // being replaced by a concurrent build into dist/.
  const dist = process.env.E2E_DIST ?? 'dist';
  const executablePath = findChromium();
  if (!executablePath) {
    if (e2eRequired())
      throw new Error(`${MISSING_BROWSER_MESSAGE}\nCI=true or REQUIRE_E2E=1 is set.`);
    console.warn(MISSING_BROWSER_MESSAGE);
    project.provide('e2e', { available: false, baseUrl: '', wsEndpoint: '', dist });
    return () => Promise.resolve();
  }
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `${dist}/ is missing: the e2e tests run against the production build (\`vite build\`).`,
    );
  }
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 4318, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a local URL');
  const browserServer = await chromium.launchServer({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  project.provide('e2e', {
    available: true,
    baseUrl,
    wsEndpoint: browserServer.wsEndpoint(),
    dist,
  });
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
