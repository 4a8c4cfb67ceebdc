/**
 * Validation of a user-imported GeoJSON that replaces a zone's indicative outline with an
 * official boundary. Pure: takes the file text (or parsed JSON), returns a normalised WGS-84
 * Polygon/MultiPolygon or one error that says what is wrong, in English and Chinese. The
 * caller keeps the existing outline when the result is not ok.
 */
import gcoord from 'gcoord';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  OFFSHORE_BBOX,
  ZHANGZHOU_BBOX,
  areaKm2,
  bboxText,
  distanceKm,
  inBbox,
  polygonProblems,
  signedRingArea,
  vertexCentroid,
} from './geometry.ts';
import type { PlanData, ZoneFeature } from './schema.ts';

export type ImportDatum = 'WGS-84' | 'GCJ-02' | 'BD-09';

export type BoundaryImportErrorCode =
  | 'not-json'
  | 'not-geojson'
  | 'unknown-zone'
  | 'no-polygon'
  | 'bad-coordinates'
  | 'projected-coordinates'
  | 'swapped-coordinates'
  | 'invalid-ring'
  | 'outside-zhangzhou'
  | 'looks-gcj02'
  | 'too-many-vertices';

/**
 * Most vertices an imported outline may have. The self-intersection check grows with the square
 * of the count (100,000 vertices kept the page busy for over half a minute); a zone's outline
 * needs far fewer, and a detailed official boundary can be simplified first.
 */
export const MAX_IMPORT_VERTICES = 20_000;

export interface BoundaryImportError {
  code: BoundaryImportErrorCode;
  message: string;
  message_zh: string;
}

export type BoundaryImportResult =
  | {
      ok: true;
      zoneId: string;
      /** WGS-84, outer rings counter-clockwise and holes clockwise (RFC 7946), 2-D. */
      geometry: Polygon | MultiPolygon;
      areaKm2: number;
      /** The datum the file was read as; it has been converted to WGS-84 if not WGS-84. */
      readAs: ImportDatum;
      warnings: string[];
    }
  | { ok: false; error: BoundaryImportError };

export interface BoundaryImportOptions {
  /** The loaded dataset; when given, the zone must exist and the import is compared with it. */
  data?: PlanData;
  /** The datum the user says the file is in. Unset: WGS-84, unless the file says otherwise. */
  datum?: ImportDatum;
  /** Warn when the imported centroid is further than this from the zone (km). Default 15. */
  maxOffsetKm?: number;
}

