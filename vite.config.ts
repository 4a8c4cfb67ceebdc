import { defineConfig } from 'vite';

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
});
