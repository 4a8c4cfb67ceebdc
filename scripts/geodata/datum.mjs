// GCJ-02 -> WGS-84 for the build, and the size of the shift it applies.
// The app's runtime twin is src/geo/datum.ts; both use gcoord 1.0.7 (pinned in both package.json).
import gcoord from 'gcoord';

const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

export function gcj02ToWgs84(position) {
  return gcoord.transform([position[0], position[1]], gcoord.GCJ02, gcoord.WGS84);
}

/** Local east/north components (m) of the move from `from` to `to`; fine for sub-km moves. */
export function eastNorthMetres(from, to) {
  const lat = ((from[1] + to[1]) / 2) * RAD;
  return [
    (to[0] - from[0]) * RAD * EARTH_RADIUS_M * Math.cos(lat),
    (to[1] - from[1]) * RAD * EARTH_RADIUS_M,
  ];
}

/** Converts [polygon][ring][vertex] coordinates, returning new arrays. */
export function convertPolygons(polygons) {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(gcj02ToWgs84)));
}

/** Statistics of the GCJ-02 -> WGS-84 move over every vertex of the given polygons. */
export function measureShift(polygonLists) {
  let n = 0;
  let sumE = 0;
  let sumN = 0;
  let minD = Infinity;
  let maxD = 0;
  for (const polygons of polygonLists) {
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const vertex of ring) {
          const [e, north] = eastNorthMetres(vertex, gcj02ToWgs84(vertex));
          const d = Math.hypot(e, north);
          n += 1;
          sumE += e;
          sumN += north;
          minD = Math.min(minD, d);
          maxD = Math.max(maxD, d);
        }
      }
    }
  }
  return { vertices: n, meanEastM: sumE / n, meanNorthM: sumN / n, minM: minD, maxM: maxD };
}
