/*
 * Content-Security-Policy boot script. The production build loads it first in <head> as a
 * classic, synchronous script from our own origin (no inline code), so the policy is in force
 * before any other resource is requested. It is the only place the policy is written: a second
 * policy could only narrow it (several policies intersect), never admit the basemap host.
 *
 * With the optional online basemap switched on (settings, stored under localStorage key
 * `zz.basemap` by src/pwa/basemap-setting.ts), exactly one extra origin — the tile or style
 * server's — is admitted for connections and images. Anything malformed means no extra origin.
 * src/pwa/csp-policy.ts builds the same policy in TypeScript; tests/pwa/csp-boot.test.ts runs
 * this file and checks that both agree.
 */
(function () {
  'use strict';
  var extra = '';
  try {
    var raw = window.localStorage.getItem('zz.basemap');
    var setting = raw ? JSON.parse(raw) : null;
    if (setting && setting.enabled === true && typeof setting.url === 'string') {
      // The authority must be literal: no {placeholders} in the host, no user:password@.
      if (/^https?:\/\/[^/?#{}@\\\s]+(?:[/?#]|$)/i.test(setting.url)) {
        var origin = new URL(setting.url.replace(/\{[^{}]*\}/g, '0')).origin;
        if (
          /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/.test(
            origin,
          )
        ) {
          extra = ' ' + origin;
        }
      }
    }
  } catch {
    // No storage (private mode), bad JSON or a bad URL: the strict policy.
    extra = '';
  }
  var policy = [
    "default-src 'self'",
    "script-src 'self'",
    // blob: only so that workers inherit this policy (src/pwa/worker-url.ts).
    "worker-src 'self' blob:",
    "connect-src 'self'" + extra,
    "img-src 'self' data: blob:" + extra,
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.appendChild(meta);
})();
