// Measures the datum offset between the source boundaries and OpenStreetMap.
//
// A county's sea edge is no good for this: the source draws many of them around bays and
// islands across open water. A small island is different: its outline is coastline on every
// side, in the source and in OSM alike. So we pair each small source island with the OSM island
// of similar area whose centroid is nearest (within MATCH_RADIUS_M), and take the median
// east/north difference of the centroids. Done before and after GCJ-02 -> WGS-84, it shows how
// far off the raw data is and how much of that the conversion removes.
import { eastNorthMetres } from './datum.mjs';
import { approxRingAreaKm2 } from './land.mjs';

const MATCH_RADIUS_M = 1500;
const AREA_RATIO_MAX = 2;

function centroid(ring) {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return [cx / (3 * twice), cy / (3 * twice)];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param osmIslands OSM island outer rings (WGS-84)
 * @param sourceIslands source island outer rings, in the datum under test
 * @returns {{ pairs: number, medianEastM: number, medianNorthM: number, medianDistanceM: number }}
 *   east/north: how far the source must move to meet OSM (negative east = source lies east).
 */
export function islandOffset(osmIslands, sourceIslands) {
  const osm = osmIslands.map((ring) => ({ c: centroid(ring), km2: approxRingAreaKm2(ring) }));
  const moves = [];
  for (const ring of sourceIslands) {
    const km2 = approxRingAreaKm2(ring);
    const c = centroid(ring);
    let best = null;
    let bestDistance = MATCH_RADIUS_M;
    for (const o of osm) {
      const ratio = o.km2 / km2;
      if (ratio > AREA_RATIO_MAX || ratio < 1 / AREA_RATIO_MAX) continue;
      const move = eastNorthMetres(c, o.c);
      const distance = Math.hypot(move[0], move[1]);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = move;
      }
    }
    if (best) moves.push(best);
  }
  return {
    pairs: moves.length,
    medianEastM: median(moves.map((m) => m[0])),
    medianNorthM: median(moves.map((m) => m[1])),
    medianDistanceM: median(moves.map((m) => Math.hypot(m[0], m[1]))),
  };
}
