import type {
  LayerSpecification,
  Map as MaplibreMap,
  RasterLayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';

/**
 * The optional online basemap: a user's own raster tile server (an intranet server, or Tianditu
 * with their own key) or map style, drawn beneath our county fills. Off by default. Everything
 * here is pure except `applyOnlineBasemap`, which MapView calls.
 */

export type BasemapKind = 'tiles' | 'style';
/** CGCS2000 (Tianditu) is within a metre of WGS-84; GCJ-02 is offset by hundreds of metres. */
export type BasemapCrs = 'wgs84' | 'gcj02' | 'cgcs2000';

export interface OnlineBasemapSetting {
  enabled: boolean;
  kind: BasemapKind;
  url: string;
  crs: BasemapCrs;
  /** Shown in the map's attribution, as plain text. */
  attribution: string;
}

export const DEFAULT_BASEMAP: OnlineBasemapSetting = {
  enabled: false,
  kind: 'tiles',
  url: '',
  crs: 'wgs84',
  attribution: '',
};

export const MAX_URL_LENGTH = 2048;
/** Placeholders maplibre fills in a tile URL. */
export const TILE_PLACEHOLDERS = ['z', 'x', 'y', 'quadkey', 'bbox-epsg-3857', 'ratio', 'prefix'];

export type BasemapUrlProblem =
  | { code: 'empty' }
  | { code: 'too-long'; max: number }
  | { code: 'syntax' }
  | { code: 'protocol'; protocol: string }
  | { code: 'host' }
  | { code: 'host-placeholder' }
  | { code: 'credentials' }
  | { code: 'missing-placeholders'; missing: string[] }
  | { code: 'unknown-placeholder'; name: string }
  | { code: 'style-placeholders' }
  | { code: 'mixed-content' };

export type BasemapUrlCheck =
  { ok: true; url: string; origin: string } | { ok: false; problem: BasemapUrlProblem };

/**
 * Checks a tile URL template or style URL. `origin` is the one server the CSP will admit.
 * `pageProtocol` ('https:' or 'http:') catches http tiles on an https page (mixed content).
 */
export function checkBasemapUrl(
  input: string,
  kind: BasemapKind,
  pageProtocol = 'http:',
): BasemapUrlCheck {
  const fail = (problem: BasemapUrlProblem): BasemapUrlCheck => ({ ok: false, problem });
  const url = input.trim();
  if (url === '') return fail({ code: 'empty' });
  if (url.length > MAX_URL_LENGTH) return fail({ code: 'too-long', max: MAX_URL_LENGTH });
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return fail({ code: 'syntax' });
  if (scheme !== 'https' && scheme !== 'http')
    return fail({ code: 'protocol', protocol: `${scheme}:` });
  const authority = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1];
  if (authority === undefined) return fail({ code: 'syntax' });
  if (authority.includes('@')) return fail({ code: 'credentials' });
  if (/[{}]/.test(authority)) return fail({ code: 'host-placeholder' });
  if (authority === '') return fail({ code: 'host' });
  const placeholders = [...url.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  if (kind === 'style' && placeholders.length > 0) return fail({ code: 'style-placeholders' });
  for (const name of placeholders) {
    if (!TILE_PLACEHOLDERS.includes(name)) return fail({ code: 'unknown-placeholder', name });
  }
  if (kind === 'tiles') {
    const has = (name: string): boolean => placeholders.includes(name);
    if (!has('quadkey') && !has('bbox-epsg-3857')) {
      const missing = ['z', 'x', 'y'].filter((n) => !has(n));
      if (missing.length) return fail({ code: 'missing-placeholders', missing });
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{[^{}]*\}/g, '0'));
  } catch {
    return fail({ code: 'syntax' });
  }
  if (!parsed.hostname) return fail({ code: 'host' });
  if (parsed.protocol === 'http:' && pageProtocol === 'https:')
    return fail({ code: 'mixed-content' });
  return { ok: true, url, origin: parsed.origin };
}

/** Validates a stored setting (from localStorage: untrusted); anything odd gives the default. */
export function parseBasemapSetting(json: unknown): OnlineBasemapSetting {
  if (typeof json !== 'object' || json === null) return { ...DEFAULT_BASEMAP };
  const s = json as Partial<Record<keyof OnlineBasemapSetting, unknown>>;
  const kind: BasemapKind = s.kind === 'style' ? 'style' : 'tiles';
  const crs: BasemapCrs = s.crs === 'gcj02' || s.crs === 'cgcs2000' ? s.crs : 'wgs84';
  const url = typeof s.url === 'string' ? s.url.slice(0, MAX_URL_LENGTH) : '';
  const attribution = typeof s.attribution === 'string' ? s.attribution.slice(0, 300) : '';
  const enabled = s.enabled === true && checkBasemapUrl(url, kind).ok;
  return { enabled, kind, url, crs, attribution };
}

/** Sources and layers to draw beneath the county fills, with ids in our own namespace. */
export interface OnlineBasemapSpec {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Layers of a style left out (icons, patterns, or resources on another server). */
  skipped: number;
}

export const BASEMAP_PREFIX = 'online-basemap:';

/** maplibre puts attributions in the page as HTML: keep the user's text as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The attribution line: the user's text, plus the offset warning for GCJ-02 tiles. */
export function basemapAttribution(setting: OnlineBasemapSetting, offsetNote: string): string {
  const parts = [setting.attribution.trim(), setting.crs === 'gcj02' ? offsetNote : ''];
  return escapeHtml(parts.filter(Boolean).join(' · '));
}

/** A raster tile template as one source and one layer. */
export function rasterBasemap(url: string, attribution: string): OnlineBasemapSpec {
  const layer: RasterLayerSpecification = {
    id: `${BASEMAP_PREFIX}raster`,
    type: 'raster',
    source: `${BASEMAP_PREFIX}raster`,
    paint: { 'raster-opacity': 1 },
  };
  return {
    sources: {
      [`${BASEMAP_PREFIX}raster`]: {
        type: 'raster',
        tiles: [url],
        tileSize: 256,
        ...(attribution ? { attribution } : {}),
      },
    },
    layers: [layer],
    skipped: 0,
  };
}

export { styleBasemap } from './online-basemap-style';

/** Puts a basemap on the map beneath `beforeId`, replacing any earlier one (null removes it). */
export function applyOnlineBasemap(
  map: MaplibreMap,
  spec: OnlineBasemapSpec | null,
  beforeId: string,
): void {
  const style = map.getStyle();
  for (const layer of style.layers) {
    if (layer.id.startsWith(BASEMAP_PREFIX)) map.removeLayer(layer.id);
  }
  for (const id of Object.keys(style.sources)) {
    if (id.startsWith(BASEMAP_PREFIX)) map.removeSource(id);
  }
  if (!spec) return;
  for (const [id, source] of Object.entries(spec.sources)) map.addSource(id, source);
  for (const layer of spec.layers) map.addLayer(layer, beforeId);
}
