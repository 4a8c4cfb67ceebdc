import type { FeatureCollection, Geometry, Position } from 'geojson';

/** [west, south, east, north] of every coordinate in a collection. */
export function bboxOf(
  collection: FeatureCollection<Geometry | null>,
): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (pos: Position): void => {
    const [x, y] = pos as [number, number];
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  };
  const walk = (coords: unknown): void => {
    if (Array.isArray(coords) && typeof coords[0] === 'number') visit(coords as Position);
    else if (Array.isArray(coords)) for (const c of coords) walk(c);
  };
  for (const f of collection.features) {
    if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  }
  return [w, s, e, n];
}
