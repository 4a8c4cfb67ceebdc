import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Puts `<script src="./csp.js">` first in <head> of the production page. That classic,
 * synchronous script (public/csp.js) writes the Content-Security-Policy <meta> before anything
 * else loads; see src/pwa/README.md. Build only: the dev server injects inline styles and its
 * HMR client, which a strict policy would block, so `npm run dev` runs without a CSP.
 */
function cspBootScript(): Plugin {
  return {
    name: 'zz-csp-boot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: './csp.js' }, injectTo: 'head-prepend' }],
    },
  };
}

// The app is served from the root of whatever host serves it (intranet or localhost).
// Workers are ES modules so that they can `import` the same pure model code as the page.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  plugins: [
    cspBootScript(),
    // Offline after the first visit: a Workbox service worker precaches everything the app
    // needs. `prompt`: a new version waits until the user accepts it (src/pwa/register-sw.ts),
    // never a silent swap in the middle of a briefing. Registration is imported by our own
    // code (no inline script, which the CSP forbids). Dev mode has no service worker.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifestFilename: 'manifest.webmanifest',
      // public/ files (csp.js, icons, favicon) are matched by the glob below already.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: '漳州2023计划模拟',
        short_name: 'Zhangzhou 2023',
        description: '漳州市2023年计划情景模拟 · Zhangzhou 2023 Plan Simulator (offline)',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d3557',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell, every JS chunk (including the Web Worker chunks and maplibre's CSP
        // worker, which is emitted as a .js asset), CSS, icons and all geodata and plan data.
        // (The plugin adds the web manifest itself.)
        globPatterns: ['**/*.{html,js,css,svg,png,ico,geojson,json}'],
        // Source maps are for developers, not for the briefing room.
        globIgnores: ['**/*.map'],
        // maplibre's bundle is about 1 MB; Workbox's default limit (2 MiB) is close to it.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take control of the page on the very first visit so that it works offline without
        // a second load. Updates still wait for the user (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
  ],
});
