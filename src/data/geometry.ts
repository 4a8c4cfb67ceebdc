/**
 * Geometry checks and the generator of indicative outlines. Pure functions over GeoJSON
 * coordinates ([lon, lat], WGS-84 degrees).
 */
import { area as turfArea, kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A generous box around Zhangzhou's 11 units (land and near-shore waters). */
export const ZHANGZHOU_BBOX: Bbox = { west: 116.5, south: 23.3, east: 118.5, north: 25.3 };

/**
 * The box for features that set `offshore_reason`: the Taiwan Strait shelf east and south of
 * the coast, where offshore wind sites lie some 30 km out.
 */
export const OFFSHORE_BBOX: Bbox = { west: 116.5, south: 22.8, east: 119.0, north: 25.3 };

/** Kilometres per degree, on a sphere of the WGS-84 mean radius; ample for indicative shapes. */
const KM_PER_DEG_LAT = 111.195;
const kmPerDegLon = (lat: number): number => KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);

export const inBbox = ([lon, lat]: Position, b: Bbox): boolean =>
  lon !== undefined &&
  lat !== undefined &&
  lon >= b.west &&
  lon <= b.east &&
  lat >= b.south &&
  lat <= b.north;

/** Twice the signed planar area of a ring in degree units; positive when counter-clockwise. */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a === undefined || b === undefined) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/** Why a ring is invalid, or null when it is a valid GeoJSON linear ring. */
export function ringProblem(ring: Position[], bbox: Bbox | null): string | null {
  if (ring.length < 4) return `has ${ring.length} positions; a ring needs at least 4`;
  for (const [i, p] of ring.entries()) {
    if (p.length < 2 || !p.every((n) => Number.isFinite(n))) {
      return `position ${i} is not a pair of finite numbers`;
    }
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    return 'is not closed (the first and last positions differ)';
  }
  if (signedRingArea(ring) === 0) return 'has zero area';
  if (bbox) {
    const outside = ring.findIndex((p) => !inBbox(p, bbox));
    if (outside >= 0) {
      const p = ring[outside] ?? [];
      return `position ${outside} (${p.join(', ')}) lies outside ${bboxText(bbox)}`;
    }
  }
  return null;
}

export const bboxText = (b: Bbox): string => `${b.west}–${b.east} E, ${b.south}–${b.north} N`;

/** All problems of a polygonal geometry, each prefixed with the ring it concerns. */
export function polygonProblems(geometry: Polygon | MultiPolygon, bbox: Bbox | null): string[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const problems: string[] = [];
  polygons.forEach((rings, pi) => {
    rings.forEach((ring, ri) => {
      const problem = ringProblem(ring, bbox);
      const where = geometry.type === 'Polygon' ? `ring ${ri}` : `polygon ${pi} ring ${ri}`;
      if (problem) problems.push(`${where} ${problem}`);
    });
  });
  if (problems.length === 0) {
    // Self-intersection is only meaningful once every ring is well formed.
    const crossings = kinks({ type: 'Feature', properties: {}, geometry }).features.length;
    if (crossings > 0)
      problems.push(`rings cross themselves or each other (${crossings} crossings)`);
  }
  return problems;
}

/** Geodesic area in km² (turf, spherical). */
export const areaKm2 = (geometry: Polygon | MultiPolygon): number =>
  turfArea({ type: 'Feature', properties: {}, geometry }) / 1e6;

/** Distance in km between two [lon, lat] points (equirectangular; fine below ~100 km). */
export function distanceKm(a: Position, b: Position): number {
  const lat = (((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180);
  const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * KM_PER_DEG_LAT * Math.cos(lat);
  const dy = ((b[1] ?? 0) - (a[1] ?? 0)) * KM_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/** Mean of the exterior-ring vertices (without the closing one); the centre of our ellipses. */
export function vertexCentroid(geometry: Polygon | MultiPolygon): Position {
  const rings =
    geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const ring of rings) {
    if (!ring) continue;
    for (const p of ring.slice(0, -1)) {
      sx += p[0] ?? 0;
      sy += p[1] ?? 0;
      n += 1;
    }
  }
  return n === 0 ? [Number.NaN, Number.NaN] : [sx / n, sy / n];
}

export interface EllipseRecipe {
  center: Position;
  semi_major_km: number;
  semi_minor_km: number;
  /** Major-axis direction, degrees clockwise from north. */
  bearing_deg: number;
  steps: number;
}

/**
 * An ellipse as a closed, counter-clockwise Polygon (RFC 7946), coordinates rounded to 6
 * decimals (about 0.1 m). A circle is an ellipse with equal axes. The local flat-earth
 * approximation is well inside the precision of an indicative outline.
 */
export function ellipsePolygon(recipe: EllipseRecipe): Polygon {
  const { center, semi_major_km: a, semi_minor_km: b, bearing_deg, steps } = recipe;
  const lon0 = center[0] ?? 0;
  const lat0 = center[1] ?? 0;
  const beta = (bearing_deg * Math.PI) / 180;
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const ring: Position[] = [];
  for (let i = 0; i < steps; i += 1) {
    // Negative parameter: with the rotation below this walks counter-clockwise.
    const t = (-2 * Math.PI * i) / steps;
    const east = a * Math.cos(t) * Math.sin(beta) + b * Math.sin(t) * Math.cos(beta);
    const north = a * Math.cos(t) * Math.cos(beta) - b * Math.sin(t) * Math.sin(beta);
    ring.push([round(lon0 + east / kmPerDegLon(lat0)), round(lat0 + north / KM_PER_DEG_LAT)]);
  }
  const first = ring[0];
  if (first) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** Semi-axes (km) of an ellipse of `areaKm2` whose axes have the ratio `major / minor`. */
export function semiAxesForArea(areaKm2Value: number, ratio: number): [number, number] {
  const minor = Math.sqrt(areaKm2Value / (Math.PI * ratio));
  return [minor * ratio, minor];
}

/** Bearing in degrees (clockwise from north) from point a to point b. */
export function bearingDeg(a: Position, b: Position): number {
  const lat = (((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180);
  const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * Math.cos(lat);
  const dy = (b[1] ?? 0) - (a[1] ?? 0);
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}