const fail = (
  code: BoundaryImportErrorCode,
  message: string,
  message_zh: string,
): BoundaryImportResult => ({
  ok: false,
  error: { code, message, message_zh },
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const GEOJSON_TYPES = new Set([
  'FeatureCollection',
  'Feature',
  'GeometryCollection',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/** Walks any GeoJSON object and returns its polygons (as arrays of rings) and other types seen. */
function collectPolygons(node: unknown, out: { polygons: unknown[]; others: Set<string> }): void {
  if (!isRecord(node)) return;
  const type = node.type;
  if (type === 'FeatureCollection' && Array.isArray(node.features))
    node.features.forEach((f) => collectPolygons(f, out));
  else if (type === 'Feature') collectPolygons(node.geometry, out);
  else if (type === 'GeometryCollection' && Array.isArray(node.geometries))
    node.geometries.forEach((g) => collectPolygons(g, out));
  else if (type === 'Polygon') out.polygons.push(node.coordinates);
  else if (type === 'MultiPolygon' && Array.isArray(node.coordinates))
    out.polygons.push(...(node.coordinates as unknown[]));
  else if (typeof type === 'string') out.others.add(type);
}

/** Names of a CRS or datum the file declares, lower-cased, to spot GCJ-02 / BD-09 / projections. */
function declaredCrs(json: Record<string, unknown>): string {
  const crs = json.crs;
  const name = isRecord(crs) && isRecord(crs.properties) ? crs.properties.name : undefined;
  return [name, json.datum, json.coordinateSystem]
    .filter((x) => typeof x === 'string')
    .join(' ')
    .toLowerCase();
}

/** Aliyun DataV (geo.datav.aliyun.com) exports are GCJ-02 and carry these properties. */
function looksLikeDataV(json: Record<string, unknown>): boolean {
  const features = Array.isArray(json.features) ? json.features : [json];
  return features.some((f) => {
    const p = isRecord(f) ? f.properties : undefined;
    return isRecord(p) && 'adcode' in p && ('acroutes' in p || 'childrenNum' in p);
  });
}

/** Checks that every ring is an array of [number, number, (z)] and returns 2-D rings. */
function toRings(polygons: unknown[]): Position[][][] | string {
  const out: Position[][][] = [];
  for (const [pi, poly] of polygons.entries()) {
    if (!Array.isArray(poly) || poly.length === 0) return `polygon ${pi} has no rings`;
    const rings: Position[][] = [];
    for (const [ri, ring] of (poly as unknown[]).entries()) {
      if (!Array.isArray(ring)) return `polygon ${pi} ring ${ri} is not an array of positions`;
      const positions: Position[] = [];
      for (const [k, p] of (ring as unknown[]).entries()) {
        if (
          !Array.isArray(p) ||
          p.length < 2 ||
          !p.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))
        )
          return `polygon ${pi} ring ${ri} position ${k} is not a pair of finite numbers`;
        positions.push([p[0] as number, p[1] as number]);
      }
      rings.push(positions);
    }
    out.push(rings);
  }
  return out;
}

const mapPositions = (polys: Position[][][], f: (p: Position) => Position): Position[][][] =>
  polys.map((rings) => rings.map((ring) => ring.map(f)));

const allPositions = (polys: Position[][][]): Position[] => polys.flat(2);

/** Outer ring counter-clockwise, holes clockwise, coordinates rounded to 7 decimals (~1 cm). */
function normalise(polys: Position[][][]): Position[][][] {
  const round = (x: number): number => Math.round(x * 1e7) / 1e7;
  return polys.map((rings) =>
    rings.map((ring, i) => {
      const r = ring.map((p) => [round(p[0] ?? 0), round(p[1] ?? 0)]);
      const ccw = signedRingArea(r) > 0;
      return (i === 0) === ccw ? r : [...r].reverse();
    }),
  );
}

function zoneAnchor(zone: ZoneFeature): Position | null {
  const p = zone.properties;
  if (p.reference_point) return [p.reference_point.lon, p.reference_point.lat];
  const g = zone.geometry;
  if (!g) return null;
  return g.type === 'Point' ? g.coordinates : vertexCentroid(g);
}

/**
 * Validates a GeoJSON file meant to replace the outline of `zoneId`. Accepts a Feature,
 * FeatureCollection, GeometryCollection, Polygon or MultiPolygon; all polygons found are
 * merged into one MultiPolygon (or a Polygon when there is one).
 */
export function validateZoneBoundaryImport(
  input: unknown,
  zoneId: string,
  options: BoundaryImportOptions = {},
): BoundaryImportResult {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input) as unknown;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return fail('not-json', `The file is not JSON (${why}).`, `文件不是有效的 JSON（${why}）。`);
    }
  }
  if (!isRecord(json) || typeof json.type !== 'string' || !GEOJSON_TYPES.has(json.type))
    return fail(
      'not-geojson',
      'The file is JSON but not GeoJSON: it has no GeoJSON "type".',
      '文件是 JSON，但不是 GeoJSON：缺少 GeoJSON 的 "type"。',
    );

  const zone = options.data?.zones.features.find((f) => f.properties.id === zoneId);
  if (options.data && !zone)
    return fail(
      'unknown-zone',
      `There is no zone "${zoneId}" to attach the boundary to.`,
      `不存在园区 "${zoneId}"。`,
    );

  const crs = declaredCrs(json);
  const datum = options.datum;
  if (/3857|900913|mercator|utm|cgcs2000.*(gauss|3-degree|zone)/u.test(crs))
    return fail(
      'projected-coordinates',
      `The file declares a projected CRS (${crs}); export it as WGS-84 longitude/latitude (EPSG:4326).`,
      `文件声明的是投影坐标系（${crs}），请导出为 WGS-84 经纬度（EPSG:4326）。`,
    );
  if (datum === undefined && (/gcj|bd-?09|baidu/u.test(crs) || looksLikeDataV(json)))
    return fail(
      'looks-gcj02',
      'The file looks like GCJ-02 (Chinese web-map coordinates, offset by about 0.5 km): it declares so, or it is an Aliyun DataV export. Import it again with its datum set to GCJ-02 (or BD-09 for Baidu) and it will be converted to WGS-84.',
      '文件看起来是 GCJ-02 坐标（国内网络地图坐标，偏移约 0.5 公里）：文件声明如此，或为阿里云 DataV 导出。请选择 GCJ-02（百度地图为 BD-09）重新导入，将自动转换为 WGS-84。',
    );

  const found = { polygons: [] as unknown[], others: new Set<string>() };
  collectPolygons(json, found);
  if (found.polygons.length === 0) {
    const others = [...found.others].join(', ') || 'nothing';
    return fail(
      'no-polygon',
      `The file has no Polygon or MultiPolygon (found: ${others}).`,
      `文件中没有面（Polygon 或 MultiPolygon），只有：${others}。`,
    );
  }
  const rings = toRings(found.polygons);
  if (typeof rings === 'string')
    return fail('bad-coordinates', `Bad coordinates: ${rings}.`, `坐标无效：${rings}。`);

  const positions = allPositions(rings);
  if (positions.length > MAX_IMPORT_VERTICES) {
    const n = positions.length.toLocaleString('en-US');
    const max = MAX_IMPORT_VERTICES.toLocaleString('en-US');
    return fail(
      'too-many-vertices',
      `The boundary has ${n} vertices; at most ${max} can be imported. Simplify it first (in QGIS or mapshaper, say): a zone's outline needs far fewer.`,
      `边界有 ${n} 个顶点，最多可导入 ${max} 个。请先简化（例如用 QGIS 或 mapshaper），园区边界不需要这么多顶点。`,
    );
  }
  const bbox = zone?.properties.offshore_reason === undefined ? ZHANGZHOU_BBOX : OFFSHORE_BBOX;
  if (
    !positions.every((p) => inBbox(p, bbox)) &&
    positions.every(([x = 0, y = 0]) => inBbox([y, x], bbox))
  )
    return fail(
      'swapped-coordinates',
      'Coordinates look like [latitude, longitude]; GeoJSON needs [longitude, latitude].',
      '坐标顺序像是 [纬度, 经度]；GeoJSON 要求 [经度, 纬度]。',
    );

  if (positions.some(([x = 0, y = 0]) => Math.abs(x) > 180 || Math.abs(y) > 90))
    return fail(
      'projected-coordinates',
      'Coordinates are outside ±180/±90: they look like projected metres, not longitude/latitude. Export as WGS-84 (EPSG:4326).',
      '坐标超出经纬度范围，像是投影坐标（米）。请导出为 WGS-84 经纬度（EPSG:4326）。',
    );
  const from = datum ?? 'WGS-84';
  const converted =
    from === 'WGS-84'
      ? rings
      : mapPositions(rings, (p) =>
          gcoord.transform(
            [p[0] ?? 0, p[1] ?? 0],
            from === 'GCJ-02' ? gcoord.GCJ02 : gcoord.BD09,
            gcoord.WGS84,
          ),
        );
  const polys = normalise(converted);
  const outside = allPositions(polys).find((p) => !inBbox(p, bbox));
  if (outside)
    return fail(
      'outside-zhangzhou',
      `The boundary reaches outside Zhangzhou (${outside.join(', ')} is not within ${bboxText(bbox)}).`,
      `边界超出漳州范围（${outside.join(', ')} 不在 ${bboxText(bbox)} 内）。`,
    );

  const geometry: Polygon | MultiPolygon =
    polys.length === 1 && polys[0]
      ? { type: 'Polygon', coordinates: polys[0] }
      : { type: 'MultiPolygon', coordinates: polys };
  const problems = polygonProblems(geometry, null);
  if (problems.length > 0)
    return fail(
      'invalid-ring',
      `Invalid polygon: ${problems.join('; ')}.`,
      `面无效：${problems.join('；')}。`,
    );

  const warnings: string[] = [];
  if (datum === undefined)
    warnings.push(
      'Read as WGS-84. If the outline came from a Chinese web map (Amap, Tencent: GCJ-02; Baidu: BD-09) it will sit about 0.5 km off: import it again with that datum.',
    );
  const anchor = zone ? zoneAnchor(zone) : null;
  if (anchor) {
    const d = distanceKm(vertexCentroid(geometry), anchor);
    if (d > (options.maxOffsetKm ?? 15))
      warnings.push(
        `Its centre is ${d.toFixed(1)} km from the zone's reference point: check that this is the right zone.`,
      );
  }
  return { ok: true, zoneId, geometry, areaKm2: areaKm2(geometry), readAs: from, warnings };
}
