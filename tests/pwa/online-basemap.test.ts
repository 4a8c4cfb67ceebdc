import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_PREFIX,
  DEFAULT_BASEMAP,
  basemapAttribution,
  checkBasemapUrl,
  escapeHtml,
  parseBasemapSetting,
  rasterBasemap,
  styleBasemap,
} from '../../src/map/online-basemap';
import { policiesAdmit } from '../../src/pwa/basemap';
import { buildCsp } from '../../src/pwa/csp-policy';

const TILES = 'https://tiles.example.gov.cn/{z}/{x}/{y}.png';

describe('checking a basemap URL', () => {
  it('accepts tile templates and gives the one origin to admit', () => {
    expect(checkBasemapUrl(TILES, 'tiles')).toEqual({
      ok: true,
      url: TILES,
      origin: 'https://tiles.example.gov.cn',
    });
    const tianditu =
      'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=vec&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc';
    expect(checkBasemapUrl(tianditu, 'tiles')).toMatchObject({
      ok: true,
      origin: 'https://t0.tianditu.gov.cn',
    });
    expect(checkBasemapUrl('http://10.1.2.3:8080/q/{quadkey}.png', 'tiles')).toMatchObject({
      ok: true,
      origin: 'http://10.1.2.3:8080',
    });
    expect(
      checkBasemapUrl('https://wms.local/wms?bbox={bbox-epsg-3857}&width=256', 'tiles'),
    ).toMatchObject({ ok: true });
    expect(checkBasemapUrl('  https://maps.example.cn/style.json ', 'style')).toMatchObject({
      ok: true,
      url: 'https://maps.example.cn/style.json',
      origin: 'https://maps.example.cn',
    });
  });

  it('names each problem', () => {
    const cases: [string, 'tiles' | 'style', string][] = [
      ['', 'tiles', 'empty'],
      ['   ', 'style', 'empty'],
      [`https://a.cn/${'x'.repeat(3000)}/{z}/{x}/{y}`, 'tiles', 'too-long'],
      ['tiles.example.cn/{z}/{x}/{y}.png', 'tiles', 'syntax'],
      ['ftp://tiles.example.cn/{z}/{x}/{y}.png', 'tiles', 'protocol'],
      ['javascript:alert(1)', 'style', 'protocol'],
      ['data:image/png;base64,AAAA', 'tiles', 'protocol'],
      ['https:///{z}/{x}/{y}.png', 'tiles', 'host'],
      ['https://{s}.tile.example.cn/{z}/{x}/{y}.png', 'tiles', 'host-placeholder'],
      ['https://u:p@tiles.example.cn/{z}/{x}/{y}.png', 'tiles', 'credentials'],
      ['https://tiles.example.cn/{z}/{x}.png', 'tiles', 'missing-placeholders'],
      ['https://tiles.example.cn/tile.png', 'tiles', 'missing-placeholders'],
      ['https://tiles.example.cn/{z}/{x}/{-y}.png', 'tiles', 'unknown-placeholder'],
      ['https://maps.example.cn/{z}/style.json', 'style', 'style-placeholders'],
      ['https://exa mple.cn/{z}/{x}/{y}', 'tiles', 'syntax'],
    ];
    for (const [url, kind, code] of cases) {
      const checked = checkBasemapUrl(url, kind);
      expect(checked.ok ? 'ok' : checked.problem.code, url).toBe(code);
    }
    expect(checkBasemapUrl('https://tiles.example.cn/{z}/{x}.png', 'tiles')).toEqual({
      ok: false,
      problem: { code: 'missing-placeholders', missing: ['y'] },
    });
  });

  it('refuses http tiles on an https page (the browser would block them)', () => {
    const http = 'http://tiles.example.cn/{z}/{x}/{y}.png';
    expect(checkBasemapUrl(http, 'tiles', 'https:')).toEqual({
      ok: false,
      problem: { code: 'mixed-content' },
    });
    expect(checkBasemapUrl(http, 'tiles', 'http:').ok).toBe(true);
  });

  it('never throws, and an accepted URL always yields an http(s) origin', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('tiles', 'style'), (url, kind) => {
        const checked = checkBasemapUrl(url, kind);
        if (checked.ok) expect(checked.origin).toMatch(/^https?:\/\/[^/{}@]+$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the stored setting', () => {
  it('is off by default and after anything malformed', () => {
    expect(DEFAULT_BASEMAP.enabled).toBe(false);
    for (const json of [null, 1, 'x', [], { enabled: 'yes', url: TILES }]) {
      expect(parseBasemapSetting(json).enabled).toBe(false);
    }
  });

  it('cannot be on with an invalid URL', () => {
    expect(parseBasemapSetting({ enabled: true, url: 'https://x.cn/a.png' }).enabled).toBe(false);
    expect(parseBasemapSetting({ enabled: true, url: TILES, crs: 'gcj02' })).toEqual({
      enabled: true,
      kind: 'tiles',
      url: TILES,
      crs: 'gcj02',
      attribution: '',
    });
  });
});

describe('basemap layers', () => {
  it('a tile template becomes one raster source and layer in our namespace', () => {
    const spec = rasterBasemap(TILES, '© Example');
    expect(spec.layers).toEqual([
      expect.objectContaining({ type: 'raster', source: `${BASEMAP_PREFIX}raster` }),
    ]);
    expect(spec.sources[`${BASEMAP_PREFIX}raster`]).toMatchObject({
      type: 'raster',
      tiles: [TILES],
      attribution: '© Example',
    });
  });

  it('the attribution is text, and says when tiles are GCJ-02', () => {
    const base = { ...DEFAULT_BASEMAP, enabled: true, url: TILES };
    expect(basemapAttribution({ ...base, attribution: '<b>天地图</b>' }, 'offset')).toBe(
      '&#60;b&#62;天地图&#60;/b&#62;',
    );
    expect(basemapAttribution({ ...base, crs: 'gcj02', attribution: 'Amap' }, 'offset!')).toBe(
      'Amap · offset!',
    );
    expect(basemapAttribution({ ...base, crs: 'cgcs2000' }, 'offset!')).toBe('');
    expect(escapeHtml(`"'&`)).toBe('&#34;&#39;&#38;');
  });

  it('a style keeps the layers its own server can draw, and leaves the rest out', () => {
    const style = {
      version: 8,
      sprite: 'https://maps.example.cn/sprite',
      glyphs: 'https://maps.example.cn/fonts/{fontstack}/{range}.pbf',
      sources: {
        base: { type: 'raster', tiles: ['/tiles/{z}/{x}/{y}.png'], tileSize: 256 },
        roads: { type: 'vector', url: 'https://maps.example.cn/roads.json' },
        elsewhere: { type: 'raster', tiles: ['https://cdn.other.com/{z}/{x}/{y}.png'] },
        vid: { type: 'video', urls: ['https://maps.example.cn/v.mp4'] },
      },
      layers: [
        { id: 'bg', type: 'background', paint: { 'background-color': '#eee' } },
        { id: 'base', type: 'raster', source: 'base' },
        { id: 'roads', type: 'line', source: 'roads', 'source-layer': 'r' },
        { id: 'pois', type: 'symbol', source: 'roads', layout: { 'icon-image': 'poi' } },
        { id: 'cdn', type: 'raster', source: 'elsewhere' },
        { id: 'video', type: 'raster', source: 'vid' },
        'garbage',
      ],
    };
    const result = styleBasemap(
      style,
      'https://maps.example.cn/styles/a.json',
      'https://maps.example.cn',
      'note',
    );
    if (!result.ok) throw new Error(result.detail);
    const { sources, layers, skipped } = result.spec;
    expect(Object.keys(sources).sort()).toEqual([
      `${BASEMAP_PREFIX}base`,
      `${BASEMAP_PREFIX}roads`,
    ]);
    expect(sources[`${BASEMAP_PREFIX}base`]).toMatchObject({
      tiles: ['https://maps.example.cn/tiles/{z}/{x}/{y}.png'],
      attribution: 'note',
    });
    expect(layers.map((l) => l.id)).toEqual(
      ['bg', 'base', 'roads'].map((id) => BASEMAP_PREFIX + id),
    );
    expect(layers.find((l) => l.id.endsWith('roads'))).toMatchObject({
      source: `${BASEMAP_PREFIX}roads`,
      'source-layer': 'r',
    });
    expect(skipped).toBe(4);
  });

  it('a style that is not a style says why', () => {
    const o = 'https://m.cn';
    expect(styleBasemap([], `${o}/s.json`, o)).toEqual({ ok: false, detail: 'not a JSON object' });
    expect(styleBasemap({ version: 7 }, `${o}/s.json`, o)).toMatchObject({ ok: false });
    expect(styleBasemap({ version: 8, sources: {}, layers: [] }, `${o}/s.json`, o)).toEqual({
      ok: false,
      detail: 'no layer can be drawn from this server',
    });
  });
});

describe('which policies admit the basemap server', () => {
  it('all policies must admit it; no policy at all (dev) admits everything', () => {
    const o = 'https://tiles.example.cn';
    expect(policiesAdmit([buildCsp(o)], o)).toBe(true);
    expect(policiesAdmit([buildCsp(null)], o)).toBe(false);
    expect(policiesAdmit([buildCsp(o), buildCsp(null)], o)).toBe(false);
    expect(policiesAdmit([buildCsp('https://tiles.example.cn:8443')], o)).toBe(false);
    expect(policiesAdmit([], o)).toBe(true);
  });
});
