import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBasemapSetting, type OnlineBasemapSetting } from '../../src/map/online-basemap';
import {
  BASEMAP_STORAGE_KEY,
  STRICT_DIRECTIVES,
  admittedOrigin,
  buildCsp,
} from '../../src/pwa/csp-policy';

const SCRIPT = readFileSync('public/csp.js', 'utf8');

/** Runs public/csp.js as the browser would, with a stored value, and returns the policies it wrote. */
function boot(stored: string | null | (() => never)): string[] {
  const metas: { httpEquiv: string; content: string }[] = [];
  const document = {
    createElement: () => ({ httpEquiv: '', content: '' }),
    head: { appendChild: (m: { httpEquiv: string; content: string }) => metas.push(m) },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (typeof stored === 'function') stored();
      return key === BASEMAP_STORAGE_KEY ? stored : null;
    },
  };
  runInNewContext(SCRIPT, { window: { localStorage }, document, URL, JSON });
  expect(metas.every((m) => m.httpEquiv === 'Content-Security-Policy')).toBe(true);
  return metas.map((m) => m.content);
}

const setting = (over: Partial<OnlineBasemapSetting>): string =>
  JSON.stringify({ enabled: true, kind: 'tiles', crs: 'wgs84', attribution: '', url: '', ...over });

describe('public/csp.js, the boot script', () => {
  it('writes exactly one policy, the strict one, when nothing is stored', () => {
    expect(boot(null)).toEqual([buildCsp(null)]);
  });

  it('the strict policy has the directives of the brief and nothing off-origin', () => {
    const policy = buildCsp(null);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self'; worker-src 'self' blob:; connect-src 'self'; " +
        "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'none'",
    );
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(STRICT_DIRECTIVES.map(([name]) => name)).toContain('worker-src');
  });

  it('with the basemap on, admits exactly its one origin, for connections and images only', () => {
    const [policy] = boot(
      setting({ url: 'https://t0.tianditu.gov.cn/vec_w/wmts?x={x}&y={y}&z={z}&tk=K' }),
    );
    expect(policy).toBe(buildCsp('https://t0.tianditu.gov.cn'));
    expect(policy).toContain("connect-src 'self' https://t0.tianditu.gov.cn;");
    expect(policy).toContain("img-src 'self' data: blob: https://t0.tianditu.gov.cn;");
    expect(policy?.match(/tianditu/g)).toHaveLength(2);
  });

  it('keeps a port and lowercases the host, as the origin does', () => {
    expect(boot(setting({ url: 'http://Tiles.Intranet.LOCAL:8080/{z}/{x}/{y}.png' }))).toEqual([
      buildCsp('http://tiles.intranet.local:8080'),
    ]);
  });

  it('admits nothing when the basemap is off, malformed or hostile', () => {
    const strict = [buildCsp(null)];
    for (const stored of [
      setting({ enabled: false, url: 'https://tiles.example.com/{z}/{x}/{y}.png' }),
      setting({ url: 'https://{s}.tile.example.com/{z}/{x}/{y}.png' }),
      setting({ url: 'https://user:pw@tiles.example.com/{z}/{x}/{y}.png' }),
      setting({ url: 'javascript:alert(1)' }),
      setting({ url: "https://x.com; script-src 'unsafe-inline'" }),
      setting({ url: 'https://x.com\u2028/{z}' }),
      setting({ url: 'ftp://tiles.example.com/{z}/{x}/{y}.png' }),
      setting({ url: 42 as unknown as string }),
      '{"enabled": true, "url": ',
      'null',
      '"https://tiles.example.com"',
    ]) {
      expect(boot(stored), stored).toEqual(strict);
    }
  });

  it('a browser that throws on localStorage (private mode) gets the strict policy', () => {
    expect(
      boot(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toEqual([buildCsp(null)]);
  });

  it('agrees with the app for every setting the app can save', () => {
    const urls = fc.oneof(
      fc
        .webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true })
        .map((u) => `${u.replace(/[?#].*$/, '').replace(/\/$/, '')}/{z}/{x}/{y}.png`),
      fc.webUrl({ validSchemes: ['https', 'http'] }),
      fc.string(),
    );
    fc.assert(
      fc.property(urls, fc.boolean(), fc.constantFrom('tiles', 'style'), (url, enabled, kind) => {
        const saved = parseBasemapSetting({ enabled, kind, url, crs: 'wgs84', attribution: '' });
        expect(boot(JSON.stringify(saved))).toEqual([buildCsp(admittedOrigin(saved))]);
      }),
      { numRuns: 500 },
    );
  });

  it('never admits more than one plain origin, whatever is stored', () => {
    const origin = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.record({ enabled: fc.constant(true), url: fc.string() }).map((s) => JSON.stringify(s)),
          fc.record({ enabled: fc.constant(true), url: fc.webUrl() }).map((s) => JSON.stringify(s)),
        ),
        (stored) => {
          const policies = boot(stored);
          expect(policies).toHaveLength(1);
          const connect = policies[0]?.split('; ').find((d) => d.startsWith('connect-src '));
          const extra = connect?.split(' ').slice(2) ?? [];
          expect(extra.length).toBeLessThanOrEqual(1);
          for (const source of extra) expect(source).toMatch(origin);
          expect(policies[0]).toBe(buildCsp(extra[0] ?? null));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
