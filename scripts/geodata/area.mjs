// Geodesic polygon area on a sphere, the formula of @turf/area (Chamberlain & Duquette 2007,
// radius 6371008.8 m), so the areas in PROVENANCE.md are the ones the app computes with turf.
const RADIUS_M = 6371008.8;
const rad = (deg) => (deg * Math.PI) / 180;

function ringArea(ring) {
  const n = ring.length;
  if (n <= 2) return 0;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const lower = ring[i];
    const middle = ring[(i + 1) % n];
    const upper = ring[(i + 2) % n];
    total += (rad(upper[0]) - rad(lower[0])) * Math.sin(rad(middle[1]));
  }
  return Math.abs((total * RADIUS_M * RADIUS_M) / 2);
}

function polygonArea(rings) {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

/** Area in m² of a Polygon or MultiPolygon. */
export function geodesicAreaM2(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, rings) => sum + polygonArea(rings), 0);
}
