/**
 * Starts workers under the page's Content-Security-Policy.
 *
 * A dedicated worker loaded from a URL gets its policy from that script's HTTP response headers,
 * not from the page: our policy is a <meta> element, so such a worker would have none and could
 * fetch from any host (checked in Chromium: tests/e2e/csp.e2e.ts). A worker started from a
 * `blob:` URL inherits the page's policy instead. So the worker is started from a one-line
 * blob that loads the real script from our own origin: the code stays a file from 'self'
 * (precached, same offline), and every request the worker makes obeys the page's policy,
 * including the one basemap host when that is admitted. The policy's `worker-src` lists
 * `blob:` for this.
 */

/** The same worker script, wrapped so that it runs under the page's policy. */
export function workerUrlUnderPageCsp(
  scriptUrl: string,
  type: 'classic' | 'module' = 'classic',
): string {
  const absolute = new URL(scriptUrl, document.baseURI);
  if (absolute.origin !== location.origin) {
    throw new Error(`worker script ${absolute.href} is not on this origin`);
  }
  if (typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return scriptUrl;
  // JSON.stringify quotes the URL safely; the URL is our own origin's (checked above).
  const href = JSON.stringify(absolute.href);
  const code = type === 'module' ? `import ${href};\n` : `importScripts(${href});\n`;
  // Not revoked: maplibre starts several workers from the one URL, some of them later.
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}
