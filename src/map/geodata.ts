import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Properties of one county-level unit in `geodata/counties.geojson`. */
export interface CountyProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
  kind: 'district' | 'county';
  label_lon: number;
  label_lat: number;
}

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

/** Properties of the basemap context in `geodata/context.geojson`. */
export interface ContextProperties {
  role: 'land' | 'neighbour';
  name_zh?: string;
  name_en?: string;
  /** Neighbours carry one interior point for their label. */
  label_lon?: number;
  label_lat?: number;
}
export type ContextCollection = FeatureCollection<Polygon | MultiPolygon, ContextProperties>;

/** Thrown for a geodata file that is missing, not JSON, or of the wrong shape. */
export class GeodataError extends Error {
  constructor(
    readonly kind: 'fetch' | 'parse' | 'invalid',
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'GeodataError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRing(ring: unknown, where: string): void {
  if (!Array.isArray(ring) || ring.length < 4)
    throw new Error(`${where}: a ring needs ≥ 4 positions`);
  for (const pos of ring as unknown[]) {
    if (
      !Array.isArray(pos) ||
      pos.length < 2 ||
      !Number.isFinite(pos[0]) ||
      !Number.isFinite(pos[1])
    ) {
      throw new Error(`${where}: a position is not a pair of finite numbers`);
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1])
    throw new Error(`${where}: a ring is not closed`);
}

/** Checks a Polygon or MultiPolygon geometry; throws a message that says where it is wrong. */
export function checkPolygonal(geometry: unknown, where: string): void {
  if (!isRecord(geometry)) throw new Error(`${where}: geometry is missing`);
  const coords = geometry.coordinates;
  if (!Array.isArray(coords) || coords.length === 0) throw new Error(`${where}: no coordinates`);
  if (geometry.type === 'Polygon') {
    (coords as unknown[]).forEach((ring, i) => checkRing(ring, `${where} ring ${i}`));
  } else if (geometry.type === 'MultiPolygon') {
    (coords as unknown[]).forEach((poly, p) => {
      if (!Array.isArray(poly) || poly.length === 0)
        throw new Error(`${where} polygon ${p}: empty`);
      (poly as unknown[]).forEach((ring, i) => checkRing(ring, `${where} polygon ${p} ring ${i}`));
    });
  } else {
    throw new Error(`${where}: geometry type ${String(geometry.type)} is not a polygon`);
  }
}

/**
 * Validates the county file's shape. It does not assume which units exist beyond the
 * required properties; the unit tests pin the exact 11 units of 2023.
 */
export function validateCounties(json: unknown): CountyCollection {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error('not a GeoJSON FeatureCollection');
  }
  if (json.features.length === 0) throw new Error('it has no features');
  const seen = new Set<string>();
  json.features.forEach((feature: unknown, i) => {
    const where = `feature ${i}`;
    if (!isRecord(feature) || !isRecord(feature.properties))
      throw new Error(`${where}: no properties`);
    const p = feature.properties;
    for (const key of ['adcode', 'name_zh', 'name_en'] as const) {
      if (typeof p[key] !== 'string' || p[key] === '')
        throw new Error(`${where}: "${key}" is missing`);
    }
    const name = `${where} (${String(p.name_zh)})`;
    if (p.kind !== 'district' && p.kind !== 'county') throw new Error(`${name}: "kind" is invalid`);
    if (!Number.isFinite(p.label_lon) || !Number.isFinite(p.label_lat)) {
      throw new Error(`${name}: label point is missing`);
    }
    if (seen.has(p.adcode as string))
      throw new Error(`${name}: duplicate adcode ${String(p.adcode)}`);
    seen.add(p.adcode as string);
    checkPolygonal(feature.geometry, name);
  });
  return json as unknown as CountyCollection;
}

export function validateContext(json: unknown): ContextCollection {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error('not a GeoJSON FeatureCollection');
  }
  json.features.forEach((feature: unknown, i) => {
    if (!isRecord(feature) || !isRecord(feature.properties))
      throw new Error(`feature ${i}: no properties`);
    const role = feature.properties.role;
    if (role !== 'land' && role !== 'neighbour') throw new Error(`feature ${i}: "role" is invalid`);
    checkPolygonal(feature.geometry, `feature ${i}`);
  });
  return json as unknown as ContextCollection;
}

/** Fetches a JSON file and validates it, turning every failure into a GeodataError. */
export async function loadGeoJson<T>(
  url: string,
  file: string,
  validate: (json: unknown) => T,
  fetchImpl: typeof fetch = fetch,
): Promise<T> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (err) {
    throw new GeodataError('fetch', file, err instanceof Error ? err.message : String(err));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new GeodataError('parse', file, err instanceof Error ? err.message : String(err));
  }
  try {
    return validate(json);
  } catch (err) {
    throw new GeodataError('invalid', file, err instanceof Error ? err.message : String(err));
  }
}
