// Zhangzhou's bounding box, for the map's initial fit and for tests that check geometry lies
// in the region. Derived from geodata/counties.geojson (WGS-84), whose extent is
// 116.89198, 23.56715, 118.13776, 25.2158 (W, S, E, N), widened by about 0.05° (~5 km) on each
// side and rounded to 0.01°. tests/data/geodata.test.ts fails if the data outgrows it or if the
// margin drifts, so regenerate both together.

/** [west, south, east, north] in degrees, WGS-84. */
export type Bbox = readonly [number, number, number, number];

export const ZHANGZHOU_BBOX: Bbox = [116.84, 23.51, 118.19, 25.27];

/** True if the lon/lat point lies inside (or on the edge of) the box. */
export function bboxContains(bbox: Bbox, [lon, lat]: readonly [number, number]): boolean {
  return lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3];
}
