/**
 * The Content-Security-Policy, in TypeScript. public/csp.js writes it into the page at boot (a
 * classic script cannot import this module); tests/pwa/csp-boot.test.ts runs that script and
 * checks it writes exactly what `buildCsp` says. See README.md in this folder for the design.
 */
import { checkBasemapUrl, type OnlineBasemapSetting } from '../map/online-basemap';

/** Where the boot script reads the basemap setting (written by basemap-setting.ts). */
export const BASEMAP_STORAGE_KEY = 'zz.basemap';

/**
 * The strict policy: only our own origin. Deviations from "self only", with reasons:
 * - img-src data: blob: — maplibre's controls use data: SVG icons in its CSS, and it decodes
 *   images through blob: URLs. Neither can load anything from another host.
 * - worker-src blob: — a worker loaded from a URL does not inherit a <meta> policy (it would
 *   run with none); one started from a blob: URL does. worker-url.ts starts our workers from a
 *   one-line blob that imports the real script from 'self', so they obey this policy too.
 * - No 'unsafe-inline', no 'unsafe-eval': Vite's production build has no inline script or style
 *   elements; maplibre's CSP build loads its worker from our origin; the service worker
 *   registration is imported, not inlined; style attributes are only set through the CSSOM
 *   (`el.style.x = …`), which CSP allows.
 * - frame-ancestors cannot be set from a <meta> policy; a server may send it as a header.
 */
export const STRICT_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['connect-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['style-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
];

/** Directives that admit the basemap's one server: tiles and styles are fetched or decoded. */
const BASEMAP_DIRECTIVES = new Set(['connect-src', 'img-src']);

/** The policy, admitting `extraOrigin` (e.g. 'https://tiles.example.cn') for the basemap. */
export function buildCsp(extraOrigin: string | null = null): string {
  return STRICT_DIRECTIVES.map(([name, sources]) => {
    const all = extraOrigin && BASEMAP_DIRECTIVES.has(name) ? [...sources, extraOrigin] : sources;
    return `${name} ${all.join(' ')}`;
  }).join('; ');
}

/** The one origin the basemap setting admits, or null (off, or not a valid URL). */
export function admittedOrigin(setting: OnlineBasemapSetting): string | null {
  if (!setting.enabled) return null;
  const checked = checkBasemapUrl(setting.url, setting.kind);
  return checked.ok ? checked.origin : null;
}

/** The policies in force on the page (normally exactly one, written by csp.js). */
export function cspMetas(doc: Document = document): string[] {
  return [
    ...doc.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]'),
  ].map((m) => m.content);
}

/**
 * Narrows the page's policy to the strict one at once, e.g. when the basemap is switched off.
 * A second policy intersects with the first, so this can only take permissions away.
 * (Admitting a host needs a reload: csp.js writes the new policy before anything loads.)
 */
export function tightenCsp(doc: Document = document): void {
  const strict = buildCsp(null);
  if (cspMetas(doc).includes(strict)) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = strict;
  doc.head.append(meta);
}

/**
 * Logs every blocked request once, so a blocked tile server or a stray request shows in the
 * console with what was blocked and which directive blocked it.
 */
export function logCspViolations(target: Pick<Document, 'addEventListener'> = document): void {
  const seen = new Set<string>();
  target.addEventListener('securitypolicyviolation', (e) => {
    const key = `${e.effectiveDirective} ${e.blockedURI}`;
    if (seen.has(key)) return;
    seen.add(key);
    console.warn(`CSP blocked ${e.blockedURI || '(inline)'} (${e.effectiveDirective})`);
  });
}
