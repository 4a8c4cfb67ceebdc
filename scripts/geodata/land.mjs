// Cuts the region out of a world-wide @geo-maps land file (OpenStreetMap data, ODbL).
// The files are 100-170 MB; we keep only the polygon parts whose bounding box meets the region,
// so that mapshaper works on a few thousand vertices instead of millions.
import fs from 'node:fs';

export function loadWorld(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function ringBbox(ring) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

function meets(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function partsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Planar ring area in km² at the ring's mean latitude: fine for ranking and matching islands. */
export function approxRingAreaKm2(ring) {
  let twice = 0;
  let lat = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    twice += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    lat += ring[i][1];
  }
  const kmPerDeg = 111.195;
  const cosLat = Math.cos(((lat / (ring.length - 1)) * Math.PI) / 180);
  return (Math.abs(twice) / 2) * kmPerDeg * kmPerDeg * cosLat;
}

/**
 * Land polygons meeting bbox, as outer rings only. @geo-maps cuts inland water (reservoirs,
 * river reaches, generalised to a handful of vertices each) out as holes; we fill them, because
 * a county's area includes its inland water and the holes would only add slivers at county zoom.
 * @returns {{ polygons: number[][][][], countries: string[], filledHoles: number }}
 */
export function extractLand(world, bbox) {
  const polygons = [];
  const countries = new Set();
  let filledHoles = 0;
  for (const feature of world.features) {
    for (const [outer, ...holes] of partsOf(feature.geometry)) {
      if (!meets(ringBbox(outer), bbox)) continue;
      countries.add(feature.properties.A3);
      filledHoles += holes.filter((hole) => meets(ringBbox(hole), bbox)).length;
      polygons.push([outer]);
    }
  }
  return { polygons, countries: [...countries].sort(), filledHoles };
}

/** Mean length (m) of the ring segments lying inside bbox: how generalised the coast is. */
export function meanSegmentM(polygons, bbox) {
  const inside = ([x, y]) => x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
  let sum = 0;
  let count = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i += 1) {
        const [a, b] = [ring[i - 1], ring[i]];
        if (!inside(a) || !inside(b)) continue;
        const kmPerDegLon = 111.195 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
        sum += Math.hypot((b[0] - a[0]) * kmPerDegLon, (b[1] - a[1]) * 111.195) * 1000;
        count += 1;
      }
    }
  }
  return sum / count;
}

/** Outer rings of the land parts meeting bbox that are islands of at most maxKm2. */
export function extractIslands(world, bbox, maxKm2) {
  const islands = [];
  for (const feature of world.features) {
    for (const [outer] of partsOf(feature.geometry)) {
      if (meets(ringBbox(outer), bbox) && approxRingAreaKm2(outer) <= maxKm2) islands.push(outer);
    }
  }
  return islands;
}
