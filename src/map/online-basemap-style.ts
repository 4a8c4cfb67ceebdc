import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_PREFIX, escapeHtml, type OnlineBasemapSpec } from './online-basemap';

/**
 * Turns a user's map style (JSON from their server) into sources and layers to draw beneath our
 * own, keeping only what their one admitted server provides. Our style has no sprite and no
 * glyph server, so layers that need icons or patterns are left out; labels draw from local
 * fonts like ours. Sources on any other server are left out too (the CSP would block them).
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a URL template against the style's URL without encoding its {placeholders}. */
function resolveTemplate(template: string, base: string): string | null {
  try {
    const masked = template.replace(/\{/g, '__LB__').replace(/\}/g, '__RB__');
    return new URL(masked, base).href.replace(/__LB__/g, '{').replace(/__RB__/g, '}');
  } catch {
    return null;
  }
}

function originOf(template: string): string | null {
  try {
    return new URL(template.replace(/\{[^{}]*\}/g, '0')).origin;
  } catch {
    return null;
  }
}

const SOURCE_TYPES = new Set(['raster', 'raster-dem', 'vector', 'geojson', 'image']);
const NEEDS_SPRITE = ['icon-image', 'fill-pattern', 'line-pattern', 'background-pattern'];

/** Rewrites one source's URLs against the style URL; null when it needs another server. */
function adoptSource(source: unknown, base: string, origin: string): SourceSpecification | null {
  if (!isRecord(source) || typeof source.type !== 'string' || !SOURCE_TYPES.has(source.type)) {
    return null;
  }
  const out: Record<string, unknown> = { ...source };
  const onOrigin = (u: unknown): string | null => {
    if (typeof u !== 'string') return null;
    const resolved = resolveTemplate(u, base);
    return resolved && originOf(resolved) === origin ? resolved : null;
  };
  for (const key of ['url', 'data'] as const) {
    if (typeof source[key] !== 'string') continue;
    const resolved = onOrigin(source[key]);
    if (!resolved) return null;
    out[key] = resolved;
  }
  if (source.tiles !== undefined) {
    if (!Array.isArray(source.tiles) || source.tiles.length === 0) return null;
    const tiles = source.tiles.map(onOrigin);
    if (tiles.some((t) => t === null)) return null;
    out.tiles = tiles;
  }
  if (source.type === 'image' && typeof out.url !== 'string') return null;
  if (typeof source.attribution === 'string') out.attribution = escapeHtml(source.attribution);
  return out as unknown as SourceSpecification;
}

export type StyleBasemapResult =
  { ok: true; spec: OnlineBasemapSpec } | { ok: false; detail: string };

/**
 * The layers of a style to draw beneath ours. `styleUrl` resolves relative URLs; `origin` is the
 * one admitted server. `extraAttribution` (already escaped) is added to the first source.
 */
export function styleBasemap(
  style: unknown,
  styleUrl: string,
  origin: string,
  extraAttribution = '',
): StyleBasemapResult {
  if (!isRecord(style)) return { ok: false, detail: 'not a JSON object' };
  if (style.version !== 8) return { ok: false, detail: '"version" must be 8' };
  if (!isRecord(style.sources)) return { ok: false, detail: '"sources" is missing' };
  if (!Array.isArray(style.layers)) return { ok: false, detail: '"layers" is missing' };
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    const adopted = adoptSource(source, styleUrl, origin);
    if (adopted) sources[BASEMAP_PREFIX + id] = adopted;
  }
  const layers: LayerSpecification[] = [];
  let skipped = 0;
  for (const layer of style.layers) {
    if (!isRecord(layer) || typeof layer.id !== 'string' || typeof layer.type !== 'string') {
      skipped++;
      continue;
    }
    const layout = isRecord(layer.layout) ? layer.layout : {};
    const paint = isRecord(layer.paint) ? layer.paint : {};
    const needsSprite = NEEDS_SPRITE.some((p) => p in layout || p in paint);
    const source = typeof layer.source === 'string' ? BASEMAP_PREFIX + layer.source : null;
    if (needsSprite || (layer.type !== 'background' && (!source || !(source in sources)))) {
      skipped++;
      continue;
    }
    layers.push({
      ...layer,
      id: BASEMAP_PREFIX + layer.id,
      ...(source ? { source } : {}),
    } as unknown as LayerSpecification);
  }
  if (layers.length === 0) return { ok: false, detail: 'no layer can be drawn from this server' };
  const first = Object.values(sources)[0] as { attribution?: string } | undefined;
  if (first && extraAttribution) {
    first.attribution = [first.attribution, extraAttribution].filter(Boolean).join(' · ');
  }
  return { ok: true, spec: { sources, layers, skipped } };
}
