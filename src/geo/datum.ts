// Datum helpers for user-imported geometry. Chinese web maps (AMap/Gaode, Tencent, and the
// echarts boundary files we derive geodata/ from) publish GCJ-02 coordinates, which lie a few
// hundred metres off WGS-84 in Zhangzhou; everything the map draws is WGS-84. gcoord does the
// conversion (the same version the geodata build uses). Pure: no DOM, inputs are not mutated.
import gcoord from 'gcoord';
import type { Feature, GeoJSON, Geometry, Position } from 'geojson';

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

/** Mean Earth radius (IUGG), the one turf uses, so distances agree with turf's. */
export const EARTH_RADIUS_M = 6371008.8;

/**
 * GCJ-02 -> WGS-84 for one point. gcoord inverts the GCJ-02 formula iteratively (to 1e-6°).
 * Points outside China's rough bounding box are returned unchanged, as gcoord does, because
 * GCJ-02 is only defined in China.
 */
export function gcj02ToWgs84(point: LonLat): [number, number] {
  const [lon, lat] = gcoord.transform([point[0], point[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lon, lat];
}

/** WGS-84 -> GCJ-02 for one point (the forward formula), e.g. to check a round trip. */
export function wgs84ToGcj02(point: LonLat): [number, number] {
  const [lon, lat] = gcoord.transform([point[0], point[1]], gcoord.WGS84, gcoord.GCJ02);
  return [lon, lat];
}

function convertPosition(position: Position): Position {
  const [lon, lat] = gcj02ToWgs84([position[0] ?? NaN, position[1] ?? NaN]);
  // Keep an altitude (or any further member) as it is: only the horizontal datum changes.
  return [lon, lat, ...position.slice(2)];
}

function convertGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: convertPosition(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(convertPosition) };
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: geometry.type,
        coordinates: geometry.coordinates.map((line) => line.map(convertPosition)),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map(convertPosition)),
        ),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map(convertGeometry) };
  }
}

function convertObject(geojson: GeoJSON<Geometry | null>): GeoJSON<Geometry | null> {
  if (geojson === null) return null;
  const { bbox: _bbox, ...rest } = geojson;
  switch (rest.type) {
    case 'FeatureCollection':
      return { ...rest, features: rest.features.map(convertFeature) };
    case 'Feature':
      return convertFeature(rest);
    default:
      return convertGeometry(rest);
  }
}

function convertFeature(feature: Feature<Geometry | null>): Feature<Geometry | null> {
  const { bbox: _bbox, ...rest } = feature;
  return { ...rest, geometry: rest.geometry === null ? null : convertGeometry(rest.geometry) };
}

/**
 * Converts any GeoJSON object from GCJ-02 to WGS-84 and returns a new object; the input is left
 * as it was. Properties, ids and foreign members are kept. `bbox` members are dropped, because
 * they would describe the old coordinates.
 */
export function geojsonGcj02ToWgs84<T extends GeoJSON<Geometry | null>>(geojson: T): T {
  return convertObject(geojson) as T;
}

/** Great-circle (haversine) distance in metres between two lon/lat points. */
export function distanceMetres(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
